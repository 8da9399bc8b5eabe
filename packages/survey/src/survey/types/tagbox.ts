import { css, html, nothing } from 'lit';
import { adopt } from './styles.js';
import type { Choice, Question } from '../../definition/model.js';
import { live } from 'lit/directives/live.js';
import { described, items, otherInput, questionId, title, type QuestionContext } from '../question-parts.js';

// SurveyJS's `tagbox`: several choices picked in a filterable list, each shown as a chip that a
// button removes. The answer is the list of values, as for a checkbox question. It follows the ARIA
// combobox pattern: a text field (role combobox) that filters a listbox; Down and Up move through
// the choices, Enter picks one, Escape closes the list, Backspace in an empty field removes the last.

interface Box {
  open: boolean;
  filter: string;
  active: number;
}

const boxes = new Map<string, Box>();

const styles = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chips li {
    display: flex;
    align-items: center;
    gap: 0.25em;
    padding-inline-start: 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  [role='listbox'] {
    margin: 0;
    padding: 0;
    list-style: none;
    max-width: 32rem;
    border: 1px solid var(--_border);
  }
  [role='option'] {
    padding: 0.4em 0.6em;
    cursor: pointer;
  }
  [role='option'].active {
    outline: 2px solid var(--_primary);
    outline-offset: -2px;
  }
`;

export function render(context: QuestionContext, question: Question) {
  const { name } = question;
  const d = described(context, question);
  const id = questionId(name);
  const box = boxes.get(name) ?? { open: false, filter: '', active: 0 };
  boxes.set(name, box);
  const value = (context.value(name) as (string | number)[] | undefined) ?? [];
  const all = items(context, question);
  const label = (choice: Choice) => context.localize(choice.text);
  const offered = all.filter(
    (choice) => !value.includes(choice.value) && label(choice).toLowerCase().includes(box.filter.toLowerCase()),
  );
  const update = (changes: Partial<Box>) => {
    Object.assign(box, changes);
    context.refresh();
  };
  const pick = (choice: Choice) => {
    context.set(name, [...value, choice.value]);
    update({ filter: '', active: 0 });
  };
  const remove = (item: string | number) => {
    const next = value.filter((other) => other !== item);
    context.set(name, next.length ? next : undefined);
    const choice = all.find((candidate) => candidate.value === item);
    context.announce(context.t('tagbox.remove', { item: choice ? label(choice) : String(item) }));
  };
  const key = (event: KeyboardEvent) => {
    const last = offered.length - 1;
    if (event.key === 'ArrowDown') update({ open: true, active: box.open ? Math.min(box.active + 1, last) : 0 });
    else if (event.key === 'ArrowUp') update({ open: true, active: Math.max(box.active - 1, 0) });
    else if (event.key === 'Enter' && box.open && offered[box.active]) pick(offered[box.active]);
    else if (event.key === 'Escape') update({ open: false });
    else if (event.key === 'Backspace' && !box.filter && value.length) remove(value[value.length - 1]);
    else return;
    event.preventDefault();
  };
  const option = (index: number) => `${id}-option-${index}`;
  const open = box.open && !!offered.length;
  return html`<div class="tagbox" ${adopt(styles)}>
    <label class="label" for=${id}>${title(context, question)}</label>
    ${d.lines}
    ${
      value.length
        ? html`<ul class="chips">
            ${value.map((item) => {
              const choice = all.find((candidate) => candidate.value === item);
              const text = choice ? label(choice) : String(item);
              return html`<li>
                <span>${choice ? context.text(choice.text) : text}</span>
                <button
                  type="button"
                  aria-label=${context.t('tagbox.remove', { item: text })}
                  @click=${() => remove(item)}
                >
                  ×
                </button>
              </li>`;
            })}
          </ul>`
        : nothing
    }
    <input
      id=${id}
      type="text"
      role="combobox"
      autocomplete="off"
      aria-autocomplete="list"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="${id}-list"
      aria-activedescendant=${open ? option(box.active) : nothing}
      aria-describedby=${d.ids}
      aria-invalid=${d.invalid}
      ?disabled=${!context.enabled(question)}
      .value=${live(box.filter)}
      @input=${(event: Event) => update({ filter: (event.target as HTMLInputElement).value, open: true, active: 0 })}
      @keydown=${key}
      @focus=${() => update({ open: true })}
      @blur=${() => setTimeout(() => update({ open: false }), 150)}
    />
    <ul
      id="${id}-list"
      role="listbox"
      aria-multiselectable="true"
      aria-label=${context.localize(question.title)}
      ?hidden=${!open}
    >
      ${offered.map(
        (choice, index) =>
          html`<li
            id=${option(index)}
            role="option"
            aria-selected="false"
            class=${index === box.active ? 'active' : ''}
            @mousedown=${(event: Event) => event.preventDefault()}
            @click=${() => pick(choice)}
          >
            ${context.text(choice.text)}
          </li>`,
      )}
    </ul>
    ${box.open && !offered.length && box.filter ? html`<p class="hint" role="status">${context.t('tagbox.none')}</p>` : nothing}
    ${value.includes('other') ? otherInput(context, question) : nothing}
  </div>`;
}
