import { ProblemError } from '@devisus/core';
import { fieldReader, type Fields } from './fields.js';
import { markWritten } from '../data/places.js';
import { placePosition } from './geometry.js';
import { nextTurn } from './turns.js';

/** A place as the map's schema takes it: one Point (or none) and the properties it knows. */
export interface PlaceRecord {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown> & { id: string | number; name: unknown; kind: string };
}

/** What reading the data found worth telling the reader, beside the places themselves. */
export interface ReadNotes {
  /** How many places carried an id that another place carried too: each was given its own. */
  repeatedIds: number;
}

export interface ReadResult {
  collection: { type: 'FeatureCollection'; features: PlaceRecord[] };
  /** The features as the data gave them, in the same order: what `devisus-select` hands back. */
  originals: unknown[];
  notes: ReadNotes;
}

const PRECISIONS = ['city', 'region', 'country'];

/**
 * Reads GeoJSON features as found in the wild: ids from `properties.id`, `feature.id` or
 * OpenStreetMap's `@id`, and made up from position and name where missing or repeated; names and
 * the other fields from their usual keys or the site's `fields` mapping; one position per feature
 * (see placePosition). `defaultKind` is the kind of a feature that names none (a uMap layer's name).
 */
export function readFeatures(
  features: readonly unknown[],
  fields: Fields,
  defaultKinds: readonly (string | undefined)[] = [],
): ReadResult {
  const steps = readSteps(features, fields, defaultKinds);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** How many features are read between two pauses, when reading gives the page a turn. */
const CHUNK = 4000;

/**
 * The same, giving the page a turn every few thousand features, so that a large file never holds
 * the page for long (clicks, scrolling and paint go on while it is read).
 */
export async function readFeaturesInTurns(
  features: readonly unknown[],
  fields: Fields,
  defaultKinds: readonly (string | undefined)[] = [],
): Promise<ReadResult> {
  const steps = readSteps(features, fields, defaultKinds);
  let step = steps.next();
  while (!step.done) {
    await nextTurn();
    step = steps.next();
  }
  return step.value;
}

/** The reading, in steps: it pauses (yields) after every CHUNK features of each pass. */
function* readSteps(
  features: readonly unknown[],
  fields: Fields,
  defaultKinds: readonly (string | undefined)[],
): Generator<void, ReadResult> {
  const given: { feature: Record<string, unknown>; props: Record<string, unknown>; id: string | number | undefined }[] =
    [];
  for (const [index, feature] of features.entries()) {
    if (index && index % CHUNK === 0) yield;
    if (!feature || typeof feature !== 'object' || Array.isArray(feature))
      throw new ProblemError({ key: 'error.notFeature', path: `features[${index}]` });
    const { id, properties } = feature as { id?: unknown; properties?: unknown };
    const props = properties && typeof properties === 'object' ? (properties as Record<string, unknown>) : {};
    given.push({ feature: feature as Record<string, unknown>, props, id: givenId(props.id ?? id ?? props['@id']) });
  }
  const count = new Map<string, number>();
  for (const { id } of given) if (id !== undefined) count.set(String(id), (count.get(String(id)) ?? 0) + 1);
  const taken = new Set(
    given.flatMap(({ id }) => (id !== undefined && count.get(String(id)) === 1 ? [String(id)] : [])),
  );
  let repeatedIds = 0;
  yield;
  const records: PlaceRecord[] = [];
  for (const [index, { feature, props, id }] of given.entries()) {
    if (index && index % CHUNK === 0) yield;
    const lonLat = placePosition(feature.geometry);
    const field = fieldReader(props, fields);
    const name = localizedOf(field('name'));
    let placeId = id;
    if (id === undefined || count.get(String(id))! > 1) {
      if (id !== undefined) repeatedIds++;
      placeId = madeUpId(lonLat, name, taken);
    }
    const country = textOf(field('country'));
    const properties: PlaceRecord['properties'] = {
      id: placeId!,
      // A place with no name is still a place: it is called by its id, or its number in the file.
      name: name ?? (id !== undefined ? String(id) : `#${index + 1}`),
      kind: textOf(field('kind')) ?? defaultKinds[index] ?? 'member',
    };
    for (const name of ['description', 'city'] as const) {
      const value = localizedOf(field(name));
      if (value !== undefined) properties[name] = value;
    }
    for (const name of ['url', 'address', 'date'] as const) {
      const value = textOf(field(name));
      if (value !== undefined) properties[name] = value;
    }
    if (country && /^[A-Za-z]{2}$/.test(country)) properties.country = country;
    if (Array.isArray(props.themes) && props.themes.every((theme) => typeof theme === 'string'))
      properties.themes = props.themes;
    if (typeof props.precision === 'string' && PRECISIONS.includes(props.precision))
      properties.precision = props.precision;
    const region = localizedOf(props.region);
    if (region !== undefined) properties.region = region;
    records.push({
      type: 'Feature',
      geometry: lonLat ? { type: 'Point', coordinates: lonLat } : null,
      properties,
    });
  }
  return {
    collection: markWritten({ type: 'FeatureCollection' as const, features: records }),
    originals: [...features],
    notes: { repeatedIds },
  };
}

function givenId(value: unknown): string | number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim()) return value;
  return undefined;
}

/**
 * An id for a place that has none of its own, the same on every load of the same data: its position
 * and name, and a number after it when two places share both.
 */
function madeUpId(lonLat: [number, number] | undefined, name: unknown, taken: Set<string>): string {
  const where = lonLat ? `${lonLat[0].toFixed(5)},${lonLat[1].toFixed(5)}` : 'nowhere';
  const base = `${where}:${typeof name === 'string' ? name : JSON.stringify(name ?? '')}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}~${n}`;
  taken.add(id);
  return id;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Text, or text in several languages (`{ "en": …, "fr": … }`), as the map's own format allows. */
function localizedOf(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value).filter(([, text]) => typeof text === 'string' && text);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return textOf(value);
}
