import { html, nothing } from 'lit';
import type { ResultsViewModel } from '../view-model.js';
import type { ResultsContext } from './results-context.js';

const picked = (event: Event) => (event.target as HTMLSelectElement).value;

/** The filter: a question, then one of its answers; only the responses with that answer count. */
export function filterView(context: ResultsContext, model: ResultsViewModel) {
  const selected = model.filterQuestion;
  return html`<fieldset part="filter" class="filter">
    <legend>${context.t('filter.legend')}</legend>
    <label for="filter-question">${context.t('filter.question')}</label>
    <select
      id="filter-question"
      @change=${(event: Event) => {
        const name = picked(event);
        context.setFilter(name ? { question: name } : undefined);
      }}
    >
      <option value="" ?selected=${!selected}>${context.t('filter.all')}</option>
      ${model.filterable.map(
        (candidate) =>
          html`<option
            value=${candidate.name}
            ?selected=${candidate === selected}
            lang=${context.foreign(candidate.title) ?? nothing}
          >
            ${context.localize(candidate.title)}
          </option>`,
      )}
    </select>
    ${
      selected
        ? html`<label for="filter-answer">${context.t('filter.answer')}</label>
            <select
              id="filter-answer"
              @change=${(event: Event) => context.setFilter({ question: selected.name, answer: picked(event) || undefined })}
            >
              <option value="" ?selected=${!model.active}>${context.t('filter.chooseAnswer')}</option>
              ${model.options.map(
                (option) =>
                  html`<option value=${option.key} ?selected=${model.active && option.key === model.answer}>
                    ${context.answerLabel(selected, option)}
                  </option>`,
              )}
            </select>
            <button type="button" class="clear" @click=${() => context.setFilter(undefined)}>
              ${context.t('filter.clear')}
            </button>`
        : nothing
    }
  </fieldset>`;
}
