import { html } from 'lit';
import type { Question } from '../../definition/model.js';
import { described, questionId as id, title, type QuestionContext } from '../question-parts.js';

// SurveyJS's `ranking`: a numbered list whose items move up and down with buttons. The answer is
// the list of values in the order chosen.

export function render(context: QuestionContext, question: Question) {
  const name = question.name;
  const d = described(context, question);
  const disabled = !context.enabled(question);
  const given = context.value(name) as (string | number)[] | undefined;
  const order = given ?? question.choices.map((choice) => choice.value);
  const byValue = new Map(question.choices.map((choice) => [choice.value, choice]));
  const move = (index: number, by: number, event: Event) => {
    const list = (event.target as HTMLElement).closest('ol')!;
    const next = [...((context.value(name) as (string | number)[] | undefined) ?? order)];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item);
    context.set(name, next);
    const label = context.localize(byValue.get(item)?.text ?? String(item));
    context.announce(context.t('rankPosition', { item: label, position: index + by + 1, total: next.length }));
    // The focus follows the item moved: the same arrow while it can go on, else the other one.
    setTimeout(() => {
      const buttons = [...list.children[index + by].querySelectorAll('button')];
      (by < 0 ? buttons : buttons.reverse()).find((button) => !button.disabled)?.focus();
    });
  };
  return html`<fieldset class="ranking" id=${id(name)} aria-describedby=${d.ids} ?disabled=${disabled}>
    <legend class="label">${title(context, question)}</legend>
    ${d.lines}
    <ol>
      ${order.map((item, index) => {
        const text = byValue.get(item)?.text ?? String(item);
        const label = context.localize(text);
        return html`<li>
          <span class="rank">${index + 1}</span>
          <span class="rank-label">${context.text(text)}</span>
          <button
            type="button"
            ?disabled=${index === 0}
            aria-label=${context.t('moveUp', { item: label })}
            @click=${(event: Event) => move(index, -1, event)}
          >
            ↑
          </button>
          <button
            type="button"
            ?disabled=${index === order.length - 1}
            aria-label=${context.t('moveDown', { item: label })}
            @click=${(event: Event) => move(index, 1, event)}
          >
            ↓
          </button>
        </li>`;
      })}
    </ol>
  </fieldset>`;
}
