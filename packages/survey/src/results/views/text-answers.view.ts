import { html, nothing } from 'lit';
import type { ResultsContext } from './results-context.js';

/** Text lists show this many answers until the reader asks for all. */
const FIRST_ANSWERS = 50;

/** Text answers, as text (never HTML): the first 50, then all on request. `key` names the list. */
export function textAnswersView(context: ResultsContext, key: string, answers: string[]) {
  const all = context.expanded(key);
  const shown = all ? answers : answers.slice(0, FIRST_ANSWERS);
  const total = context.number(answers.length);
  return html`<ul part="answers" class="answers">
      ${shown.map((answer) => html`<li>${answer}</li>`)}
    </ul>
    ${
      answers.length > FIRST_ANSWERS
        ? html`<p class="more">
            ${all ? nothing : html`<span>${context.t('shown', { shown: context.number(shown.length), total })}</span>`}
            <button type="button" aria-expanded=${all ? 'true' : 'false'} @click=${() => context.toggle(key)}>
              ${all ? context.t('showFewer') : context.t('showAll', { count: answers.length, number: total })}
            </button>
          </p>`
        : nothing
    }`;
}
