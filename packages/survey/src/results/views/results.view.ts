import { html, nothing } from 'lit';
import type { ResultsViewModel } from '../view-model.js';
import { filterView } from './filter.view.js';
import { questionView } from './question.view.js';
import type { ResultsContext } from './results-context.js';

/**
 * The results: the survey's title, the filter and the export, how many responses count, each
 * question's figures. A collector's summary has no filter, and a line on the counts it hides.
 */
export function resultsView(context: ResultsContext, model: ResultsViewModel, uiLang: string | undefined) {
  const { published, inferred } = model.data;
  const total = published ? published.responses : model.data.responses.length;
  const title = model.data.model.title;
  return html`<div class="results column" lang=${uiLang ?? nothing}>
    ${context.localize(title) ? html`<h2 part="title" class="title">${context.text(title)}</h2>` : nothing}
    <div class="toolbar">
      ${published ? nothing : filterView(context, model)}
      <button type="button" part="export" class="export" @click=${() => context.download()}>
        ${context.t('exportCsv')}
      </button>
    </div>
    <p part="count" class="count" role="status">
      ${
        total === null
          ? context.t('countHidden', { fewer: context.count(null) })
          : context.t(model.active ? 'countFiltered' : 'count', {
              count: total,
              number: context.number(total),
              shown: context.number(model.matched ?? 0),
            })
      }
    </p>
    ${published ? html`<p class="note">${context.t('published', { number: context.number(published.minCell) })}</p>` : nothing}
    ${inferred ? html`<p class="note inferred">${context.read(`inferred.${inferred}`)}</p>` : nothing}
    ${
      model.matched !== 0
        ? model.summaries.map((summary, index) => questionView(context, summary, `q${index}`))
        : html`<p class="no-match">${context.t('noMatch')}</p>`
    }
  </div>`;
}
