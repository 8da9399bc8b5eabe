import { html } from 'lit';
import type { Count, RankingSummary } from '../summaries/summary.js';
import { sharesView } from './choice.view.js';
import { figure, type ResultsContext } from './results-context.js';
import { tableHead } from './table-head.view.js';

/** A ranking: which item came first, as bars and a table, then each item's average and median rank. */
export function rankingView(context: ResultsContext, summary: RankingSummary<Count>, id: string, title: string) {
  return html`${sharesView(context, summary.question, summary.first, id, context.t('ranking.firstCaption', { title }))}
    <table part="table" class="ranks">
      ${tableHead(context.t('ranking.ranksCaption', { title }), [
        context.t('ranking.item'),
        context.t('ranking.average'),
        context.t('ranking.median'),
        context.t('ranking.ranked'),
      ])}
      <tbody>
        ${summary.ranks.map(
          (item) =>
            html`<tr>
              <th scope="row">${context.text(item.text)}</th>
              <td>${figure(context, item.mean)}</td>
              <td>${figure(context, item.median)}</td>
              <td>${figure(context, item.count)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}
