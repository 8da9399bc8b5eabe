import { foldText, regionName } from '@devisus/core';
import type { GeoProjection } from 'd3-geo';
import type { LocatedPlace, Place } from '../data/places.js';
import { fitBox, identity, type Viewport } from './viewport.js';

/** What the reader filters by: kinds unticked in the legend, one country, and words of the name. */
export interface Filters {
  hiddenKinds: readonly string[];
  country: string;
  search: string;
}

/** What the data holds, whatever the filters. */
export interface PlaceFacts {
  /** Every kind of place, in order of appearance: the legend. */
  kinds: string[];
  /** Every country code, in the order of the countries' names in the reader's language. */
  countries: string[];
}

export function placeFacts(places: readonly Place[], language: string): PlaceFacts {
  const countries = [...new Set(places.flatMap((place) => place.properties.country ?? []))];
  countries.sort((a, b) => regionName(language, a).localeCompare(regionName(language, b), language));
  return {
    kinds: [...new Set(places.map((place) => place.properties.kind))],
    countries,
  };
}

/** The places that pass the filters, in data order; `name` gives a place's name in the reader's language. */
export function filterPlaces(places: Place[], filters: Filters, name: (place: Place) => string): Place[] {
  const search = foldText(filters.search.trim());
  // Nothing filtered: the same list, so that what was worked out for it (large data's grouping) still fits.
  if (!filters.hiddenKinds.length && !filters.country && !search) return places;
  return places.filter(
    (place) =>
      !filters.hiddenKinds.includes(place.properties.kind) &&
      (!filters.country || place.properties.country === filters.country) &&
      (!search || foldText(name(place)).includes(search)),
  );
}

/** The meetings with a date, in date order: the stops of the route. */
export function routeStops(located: readonly LocatedPlace[]): LocatedPlace[] {
  return located
    .filter((place) => place.properties.kind === 'meeting' && place.properties.date)
    .sort((a, b) => (a.properties.date ?? '').localeCompare(b.properties.date ?? ''));
}

/** The view that shows every one of `places`, or the whole map when there is none. */
export function fitView(places: readonly LocatedPlace[], projection: GeoProjection): Viewport {
  // A loop, not Math.min(...points): spreading 100,000 arguments can overflow the stack.
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const place of places) {
    const point = projection(place.lonLat);
    if (!point) continue;
    box[0] = Math.min(box[0], point[0]);
    box[1] = Math.min(box[1], point[1]);
    box[2] = Math.max(box[2], point[0]);
    box[3] = Math.max(box[3], point[1]);
  }
  return box[0] <= box[2] ? fitBox(box) : identity;
}

/** Whether a place's point stands for a whole region or country. */
export function isApproximate(place: Place): boolean {
  const precision = place.properties.precision;
  return precision === 'region' || precision === 'country';
}
