import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Question } from '../../definition/model.js';
import { described, questionId, title, type QuestionContext } from '../question-parts.js';
import { imageAddress } from './image.js';

// SurveyJS's `imagepicker`: choices shown as pictures, one answer (radio buttons) or several with
// `multiSelect` (checkboxes). Each picture's text for screen readers is its choice's text; it is also
// written under the picture with `showLabel`. The answer is the value, or the list of values.

export function render(context: QuestionContext, question: Question) {
  const d = described(context, question);
  const { name, json } = question;
  const multiple = json.multiSelect === true;
  const links = (Array.isArray(json.choices) ? json.choices : []).map((choice) =>
    imageAddress((choice as { imageLink?: unknown } | null)?.imageLink),
  );
  const value = context.value(name);
  const chosen = (item: unknown) => (multiple ? Array.isArray(value) && value.includes(item) : value === item);
  const toggle = (item: string | number, checked: boolean) => {
    if (!multiple) return context.set(name, item);
    const current = (context.value(name) as unknown[] | undefined) ?? [];
    const next = checked ? [...current, item] : current.filter((other) => other !== item);
    context.set(name, next.length ? next : undefined);
  };
  return html`<fieldset
    class="choices imagepicker"
    id=${questionId(name)}
    aria-describedby=${d.ids}
    ?disabled=${!context.enabled(question)}
  >
    <legend class="label">${title(context, question)}</legend>
    ${d.lines}
    <div class="options">
      ${question.choices.map(
        (choice, index) =>
          html`<label class="option">
            <input
              type=${multiple ? 'checkbox' : 'radio'}
              name=${questionId(name)}
              .checked=${live(chosen(choice.value))}
              aria-invalid=${d.invalid}
              @change=${(event: Event) => toggle(choice.value, (event.target as HTMLInputElement).checked)}
            />
            ${
              links[index]
                ? html`<img
                    src=${links[index]}
                    alt=${json.showLabel === true ? '' : context.localize(choice.text)}
                    width=${Number(json.imageWidth) || 200}
                    height=${Number(json.imageHeight) || 150}
                  />`
                : nothing
            }
            ${json.showLabel === true || !links[index] ? html`<span>${context.text(choice.text)}</span>` : nothing}
          </label>`,
      )}
    </div>
  </fieldset>`;
}
