import type { DevisusSelectDetail } from '@devisus/core';
import type { PlaceFeature } from './data/places.js';

/** What the map's `devisus-select` carries: the place's id as text and, as `item`, its GeoJSON feature as given. */
export type PlaceSelectDetail = DevisusSelectDetail<PlaceFeature>;

// The events the map fires, typed for `addEventListener` on any element. `devisus-select` has the
// same payload whichever element fires it (core's DevisusSelectDetail): a listener on `document`
// narrows `item` by the element the event came from.
declare global {
  interface HTMLElementEventMap {
    'devisus-select': CustomEvent<DevisusSelectDetail>;
  }
}
