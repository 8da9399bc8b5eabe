import { html, nothing } from 'lit';
import { tally } from '../summaries/tally.js';
import type { ResultsContext } from './results-context.js';

/** Text lists show this many different answers until the reader asks for all. */
const FIRST_ANSWERS = 50;

/**
 * Text answers, as text (never HTML): equal answers (case and spacing aside) together, the most
 * given first with how many gave them, then the first 50 different answers, all on request. `key`
 * names the list.
 */
export function textAnswersView(context: ResultsContext, key: string, answers: string[]) {
  const groups = tally(answers);
  const all = context.expanded(key);
  const shown = all ? groups : groups.slice(0, FIRST_ANSWERS);
  const total = context.number(groups.length);
  return html`<ul part="answers" class="answers">
      ${shown.map(
        ({ text, count }) =>
          html`<li>
            <span class="text">${text}</span>
            ${count > 1 ? html`<span class="times">${context.t('times', { count, number: context.number(count) })}</span>` : nothing}
          </li>`,
      )}
    </ul>
    ${
      groups.length > FIRST_ANSWERS
        ? html`<p class="more">
            ${all ? nothing : html`<span>${context.t('shown', { shown: context.number(shown.length), total })}</span>`}
            <button type="button" aria-expanded=${all ? 'true' : 'false'} @click=${() => context.toggle(key)}>
              ${all ? context.t('showFewer') : context.t('showAll', { count: groups.length, number: total })}
            </button>
          </p>`
        : nothing
    }`;
}
