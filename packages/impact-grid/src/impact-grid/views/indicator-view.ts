import { html, noChange, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Answer } from '../../framework/answers.js';
import type { Indicator } from '../../framework/schema.js';
import type { ViewContext } from './view-context.js';

/**
 * One indicator as a fieldset, with as few Tab stops as it can keep: for a scale or yes/no,
 * "not applicable" is one more choice of the same radio group (one stop, arrows inside), and the
 * comment and the "come back later" mark share one panel (one stop while closed).
 */
export function renderIndicator(context: ViewContext, indicator: Indicator) {
  const answer: Answer = context.answers[indicator.id] ?? {};
  const id = indicator.id;
  const hint = indicator.description ? `hint-${id}` : undefined;
  const choices = indicator.type === 'scale' || indicator.type === 'yesno';
  return html`<fieldset
    part="indicator"
    class="indicator ${answer.na ? 'na' : ''}"
    id="indicator-${id}"
    aria-describedby=${hint ?? nothing}
  >
    <legend>${context.text(indicator.title)}</legend>
    ${hint ? html`<p class="hint" id=${hint}>${context.text(indicator.description)}</p>` : nothing}
    ${choices ? renderChoices(context, indicator, answer) : renderField(context, indicator, answer)}
    ${choices ? nothing : renderFlag(context, indicator, answer, 'na')}
    <!-- Opened when there are notes, never closed by a render: emptying the comment being typed
      would otherwise close the panel under the person's focus. -->
    <details class="notes" .open=${answer.comment || answer.revisit ? true : noChange}>
      <summary>${context.t('assess.notes')}</summary>
      ${renderFlag(context, indicator, answer, 'revisit')}
      <label for="comment-${id}">${context.t('assess.commentLabel')}</label>
      <textarea
        id="comment-${id}"
        rows="2"
        .value=${live(answer.comment ?? '')}
        @input=${(event: Event) => context.setAnswer(indicator, { comment: (event.target as HTMLTextAreaElement).value })}
      ></textarea>
    </details>
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

/** The levels of a scale, or yes and no, then "not applicable", which sets the value aside. */
function renderChoices(context: ViewContext, indicator: Indicator, answer: Answer) {
  const id = indicator.id;
  const options =
    indicator.type === 'scale'
      ? (indicator.levels ?? []).map((level) => ({
          value: level.value as Answer['value'],
          label: context.text(level.label),
          description: level.description ? context.text(level.description) : undefined,
        }))
      : [true, false].map((value) => ({
          value: value as Answer['value'],
          label: context.t(value ? 'assess.yes' : 'assess.no'),
          description: undefined,
        }));
  return html`<div class="choices ${indicator.type}">
    ${options.map(
      (option) =>
        html`<label class="choice">
          <input
            type="radio"
            name=${id}
            .checked=${live(!answer.na && answer.value === option.value)}
            @change=${() => context.setAnswer(indicator, { value: option.value, na: false })}
          />
          <span class="label">${option.label}</span>
          ${option.description ? html`<span class="level-description">${option.description}</span>` : nothing}
        </label>`,
    )}
    <label class="choice not-applicable">
      <input
        type="radio"
        name=${id}
        value="na"
        .checked=${live(Boolean(answer.na))}
        @change=${() => context.setAnswer(indicator, { value: undefined, na: true })}
      />
      <span class="label">${context.t('assess.na')}</span>
    </label>
  </div>`;
}

/** A number or a text, with its label; set aside (disabled) while marked not applicable. */
function renderField(context: ViewContext, indicator: Indicator, answer: Answer) {
  const id = indicator.id;
  const disabled = Boolean(answer.na);
  if (indicator.type === 'text')
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
