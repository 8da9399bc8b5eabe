import { html, nothing } from 'lit';
import { scrollRegion, styleProperties } from '@devisus/core';
import { computeScores } from '../../scoring/scores.js';
import { renderFileActions, renderNotice } from './actions.js';
import { renderHighlights } from './highlights-view.js';
import { renderResultsChart } from './results-chart.js';
import { renderBand, renderNetworkSummary, renderShare } from './network-view.js';
import { totalProgress, type ViewContext } from './view-context.js';

/** Results: overall figure (unless hidden), radar chart with its table, strengths, areas to work on. */
export function renderResults(context: ViewContext) {
  const { framework, scores, comparison } = context;
  const earlier = comparison ? computeScores(framework, comparison.answers) : undefined;
  const total = totalProgress(context);
  const percent = context.number(total.total ? total.answered / total.total : 0, { style: 'percent' });
  const score = (value: number | null | undefined) =>
    value == null ? context.t('results.notAssessed') : context.number(Math.round(value));
  const earlierDate = comparison ? context.date(comparison.date) : '';
  const network = context.network.benchmark?.assessments ? context.network.benchmark : undefined;

  return html`<section part="results" class="results" aria-labelledby="results-title">
    <h3 id="results-title" tabindex="-1">${context.t('results.title')}</h3>
    ${
      !context.hideOverall && scores.overall !== null
        ? html`<p class="overall">
            ${context.t('results.overall', { score: context.number(Math.round(scores.overall)) })}
          </p>`
        : nothing
    }
    ${renderNetworkSummary(context)}
    <p class="completion">${context.t('results.completion', { ...total, percent })}</p>
    ${
      comparison
        ? html`<p class="comparing">
            ${context.t('results.comparing', { date: earlierDate })}
            ${
              comparison.framework.version === framework.version
                ? nothing
                : context.t('results.otherVersion', {
                    version: comparison.framework.version,
                    current: framework.version,
                  })
            }
            <button type="button" @click=${context.stopComparing}>${context.t('results.stopComparing')}</button>
          </p>`
        : nothing
    }
    <div class="chart-and-table">
      ${renderResultsChart(context, earlier, earlierDate)}
      ${scrollRegion(
        { labelledBy: 'scores-caption' },
        html`<table part="table" class="scores">
          <caption id="scores-caption">
            ${context.t('results.chart')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${context.t('results.dimension')}</th>
              <th scope="col">${context.t('results.score')}</th>
              ${
                earlier
                  ? html`<th scope="col">${context.t('results.earlier', { date: earlierDate })}</th>
                      <th scope="col">${context.t('results.change')}</th>`
                  : nothing
              }
              ${network ? html`<th scope="col">${context.t('network.column')}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${framework.dimensions.map((dimension) => {
              const now = scores.dimensions[dimension.id];
              const before = earlier?.dimensions[dimension.id];
              const change = now != null && before != null ? Math.round(now) - Math.round(before) : null;
              return html`<tr>
                <th scope="row">${context.text(dimension.title)}</th>
                <td>
                  <span class="bar" aria-hidden="true"
                    ><span ${styleProperties({ width: `${now ?? 0}%` })}></span
                  ></span>
                  <span class="figure">${score(now)}</span>
                </td>
                ${
                  earlier
                    ? html`<td>${score(before)}</td>
                        <td>${change === null ? '' : context.number(change, { signDisplay: 'exceptZero' })}</td>`
                    : nothing
                }
                ${network ? renderBand(context, network.dimensions[dimension.id]) : nothing}
              </tr>`;
            })}
          </tbody>
        </table>`,
      )}
    </div>
    ${renderHighlights(context)} ${renderShare(context)} ${renderNotice(context)}
    <div part="actions" class="actions">
      <button type="button" @click=${() => context.setMode('assess')}>${context.t('results.backToAssessment')}</button>
      <button type="button" @click=${() => window.print()}>${context.t('results.print')}</button>
      ${renderFileActions(context, 'comparison')}
    </div>
  </section>`;
}
