import { html, nothing } from 'lit';
import type { Question } from '../../definition/model.js';
import type { ChoiceSummary, Count, Share } from '../summaries/summary.js';
import { barChart } from './bar-chart.js';
import type { ResultsContext } from './results-context.js';
import { tableHead } from './table-head.view.js';
import { textAnswersView } from './text-answers.view.js';

/** Bars, then the table with the same figures; the bars are labelled by the table's caption. */
export function sharesView(
  context: ResultsContext,
  question: Question,
  rows: Share<Count>[],
  id: string,
  caption: string,
) {
  // A hidden count has no percentage, and no bar (its share is 0).
  const percent = ({ count, share }: Share<Count>) =>
    count === null ? '–' : context.number(share, { style: 'percent', maximumFractionDigits: 1 });
  const labelled = rows.map((row) => ({ row, label: context.answerLabel(question, row) }));
  return html`${barChart(
      labelled.map(({ row, label }) => ({
        label,
        share: row.share,
        figure:
          row.count === null
            ? context.count(null)
            : context.t('figure', { percent: percent(row), number: context.count(row.count) }),
      })),
      `${id}-caption`,
    )}
    <table part="table">
      ${tableHead(caption, [context.t('choice'), context.t('count'), context.t('percentage')], `${id}-caption`)}
      <tbody>
        ${labelled.map(
          ({ row, label }) =>
            html`<tr>
              <th scope="row" lang=${(row.kind === 'choice' && context.foreign(row.text)) || nothing}>${label}</th>
              <td>${context.count(row.count)}</td>
              <td>${percent(row)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

/** One choice, several or yes/no: the shares, a note when they may add up to more than 100%, the "other" texts. */
export function choiceView(context: ResultsContext, summary: ChoiceSummary<Count>, id: string, title: string) {
  const { question } = summary;
  const other = context.answerLabel(question, { key: 'other', kind: 'other', count: 0, share: 0 });
  return html`${sharesView(context, question, summary.rows, id, context.t('caption', { title }))}
  ${summary.multiple ? html`<p class="note">${context.t('multiple')}</p>` : nothing}
  ${
    summary.others.length
      ? html`<h4 class="others">${context.t('otherAnswers', { other })}</h4>
          ${textAnswersView(context, `${question.name}-Comment`, summary.others)}`
      : nothing
  }`;
}
