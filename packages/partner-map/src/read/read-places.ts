import { ProblemError } from '@devisus/core';
import type { Fields } from './fields.js';
import { readFeatures, type ReadResult } from './features.js';
import { fromCsv } from './csv.js';
import { fromGoGoCarto, goGoCartoElements } from './gogocarto.js';
import { uMapFeatures } from './umap.js';

/**
 * Reads places in any of the forms the map accepts: GeoJSON (a FeatureCollection, one Feature or a
 * list of features), a uMap export, a GoGoCarto or Transiscope export, or CSV text. `taxonomy`
 * names GoGoCarto category ids when the export does not carry its own.
 */
export function readPlaces(raw: unknown, fields: Fields, taxonomy?: unknown): ReadResult {
  if (typeof raw === 'string') return readFeatures(fromCsv(raw).features, fields);
  const elements = goGoCartoElements(raw);
  if (elements) {
    const own = raw && typeof raw === 'object' && 'taxonomy' in raw ? raw.taxonomy : undefined;
    return readFeatures(fromGoGoCarto(elements, own ?? taxonomy), fields);
  }
  if (raw && typeof raw === 'object') {
    const object = raw as Record<string, unknown>;
    if (object.type === 'umap' || Array.isArray(object.features)) {
      const { features, layerNames } = uMapFeatures(raw);
      return readFeatures(features, fields, layerNames);
    }
    if (object.type === 'Feature') return readFeatures([raw], fields);
    if (Array.isArray(raw) && raw.every((item) => item && typeof item === 'object' && 'geometry' in item))
      return readFeatures(raw, fields);
  }
  throw new ProblemError({ key: 'error.format' });
}
