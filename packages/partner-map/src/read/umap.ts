/**
 * uMap exports: a whole map (`"type": "umap"` with its `layers`, each a FeatureCollection) or one
 * layer (a FeatureCollection with `_umap_options`). Layers are what uMap's legend lists, so a
 * feature that names no kind of its own takes its layer's name.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

export function isUMapExport(raw: unknown): raw is Json & { layers: unknown[] } {
  return isObject(raw) && raw.type === 'umap' && Array.isArray(raw.layers);
}

/** Each feature of every layer, with its layer's name. */
export function uMapFeatures(raw: unknown): { features: unknown[]; layerNames: (string | undefined)[] } {
  const layers = isUMapExport(raw) ? raw.layers : [raw];
  const features: unknown[] = [];
  const layerNames: (string | undefined)[] = [];
  for (const layer of layers) {
    if (!isObject(layer) || !Array.isArray(layer.features)) continue;
    const options = isObject(layer._umap_options) ? layer._umap_options : {};
    const name = typeof options.name === 'string' && options.name.trim() ? options.name : undefined;
    for (const feature of layer.features) {
      features.push(feature);
      layerNames.push(name);
    }
  }
  return { features, layerNames };
}
