/**
 * Exports of GoGoCarto (`/api/elements.json`, the directory tool of many French SSE networks) and
 * of the sites built on it or fed by it (Transiscope, Près de chez nous), turned into GeoJSON-like
 * features. Categories come as names, as objects, or as numeric ids; ids are named through the
 * export's taxonomy (`taxonomy` beside `data`, or given to the element), and the top-level
 * category of a place is its kind, the others its themes.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

/** The list of elements of a GoGoCarto or Transiscope export, or undefined when it is not one. */
export function goGoCartoElements(raw: unknown): Json[] | undefined {
  const list = Array.isArray(raw) ? raw : isObject(raw) && Array.isArray(raw.data) ? raw.data : undefined;
  if (!list?.length || !list.every(isObject)) return undefined;
  return list.every(
    (item) => 'geo' in item || isObject(item.location) || ('lat' in item && ('lng' in item || 'long' in item)),
  )
    ? list
    : undefined;
}

/** A category known by id: its name and how deep in the taxonomy it sits (0 = top level). */
interface Category {
  name: string;
  depth: number;
}

/** Every option of a GoGoCarto taxonomy (nested `options` and `subcategories`), by id. */
export function taxonomyIndex(taxonomy: unknown): Map<string, Category> {
  const index = new Map<string, Category>();
  const walk = (node: unknown, depth: number) => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, depth));
    if (!isObject(node)) return;
    if (Array.isArray(node.options)) {
      for (const option of node.options) {
        if (
          isObject(option) &&
          option.id !== undefined &&
          typeof option.name === 'string' &&
          !index.has(String(option.id))
        )
          index.set(String(option.id), { name: option.name, depth });
        if (isObject(option)) walk(option.subcategories, depth + 1);
      }
    }
    walk(node.subcategories, depth + 1);
    if (isObject(node.taxonomy) || Array.isArray(node.taxonomy)) walk(node.taxonomy, depth);
  };
  walk(taxonomy, 0);
  return index;
}

function number(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** An element's categories, best known first: its kind is the first, its themes the others. */
function categories(element: Json, taxonomy: Map<string, Category>): string[] {
  const named: Category[] = [];
  const lists = [element.categoriesFull, element.categories, element.optionValues, element.taxonomy];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (typeof item === 'string' && !taxonomy.has(item)) named.push({ name: item, depth: named.length ? 1 : 0 });
      else if (isObject(item) && typeof item.name === 'string')
        // Transiscope marks a sub-category with its `parent`.
        named.push({
          name: item.name,
          depth: item.parent === undefined ? (taxonomy.get(String(item.id))?.depth ?? 0) : 1,
        });
      else {
        const id = isObject(item) ? (item.optionId ?? item.id) : item;
        const known = taxonomy.get(String(id));
        if (known) named.push(known);
      }
    }
    if (named.length) break;
  }
  // Stable: among equals, the data's order.
  const sorted = named
    .map((category, order) => ({ ...category, order }))
    .sort((a, b) => a.depth - b.depth || a.order - b.order);
  return [...new Set(sorted.map((category) => category.name))];
}

export function fromGoGoCarto(elements: Json[], taxonomySource: unknown) {
  const taxonomy = taxonomyIndex(taxonomySource);
  return elements.map((element) => {
    const geo = isObject(element.geo) ? element.geo : isObject(element.location) ? element.location : element;
    const lat = number(geo.latitude ?? geo.lat);
    const lon = number(geo.longitude ?? geo.lon ?? geo.lng ?? geo.long);
    const address = isObject(element.address) ? element.address : {};
    const [kind, ...themes] = categories(element, taxonomy);
    const street =
      address.customFormatedAddress ??
      [address.streetAddress ?? address.street, address.postalCode, address.addressLocality ?? address.city]
        .filter((part) => typeof part === 'string' && part.trim())
        .join(', ');
    return {
      type: 'Feature',
      id: element.id,
      geometry: lat !== undefined && lon !== undefined ? { type: 'Point', coordinates: [lon, lat] } : null,
      properties: {
        name: element.name ?? element.title,
        kind,
        description: element.description ?? element.summary,
        url: element.website ?? element.url,
        address: street,
        city: address.addressLocality ?? address.city,
        country:
          typeof (address.addressCountry ?? address.country) === 'string'
            ? String(address.addressCountry ?? address.country).toUpperCase()
            : undefined,
        ...(themes.length ? { themes } : {}),
      },
    };
  });
}
