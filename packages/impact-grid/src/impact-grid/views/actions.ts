import { html, nothing } from 'lit';
import type { ViewContext } from './view-context.js';

/** The status line: whether answers are kept on this device, or what went wrong with a file. */
export function renderNotice(context: ViewContext) {
  const notice = context.notice ?? (context.autosave ? undefined : { key: 'save.off', tone: 'info' as const });
  return html`<p part="status" class="status ${notice?.tone ?? ''}" role="status">
    ${notice ? context.t(notice.key, notice.values) : nothing}
  </p>`;
}

/** Export and import, available in every view that has answers. */
export function renderFileActions(context: ViewContext, importAs: 'answers' | 'comparison') {
  const onFile = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) context.importFile(file, importAs);
    input.value = '';
  };
  const label = importAs === 'answers' ? context.t('files.import') : context.t('results.compare');
  return html`<button type="button" @click=${context.exportJson}>${context.t('files.exportJson')}</button>
    <button type="button" @click=${context.exportCsv}>${context.t('files.exportCsv')}</button>
    <label class="file">
      <span>${label}</span>
      <input type="file" accept=".json,application/json" @change=${onFile} />
    </label>`;
}
