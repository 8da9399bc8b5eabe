import { ProblemError } from '@devisus/core';
import type { Fields } from './fields.js';
import { readFeatures, readFeaturesInTurns, type ReadResult } from './features.js';
import { fromCsv } from './csv.js';
import { fromGoGoCarto, goGoCartoElements } from './gogocarto.js';
import { uMapFeatures } from './umap.js';

/**
 * Reads places in any of the forms the map accepts: GeoJSON (a FeatureCollection, one Feature or a
 * list of features), a uMap export, a GoGoCarto or Transiscope export, or CSV text. `taxonomy`
 * names GoGoCarto category ids when the export does not carry its own.
 */
export function readPlaces(raw: unknown, fields: Fields, taxonomy?: unknown): ReadResult {
  const { features, defaultKinds } = featuresOf(raw, taxonomy);
  return readFeatures(features, fields, defaultKinds);
}

/** The same, giving the page a turn now and then: for large data. */
export function readPlacesInTurns(raw: unknown, fields: Fields, taxonomy?: unknown): Promise<ReadResult> {
  const { features, defaultKinds } = featuresOf(raw, taxonomy);
  return readFeaturesInTurns(features, fields, defaultKinds);
}

/** How many places `raw` holds, roughly (features, elements or CSV lines), to choose how to read it. */
export function sizeOf(raw: unknown): number {
  if (typeof raw === 'string') return raw.length / 40;
  if (Array.isArray(raw)) return raw.length;
  const object = (raw ?? {}) as { features?: unknown; data?: unknown };
  return Array.isArray(object.features) ? object.features.length : Array.isArray(object.data) ? object.data.length : 0;
}

/** The GeoJSON-like features of any accepted form, and the kind each takes when it names none. */
function featuresOf(raw: unknown, taxonomy: unknown): { features: unknown[]; defaultKinds?: (string | undefined)[] } {
  if (typeof raw === 'string') return fromCsv(raw);
  const elements = goGoCartoElements(raw);
  if (elements) {
    const own = raw && typeof raw === 'object' && 'taxonomy' in raw ? raw.taxonomy : undefined;
    return { features: fromGoGoCarto(elements, own ?? taxonomy) };
  }
  if (raw && typeof raw === 'object') {
    const object = raw as Record<string, unknown>;
    if (object.type === 'umap' || Array.isArray(object.features)) {
      const { features, layerNames } = uMapFeatures(raw);
      return { features, defaultKinds: layerNames };
    }
    if (object.type === 'Feature') return { features: [raw] };
    if (Array.isArray(raw) && raw.every((item) => item && typeof item === 'object' && 'geometry' in item))
      return { features: raw };
  }
  throw new ProblemError({ key: 'error.format' });
}
