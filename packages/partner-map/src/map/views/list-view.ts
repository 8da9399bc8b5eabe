import { localizedContent, scrollRegion } from '@devisus/core';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Place } from '../../data/places.js';
import { COLUMNS, columnText, type SortKey } from '../list-columns.js';
import { placeDate, type MapViewContext } from './view-context.js';

/** How the list is sorted, and how to sort it by another column (again to reverse). */
export interface ListSort {
  key: SortKey;
  descending: boolean;
  sortBy(key: SortKey): void;
}

/**
 * The list: a table of the places that pass the filters, with or without a location, in `rows`
 * order, a full alternative to the map. Each column heading is a button that sorts by it.
 */
export function renderList(context: MapViewContext, rows: readonly Place[], sort: ListSort) {
  const direction = sort.descending ? 'descending' : 'ascending';
  // A narrow screen scrolls the table, not the page (focusable, so that keys scroll it too).
  return html`${scrollRegion(
    { labelledBy: 'list-caption' },
    html`<table part="list" class="list">
      <caption id="list-caption">
        ${context.t('list.caption')}
      </caption>
      <thead>
        <tr>
          ${COLUMNS.map(
            (key) =>
              html`<th scope="col" aria-sort=${sort.key === key ? direction : 'none'}>
                <button type="button" @click=${() => sort.sortBy(key)}>
                  ${context.t(`list.${key}`)}
                  <span aria-hidden="true">${sort.key === key ? (sort.descending ? '▼' : '▲') : ''}</span>
                </button>
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          rows,
          (place) => place.id,
          (place) => renderRow(context, place),
        )}
      </tbody>
    </table>`,
  )}`;
}

function renderRow(context: MapViewContext, place: Place) {
  const chosen = place.id === context.selected;
  const date = place.properties.date;
  return html`<tr class=${chosen ? 'selected' : ''}>
    <th scope="row">
      <button
        type="button"
        class="place"
        aria-current=${chosen ? 'true' : 'false'}
        @click=${() => context.select(place)}
      >
        ${localizedContent(place.properties.name, context.language)}
      </button>
      ${place.lonLat ? nothing : html`<span class="no-location">${context.t('list.noLocation')}</span>`}
    </th>
    <td>${columnText(context, place, 'kind')}</td>
    <td>${columnText(context, place, 'city')}</td>
    <td>${columnText(context, place, 'country')}</td>
    <td>${date ? placeDate(context.language, date) : ''}</td>
  </tr>`;
}
