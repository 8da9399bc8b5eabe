import { html, nothing } from 'lit';
import { formatNumber } from '@devisus/core';
import type { Facet } from './facets.js';
import type { FacetOption, GalleryViewContext } from './gallery-view.js';

/** The options a long facet shows until the reader asks for all of them (chosen ones always show). */
const SHORT = 6;

/**
 * The facets, without inner scroll boxes: a long facet shows its most frequent options and a
 * button for the rest. On a narrow screen they fold behind a "Filters (n)" button that counts the
 * chosen ones, so that the first results come right after the search (the styles decide).
 */
export function renderFilters(view: GalleryViewContext, facets: [Facet, FacetOption[]][]) {
  const number = (value: number) => formatNumber(view.language, value);
  const chosen = facets.reduce((sum, [, options]) => sum + options.filter((option) => option.checked).length, 0);
  return html`<div class="filters-area">
    <button
      type="button"
      class="filters-toggle"
      aria-expanded=${view.filtersOpen ? 'true' : 'false'}
      aria-controls="filters"
      @click=${view.toggleFilters}
    >
      ${chosen ? view.t('gallery.filtersActive', { number: number(chosen) }) : view.t('gallery.filters')}
    </button>
    <div
      id="filters"
      part="filters"
      class="filters ${view.filtersOpen ? 'open' : ''}"
      role="group"
      aria-label=${view.t('gallery.filters')}
    >
      ${facets.map(([facet, options]) => {
        // Folding away a single option would save nothing.
        const long = options.length > SHORT + 1;
        const whole = !long || view.expanded.includes(facet);
        const shown = whole ? options : options.filter((option, index) => index < SHORT || option.checked);
        return html`<fieldset class="facet">
          <legend>${view.t(`gallery.facet.${facet}`)}</legend>
          ${shown.map(
            ({ value, count, label, lang, checked }) =>
              html`<label class="option">
                <input type="checkbox" .checked=${checked} @change=${() => view.toggle(facet, value)} />
                <span class="name" lang=${lang ?? nothing}>${label}</span>
                <span class="facet-count">${number(count)}</span>
              </label>`,
          )}
          ${
            long
              ? html`<button
                  type="button"
                  class="show-all"
                  aria-expanded=${whole ? 'true' : 'false'}
                  @click=${() => view.expand(facet)}
                >
                  ${whole ? view.t('gallery.showFewer') : view.t('gallery.showAll', { number: number(options.length) })}
                </button>`
              : nothing
          }
        </fieldset>`;
      })}
    </div>
  </div>`;
}
