import { html } from 'lit';
import { styleProperties } from '@devisus/core';
import type { ImpactGridKey } from '../../translations.js';
import type { ViewContext } from './view-context.js';

/**
 * Up to three criteria at 50 or more (strengths) and up to three below 50 (to work on), best and
 * weakest first: each with its dimension, so that it reads without the grid at hand, and its score
 * as a figure and a bar.
 */
export function renderHighlights(context: ViewContext) {
  const ranked = context.framework.dimensions
    .flatMap((dimension) => dimension.criteria.map((criterion) => ({ dimension, criterion })))
    .map((item) => ({ ...item, score: context.scores.criteria[item.criterion.id] }))
    .filter((item): item is typeof item & { score: number } => item.score !== null)
    .sort((a, b) => b.score - a.score);
  const strengths = ranked.filter((item) => item.score >= 50).slice(0, 3);
  const weakest = ranked
    .filter((item) => item.score < 50)
    .reverse()
    .slice(0, 3);
  // With nothing answered yet, say so; else say why a list is empty (all strong, or none yet).
  const list = (items: typeof ranked, empty: ImpactGridKey) =>
    items.length
      ? html`<ul>
          ${items.map(
            (item) =>
              html`<li>
                <span class="highlight-title">${context.text(item.criterion.title)}</span>
                <span class="figure">${context.number(Math.round(item.score))}</span>
                <span class="bar" aria-hidden="true"
                  ><span ${styleProperties({ width: `${item.score}%` })}></span
                ></span>
                <span class="in">${context.text(item.dimension.title)}</span>
              </li>`,
          )}
        </ul>`
      : html`<p>${context.t(ranked.length ? empty : 'results.noneYet')}</p>`;
  return html`<div class="highlights">
    <section class="strengths" aria-labelledby="strengths-title">
      <h4 id="strengths-title">${context.t('results.strengths')}</h4>
      ${list(strengths, 'results.noStrengths')}
    </section>
    <section class="to-work-on" aria-labelledby="work-title">
      <h4 id="work-title">${context.t('results.toWorkOn')}</h4>
      ${list(weakest, 'results.allStrong')}
    </section>
  </div>`;
}
