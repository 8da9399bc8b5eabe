import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { foreignLanguage } from '@devisus/core';
import type { Question } from '../definition/model.js';
import {
  described,
  inputType,
  items,
  otherInput,
  questionId as id,
  title,
  type QuestionContext,
} from './question-parts.js';
import { renderLazy } from './types/lazy.js';
import { numberText, toNumber } from './numbers.js';

export { questionId, type QuestionContext } from './question-parts.js';

/** A comment box's height: SurveyJS's `rows` when it is a sensible number of lines, else 4. */
const boxRows = ({ json: { rows } }: Question): number =>
  typeof rows === 'number' && Number.isInteger(rows) && rows > 0 ? Math.min(rows, 40) : 4;

export function renderQuestion(context: QuestionContext, question: Question): unknown {
  if (!context.visible(question)) return nothing;
  const error = context.error(question.name);
  const body = renderBody(context, question);
  return html`<div class="question ${error ? 'has-error' : ''}" part="question" data-name=${question.name}>
    ${body}
  </div>`;
}

function renderBody(context: QuestionContext, question: Question) {
  const disabled = !context.enabled(question);
  const d = described(context, question);
  const name = question.name;
  switch (question.type) {
    case 'panel':
      return html`<fieldset class="panel" aria-describedby=${d.ids}>
        <legend>${context.text(question.title)}</legend>
        ${d.lines} ${question.children.map((child) => renderQuestion(context, context.question(child)))}
      </fieldset>`;
    case 'text':
    case 'comment': {
      const value = context.value(name);
      const typed = context.typed.get(name);
      const text =
        typeof value == 'number'
          ? typed !== undefined && toNumber(typed, context.lang) === value
            ? typed
            : numberText(value, context.lang)
          : String(value ?? '');
      const onInput = (event: Event) => {
        const raw = (event.target as HTMLInputElement).value;
        const number = toNumber(raw, context.lang);
        context.typed.set(name, raw);
        context.set(name, question.json.inputType === 'number' && number === number ? number : raw || undefined);
      };
      return html`<label class="label" for=${id(name)}>${title(context, question)}</label> ${d.lines}
        ${
          question.type === 'comment'
            ? html`<textarea
                id=${id(name)}
                rows=${boxRows(question)}
                .value=${live(text)}
                ?disabled=${disabled}
                aria-describedby=${d.ids}
                aria-invalid=${d.invalid}
                @input=${onInput}
              ></textarea>`
            : html`<input
                id=${id(name)}
                type=${inputType(question)}
                .value=${live(text)}
                ?disabled=${disabled}
                aria-describedby=${d.ids}
                aria-invalid=${d.invalid}
                inputmode=${question.json.inputType === 'number' ? 'decimal' : nothing}
                autocomplete=${question.json.inputType === 'email' ? 'email' : 'off'}
                @input=${onInput}
              />`
        }`;
    }
    case 'dropdown': {
      const value = context.value(name);
      const choices = items(context, question);
      return html`<label class="label" for=${id(name)}>${title(context, question)}</label>
        ${d.lines}
        <select
          id=${id(name)}
          ?disabled=${disabled}
          aria-describedby=${d.ids}
          aria-invalid=${d.invalid}
          @change=${(event: Event) => {
            const selected = (event.target as HTMLSelectElement).selectedIndex - 1;
            context.set(name, selected >= 0 ? choices[selected].value : undefined);
          }}
        >
          <option value="" ?selected=${value === undefined}>${context.t('choose')}</option>
          ${choices.map(
            (choice) =>
              html`<option
                ?selected=${choice.value === value}
                lang=${foreignLanguage(choice.text, context.lang) ?? nothing}
              >
                ${context.localize(choice.text)}
              </option>`,
          )}
        </select>
        ${value === 'other' ? otherInput(context, question) : nothing}`;
    }
    case 'radiogroup':
    case 'rating':
    case 'boolean': {
      const choices = items(context, question);
      const value = context.value(name);
      return html`<fieldset
        class="choices ${question.type}"
        id=${id(name)}
        aria-describedby=${d.ids}
        ?disabled=${disabled}
      >
        <legend class="label">${title(context, question)}</legend>
        ${d.lines}
        <div class="options">
          ${choices.map(
            (choice) =>
              html`<label class="option">
                <input
                  type="radio"
                  name=${id(name)}
                  .checked=${live(value === choice.value)}
                  aria-invalid=${d.invalid}
                  @change=${() => context.set(name, choice.value)}
                />
                <span>${context.text(choice.text)}</span>
              </label>`,
          )}
        </div>
        ${value === 'other' ? otherInput(context, question) : nothing}
      </fieldset>`;
    }
    case 'checkbox': {
      const value = (context.value(name) as (string | number)[] | undefined) ?? [];
      const toggle = (choice: string | number, checked: boolean) => {
        // Read the answer now, not when drawn: two quick changes must not undo each other.
        const current = (context.value(name) as (string | number)[] | undefined) ?? [];
        // "None" excludes every other choice, as in SurveyJS.
        let next = checked
          ? [...current.filter((item) => item !== 'none'), choice]
          : current.filter((item) => item !== choice);
        if (choice === 'none' && checked) next = ['none'];
        context.set(name, next.length ? next : undefined);
      };
      return html`<fieldset class="choices checkbox" id=${id(name)} aria-describedby=${d.ids} ?disabled=${disabled}>
        <legend class="label">${title(context, question)}</legend>
        ${d.lines}
        <div class="options">
          ${items(context, question).map(
            (choice) =>
              html`<label class="option">
                <input
                  type="checkbox"
                  .checked=${live(value.includes(choice.value))}
                  aria-invalid=${d.invalid}
                  @change=${(event: Event) => toggle(choice.value, (event.target as HTMLInputElement).checked)}
                />
                <span>${context.text(choice.text)}</span>
              </label>`,
          )}
        </div>
        ${value.includes('other') ? otherInput(context, question) : nothing}
      </fieldset>`;
    }
    // The rarer types, whose code loads when a survey first shows one (types/).
    case 'matrix':
    case 'ranking':
    case 'html':
    case 'multipletext':
    case 'image':
    case 'signaturepad':
    case 'file':
    case 'imagepicker':
    case 'tagbox':
      return renderLazy(context, question);
  }
}
