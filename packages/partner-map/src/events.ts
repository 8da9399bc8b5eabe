import type { DevisusSelectDetail } from '@devisus/core';

/**
 * What the map's `devisus-select` carries: the place's id as text and, as `item`, the record as the
 * data gave it (a GeoJSON feature, a GoGoCarto element, a CSV row as a feature).
 */
export type PlaceSelectDetail = DevisusSelectDetail<unknown>;

// The events the map fires, typed for `addEventListener` on any element. `devisus-select` has the
// same payload whichever element fires it (core's DevisusSelectDetail): a listener on `document`
// narrows `item` by the element the event came from.
declare global {
  interface HTMLElementEventMap {
    'devisus-select': CustomEvent<DevisusSelectDetail>;
  }
}
