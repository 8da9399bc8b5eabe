import { html, nothing } from 'lit';
import { styleProperties } from '@devisus/core';
import type { Criterion } from '../../framework/schema.js';
import { renderFileActions, renderNotice } from './actions.js';
import { renderIndicator } from './indicator-view.js';
import { progressOf, totalProgress, type ViewContext } from './view-context.js';

/** Assess mode: one dimension at a time, with the progress of all dimensions beside it. */
export function renderAssess(context: ViewContext) {
  const { framework, current } = context;
  const dimension = framework.dimensions[current];
  const total = totalProgress(context);
  const last = current === framework.dimensions.length - 1;
  return html`
    <nav part="progress" class="progress" aria-label=${context.t('assess.dimensions')}>
      <ol>
        ${framework.dimensions.map((item, index) => {
          const { answered, total: count } = progressOf(context, index);
          return html`<li>
            <button
              type="button"
              aria-current=${index === current ? 'step' : nothing}
              class=${answered === count ? 'done' : ''}
              @click=${() => context.goTo(index)}
            >
              <span class="name">${context.text(item.title)}</span>
              <span class="count">${context.t('assess.progress', { answered, total: count })}</span>
              <span class="meter" aria-hidden="true"
                ><span ${styleProperties({ width: `${count ? (100 * answered) / count : 0}%` })}></span
              ></span>
            </button>
          </li>`;
        })}
      </ol>
      <p class="completion">${context.t('assess.completion', total)}</p>
      ${revisits(context) ? html`<p class="completion">${context.t('assess.toRevisit', { count: revisits(context) })}</p>` : nothing}
    </nav>

    <section part="dimension" class="dimension" aria-labelledby="dimension-title">
      <p class="step">${context.t('assess.step', { current: current + 1, total: framework.dimensions.length })}</p>
      <h3 id="dimension-title" tabindex="-1">${context.text(dimension.title)}</h3>
      ${dimension.description ? html`<p class="description">${context.text(dimension.description)}</p>` : nothing}
      ${dimension.criteria.map((criterion) => renderCriterion(context, criterion))}
      <div class="pager">
        ${
          current > 0
            ? html`<button type="button" @click=${() => context.goTo(current - 1)}>
                ${context.t('assess.previous')}
              </button>`
            : nothing
        }
        ${
          last
            ? html`<button type="button" class="primary" @click=${() => context.setMode('results')}>
                ${context.t('assess.seeResults')}
              </button>`
            : html`<button type="button" class="primary" @click=${() => context.goTo(current + 1)}>
                ${context.t('assess.next')}
              </button>`
        }
      </div>
    </section>

    ${renderNotice(context)}
    <div part="actions" class="actions">
      <button type="button" @click=${() => context.setMode('results')}>${context.t('assess.seeResults')}</button>
      ${renderFileActions(context, 'answers')}
    </div>
  `;
}

function renderCriterion(context: ViewContext, criterion: Criterion) {
  return html`<section class="criterion" aria-labelledby="criterion-${criterion.id}">
    <h4 id="criterion-${criterion.id}">${context.text(criterion.title)}</h4>
    ${criterion.description ? html`<p class="description">${context.text(criterion.description)}</p>` : nothing}
    ${
      criterion.guidance
        ? html`<details class="guidance">
            <summary>${context.t('assess.guidance')}</summary>
            <p>${context.text(criterion.guidance)}</p>
          </details>`
        : nothing
    }
    ${criterion.indicators.map((indicator) => renderIndicator(context, indicator))}
  </section>`;
}

/** How many answers are flagged "come back to this later". */
function revisits(context: ViewContext): number {
  return Object.values(context.answers).filter((answer) => answer.revisit).length;
}
