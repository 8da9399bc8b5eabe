import { regionName } from '@devisus/core';
import { html, nothing } from 'lit';
import type { Filters } from '../shown-places.js';
import { kindIndex, symbol } from '../symbols.js';
import type { MapViewContext } from './view-context.js';

/** What the filters show and how they change the element's filters. */
export interface FiltersModel extends Filters {
  kinds: string[];
  countries: string[];
  toggleKind(kind: string): void;
  setCountry(code: string): void;
  setSearch(text: string): void;
}

/** The legend (whose kinds, ticked or not, also filter), the country menu when there are two or more, and the name search. */
export function renderFilters(context: MapViewContext, model: FiltersModel) {
  const { kinds, countries, hiddenKinds, country } = model;
  return html`<div class="filters" role="group" aria-label=${context.t('filters.label')}>
    <fieldset part="legend" class="legend">
      <legend>${context.t('filters.kinds')}</legend>
      ${kinds.map(
        (kind) =>
          html`<label class="kind">
            <input type="checkbox" .checked=${!hiddenKinds.includes(kind)} @change=${() => model.toggleKind(kind)} />
            <svg class="symbol kind-${kindIndex(kinds, kind) % 5}" viewBox="-8 -8 16 16" aria-hidden="true">
              ${symbol(kindIndex(kinds, kind), 5)}
            </svg>
            ${context.kindLabel(kind)}
          </label>`,
      )}
    </fieldset>
    ${
      countries.length > 1
        ? html`<label class="field"
            >${context.t('filters.country')}
            <select @change=${(event: Event) => model.setCountry(valueOf(event))}>
              <option value="" ?selected=${!country}>${context.t('filters.allCountries')}</option>
              ${countries.map(
                (code) =>
                  html`<option value=${code} ?selected=${country === code}>
                    ${regionName(context.language, code)}
                  </option>`,
              )}
            </select>
          </label>`
        : nothing
    }
    <label class="field"
      >${context.t('filters.search')}
      <input type="search" .value=${model.search} @input=${(event: Event) => model.setSearch(valueOf(event))} />
    </label>
  </div>`;
}

/** The value of the select or input an event came from. */
function valueOf(event: Event): string {
  const target = event.target;
  return target instanceof HTMLSelectElement || target instanceof HTMLInputElement ? target.value : '';
}
