import { html, nothing, svg } from 'lit';
import type { Scores } from '../../scoring/scores.js';
import type { RadarSeries } from '../radar-chart.js';
import type { ViewContext } from './view-context.js';

/**
 * The radar chart with its key: the current scores, and when they are drawn too, the earlier
 * assessment's and the network's median with its middle half. Nothing with fewer than three
 * dimensions, which draw no area.
 */
export function renderResultsChart(context: ViewContext, earlier: Scores | undefined, earlierDate: string) {
  const { framework, scores } = context;
  if (framework.dimensions.length < 3) return nothing;
  const network = context.network.benchmark?.assessments ? context.network.benchmark : undefined;
  const by = (pick: (id: string) => number | null) => framework.dimensions.map((dimension) => pick(dimension.id));
  const series: RadarSeries[] = [
    ...(earlier ? [{ values: by((id) => earlier.dimensions[id]), className: 'earlier' }] : []),
    ...(network ? [{ values: by((id) => network.dimensions[id]?.median ?? null), className: 'network' }] : []),
    { values: by((id) => scores.dimensions[id]), className: 'current' },
  ];
  const key = [
    { className: 'current', text: context.t('results.current') },
    ...(earlier ? [{ className: 'earlier', text: context.t('results.earlier', { date: earlierDate }) }] : []),
    ...(network
      ? [
          { className: 'network', text: context.t('network.median') },
          { className: 'band', text: context.t('network.band') },
        ]
      : []),
  ];
  const draw = context.chartDraw;
  return html`<figure part="chart" class="chart">
    ${
      context.chartRoom &&
      draw?.(
        framework.dimensions.map((dimension) => context.localize(dimension.title)),
        series,
        {
          describedBy: 'chart-caption',
          room: context.chartRoom,
          figure: (value) => context.number(value),
          band: network && {
            q1: by((id) => network.dimensions[id]?.q1 ?? null),
            q3: by((id) => network.dimensions[id]?.q3 ?? null),
          },
        },
      )
    }
    <figcaption>
      ${
        key.length > 1
          ? html`<ul class="legend">
              ${key.map(
                (item) =>
                  html`<li>
                    <svg class="swatch" viewBox="0 0 24 12" aria-hidden="true">
                      ${
                        item.className === 'band'
                          ? svg`<rect class="band" width="24" height="12"></rect>`
                          : svg`<line class="series ${item.className}" x1="0" y1="6" x2="24" y2="6"></line>`
                      }
                    </svg>
                    ${item.text}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <span id="chart-caption" class="alt">${context.t('results.chartAlt')}</span>
    </figcaption>
  </figure>`;
}
