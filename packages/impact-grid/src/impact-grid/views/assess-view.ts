import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { styleProperties } from '@devisus/core';
import type { Answer } from '../../framework/answers.js';
import type { Criterion, Indicator } from '../../framework/schema.js';
import { renderFileActions, renderNotice } from './actions.js';
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

function renderIndicator(context: ViewContext, indicator: Indicator) {
  const answer: Answer = context.answers[indicator.id] ?? {};
  const id = indicator.id;
  const hint = indicator.description ? `hint-${id}` : undefined;
  return html`<fieldset
    part="indicator"
    class="indicator ${answer.na ? 'na' : ''}"
    id="indicator-${id}"
    aria-describedby=${hint ?? nothing}
  >
    <legend>${context.text(indicator.title)}</legend>
    ${hint ? html`<p class="hint" id=${hint}>${context.text(indicator.description)}</p>` : nothing}
    ${renderControl(context, indicator, answer)}
    <div class="extras">
      ${renderFlag(context, indicator, answer, 'na')} ${renderFlag(context, indicator, answer, 'revisit')}
      <details class="comment" ?open=${Boolean(answer.comment)}>
        <summary>${context.t('assess.comment')}</summary>
        <label for="comment-${id}">${context.t('assess.commentLabel')}</label>
        <textarea
          id="comment-${id}"
          rows="2"
          .value=${live(answer.comment ?? '')}
          @input=${(event: Event) => context.setAnswer(indicator, { comment: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
      </details>
    </div>
  </fieldset>`;
}

/** A yes/no mark on an answer: "not applicable" (`na`) or "come back to it later" (`revisit`). */
function renderFlag(context: ViewContext, indicator: Indicator, answer: Answer, flag: 'na' | 'revisit') {
  return html`<label class="check">
    <input
      type="checkbox"
      .checked=${live(Boolean(answer[flag]))}
      @change=${(event: Event) => context.setAnswer(indicator, { [flag]: (event.target as HTMLInputElement).checked })}
    />
    ${context.t(`assess.${flag}`)}
  </label>`;
}

function renderControl(context: ViewContext, indicator: Indicator, answer: Answer) {
  const id = indicator.id;
  const disabled = Boolean(answer.na);
  switch (indicator.type) {
    case 'scale':
      return html`<div class="choices scale">
        ${(indicator.levels ?? []).map(
          (level) =>
            html`<label class="choice">
              <input
                type="radio"
                name=${id}
                .checked=${live(answer.value === level.value)}
                ?disabled=${disabled}
                @change=${() => context.setAnswer(indicator, { value: level.value })}
              />
              <span class="label">${context.text(level.label)}</span>
              ${level.description ? html`<span class="level-description">${context.text(level.description)}</span>` : nothing}
            </label>`,
        )}
      </div>`;
    case 'yesno':
      return html`<div class="choices yesno">
        ${[true, false].map(
          (choice) =>
            html`<label class="choice">
              <input
                type="radio"
                name=${id}
                .checked=${live(answer.value === choice)}
                ?disabled=${disabled}
                @change=${() => context.setAnswer(indicator, { value: choice })}
              />
              <span class="label">${context.t(choice ? 'assess.yes' : 'assess.no')}</span>
            </label>`,
        )}
      </div>`;
    case 'number': {
      // The unit is content, marked with its language when it is not the reader's (WCAG 3.1.2).
      const unit = indicator.unit ? context.text(indicator.unit) : '';
      const range =
        indicator.baseline !== undefined && indicator.target !== undefined
          ? context.t('assess.target', {
              baseline: context.number(indicator.baseline),
              target: context.number(indicator.target),
            })
          : '';
      return html`<div class="number">
        <label for="value-${id}">${context.t('assess.value')}${unit ? html` (${unit})` : ''}</label>
        <input
          id="value-${id}"
          type="number"
          inputmode="decimal"
          step="any"
          .value=${live(typeof answer.value === 'number' ? String(answer.value) : '')}
          ?disabled=${disabled}
          aria-describedby=${range ? `range-${id}` : nothing}
          @input=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            context.setAnswer(indicator, {
              value: input.value === '' || Number.isNaN(input.valueAsNumber) ? undefined : input.valueAsNumber,
            });
          }}
        />
        ${range ? html`<span class="range" id="range-${id}">${range}</span>` : nothing}
      </div>`;
    }
    case 'text':
      return html`<div class="text">
        <label for="value-${id}">${context.t('assess.answer')}</label>
        <textarea
          id="value-${id}"
          rows="3"
          .value=${live(typeof answer.value === 'string' ? answer.value : '')}
          ?disabled=${disabled}
          @input=${(event: Event) => context.setAnswer(indicator, { value: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
      </div>`;
  }
}

/** How many answers are flagged "come back to this later". */
function revisits(context: ViewContext): number {
  return Object.values(context.answers).filter((answer) => answer.revisit).length;
}
