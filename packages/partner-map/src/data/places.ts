import { localizedTextSchema as localizedText } from '@devisus/core';
import * as v from 'valibot';
import { position } from '../read/geometry.js';

// Places as a GeoJSON FeatureCollection of Points: the single source of the TypeScript types and
// of docs/partner-map/places.schema.json. The data a site gives is first read into this shape by
// ../read/read-places.ts (ids, names and positions as real files write them); a feature without
// usable coordinates is kept (and listed as such), never dropped silently.

const point = v.object({ type: v.literal('Point'), coordinates: v.array(v.unknown()) });

/** Accepts null or "" as "not given". */
function emptyAsAbsent<T extends v.GenericSchema>(schema: T) {
  return v.pipe(
    v.union([v.null(), v.literal(''), schema]),
    v.transform((value) => (value === null || value === '' ? undefined : value) as v.InferOutput<T> | undefined),
  );
}

export const placePropertiesSchema = v.object({
  id: v.union([v.string(), v.number()]),
  name: localizedText,
  /** `partner`, `meeting`, `member` or any other word: each kind gets its own symbol and legend entry. */
  kind: v.optional(v.string(), 'member'),
  // Empty cells from spreadsheets and GIS tools arrive as null or "": they count as absent.
  description: v.optional(emptyAsAbsent(localizedText)),
  url: v.optional(emptyAsAbsent(v.string())),
  /** ISO 8601 date, e.g. 2022-09 or 2022-09-15. */
  date: v.optional(emptyAsAbsent(v.string())),
  /** A postal address, as one line of text. */
  address: v.optional(emptyAsAbsent(v.string())),
  city: v.optional(emptyAsAbsent(localizedText)),
  /** An area the place is known by when no city is given, e.g. "Pays de Rennes". */
  region: v.optional(emptyAsAbsent(localizedText)),
  /**
   * How exactly the point is known: `city` (the default: a city or an address), `region` or
   * `country` (the point is only that area's centre, and the map says the location is approximate).
   */
  precision: v.optional(v.picklist(['city', 'region', 'country'])),
  /** ISO 3166-1 alpha-2, e.g. FR. */
  country: v.optional(emptyAsAbsent(v.pipe(v.string(), v.regex(/^[A-Za-z]{2}$/), v.toUpperCase()))),
  themes: v.optional(emptyAsAbsent(v.array(v.string()))),
});

export const placesSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(
    v.object({
      type: v.literal('Feature'),
      geometry: v.optional(v.nullable(point)),
      properties: placePropertiesSchema,
    }),
  ),
});

/**
 * Collections written by the map's own reader (../read): valid by construction, so the element does
 * not check them again, which at 100,000 places would hold the page for a long while.
 */
const written = new WeakSet<object>();

export function markWritten<T extends object>(collection: T): T {
  written.add(collection);
  return collection;
}

/** What the element validates with: its reader's output as it is, anything else against placesSchema. */
export const readPlacesSchema = v.union([
  v.custom<v.InferOutput<typeof placesSchema>>(
    (input) => typeof input === 'object' && input !== null && written.has(input),
  ),
  placesSchema,
]);

export type PlaceProperties = v.InferOutput<typeof placePropertiesSchema>;
export type Places = v.InferOutput<typeof placesSchema>;
export type PlaceFeature = Places['features'][number];

/** A place ready to draw: its properties, its id as text, and [longitude, latitude] when usable. */
export interface Place {
  id: string;
  properties: PlaceProperties;
  lonLat?: [number, number];
  /** The feature as the data gave it (a GoGoCarto element, a CSV row as a feature…). */
  feature: unknown;
}

/** A place that can be drawn: it has a usable location. */
export type LocatedPlace = Place & { lonLat: [number, number] };

export function isLocated(place: Place): place is LocatedPlace {
  return place.lonLat !== undefined;
}

/** Longitude and latitude when they are real numbers on the globe; otherwise none. */
export function usableCoordinates(feature: PlaceFeature): [number, number] | undefined {
  return position(feature.geometry?.coordinates);
}

/** The places of `collection`; `originals` are the features as the data gave them, in the same order. */
export function toPlaces(collection: Places, originals: readonly unknown[] = collection.features): Place[] {
  return collection.features.map((feature, index) => ({
    id: String(feature.properties.id),
    properties: feature.properties,
    lonLat: usableCoordinates(feature),
    feature: originals[index] ?? feature,
  }));
}
