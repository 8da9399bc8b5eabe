import { html } from 'lit';
import type { Count, Stats } from '../summaries/summary.js';
import { figure, type ResultsContext } from './results-context.js';

/** The mean, median and count of a rating or number question. */
export function statsView(context: ResultsContext, stats: Stats<Count>) {
  return html`<dl part="stats" class="stats">
    <div>
      <dt>${context.t('stats.mean')}</dt>
      <dd>${figure(context, stats.mean)}</dd>
    </div>
    <div>
      <dt>${context.t('stats.median')}</dt>
      <dd>${figure(context, stats.median)}</dd>
    </div>
    <div>
      <dt>${context.t('stats.count')}</dt>
      <dd>${figure(context, stats.count)}</dd>
    </div>
  </dl>`;
}
