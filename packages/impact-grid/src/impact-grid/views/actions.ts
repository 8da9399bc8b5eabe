import { html, nothing } from 'lit';
import type { Line } from '../../framework/check.js';
import { indicatorsOf } from '../../framework/schema.js';
import type { ViewContext } from './view-context.js';

/** The status line: whether answers are kept on this device, or what went wrong with a file, and the details. */
export function renderNotice(context: ViewContext) {
  const notice = context.notice ?? (context.autosave ? undefined : { key: 'save.off', tone: 'info' as const });
  // An indicator is named by its title in the reader's language, looked up only when a line names one.
  const line = ({ key, values }: Line) => {
    const indicator =
      values?.id === undefined ? undefined : indicatorsOf(context.framework).find(({ id }) => id === values.id);
    return context.t(key, { ...values, title: context.localize(indicator?.title) });
  };
  return html`<div part="status" class="status ${notice?.tone ?? ''}" role="status">
    ${notice ? html`<p>${line(notice)}</p>` : nothing}
    ${
      notice?.lines?.length
        ? html`<ul>
            ${notice.lines.map((item) => html`<li>${line(item)}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
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
