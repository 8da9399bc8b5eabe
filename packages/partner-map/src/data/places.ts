import { localizedTextSchema as localizedText } from '@devisus/core';
import * as v from 'valibot';

// Places as a GeoJSON FeatureCollection of Points: the single source of the TypeScript types and
// of docs/partner-map/places.schema.json. A feature without usable coordinates is kept (and
// listed as such), never dropped silently.

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
  city: v.optional(emptyAsAbsent(localizedText)),
  /** ISO 3166-1 alpha-2, e.g. FR. */
  country: v.optional(emptyAsAbsent(v.pipe(v.string(), v.regex(/^[A-Za-z]{2}$/), v.toUpperCase()))),
  themes: v.optional(emptyAsAbsent(v.array(v.string()))),
});

export const placesSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.pipe(
    v.array(
      v.object({
        type: v.literal('Feature'),
        geometry: v.optional(v.nullable(point)),
        properties: placePropertiesSchema,
      }),
    ),
    // Ids must tell places apart: 17 and "17" are the same place to a reader.
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const seen = new Set<string>();
      const twice = new Set<string>();
      for (const feature of dataset.value) {
        const id = String(feature.properties.id);
        if (seen.has(id)) twice.add(id);
        seen.add(id);
      }
      if (twice.size) addIssue({ message: 'error.duplicateId', received: [...twice].join(', ') });
    }),
  ),
});

export type PlaceProperties = v.InferOutput<typeof placePropertiesSchema>;
export type Places = v.InferOutput<typeof placesSchema>;
export type PlaceFeature = Places['features'][number];

/** A place ready to draw: its properties, its id as text, and [longitude, latitude] when usable. */
export interface Place {
  id: string;
  properties: PlaceProperties;
  lonLat?: [number, number];
  feature: PlaceFeature;
}

/** A place that can be drawn: it has a usable location. */
export type LocatedPlace = Place & { lonLat: [number, number] };

export function isLocated(place: Place): place is LocatedPlace {
  return place.lonLat !== undefined;
}

/** Longitude and latitude when they are real numbers on the globe; otherwise none. */
export function usableCoordinates(feature: PlaceFeature): [number, number] | undefined {
  const [lon, lat] = (feature.geometry?.coordinates ?? []) as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat))
    return undefined;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return undefined;
  return [lon, lat];
}

export function toPlaces(collection: Places): Place[] {
  return collection.features.map((feature) => ({
    id: String(feature.properties.id),
    properties: feature.properties,
    lonLat: usableCoordinates(feature),
    feature,
  }));
}
