import { regionName } from '@devisus/core';
import type { Place } from '../data/places.js';
import type { MapViewContext } from './views/view-context.js';

/** The list's columns, each of which sorts it. */
export const COLUMNS = ['name', 'kind', 'city', 'country', 'date'] as const;
export type SortKey = (typeof COLUMNS)[number];

/** A place's text in one column, as the reader sees it (the date as written in the data, which sorts). */
export function columnText(context: MapViewContext, place: Place, key: SortKey): string {
  const properties = place.properties;
  switch (key) {
    case 'name':
      return context.localize(properties.name);
    case 'kind':
      return context.kindLabel(properties.kind);
    case 'city':
      return properties.city ? context.localize(properties.city) : '';
    case 'country':
      return properties.country ? regionName(context.language, properties.country) : '';
    case 'date':
      return properties.date ?? '';
  }
}

/** The list's rows: `places` sorted by one column, in the reader's collation (numbers in numeric order). */
export function sortRows(
  context: MapViewContext,
  places: readonly Place[],
  key: SortKey,
  descending: boolean,
): Place[] {
  const collator = new Intl.Collator(context.language, { sensitivity: 'base', numeric: true });
  const direction = descending ? -1 : 1;
  // Each text worked out once, not at every comparison.
  const keyed = places.map((place) => ({ place, text: columnText(context, place, key) }));
  keyed.sort((a, b) => collator.compare(a.text, b.text) * direction);
  return keyed.map(({ place }) => place);
}
