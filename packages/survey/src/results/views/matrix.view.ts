import { html } from 'lit';
import { scrollRegion } from '@devisus/core';
import type { Count, MatrixSummary } from '../summaries/summary.js';
import type { ResultsContext } from './results-context.js';
import { tableHead } from './table-head.view.js';

/** A matrix: one table row per matrix row, the count of each column in it. */
export function matrixView(context: ResultsContext, summary: MatrixSummary<Count>, title: string) {
  const caption = context.t('matrix.caption', { title });
  // A wide grid scrolls on its own; the region can take focus so that keyboards can scroll it too.
  return html`${scrollRegion(
    { label: caption },
    html`<table part="table" class="matrix">
      ${tableHead(caption, [context.t('matrix.row'), ...summary.columns.map((column) => context.text(column.text))])}
      <tbody>
        ${summary.rows.map(
          (row, index) =>
            html`<tr>
              <th scope="row">${context.text(row.text)}</th>
              ${summary.counts[index].map((count) => html`<td>${context.count(count)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>`,
  )}`;
}
