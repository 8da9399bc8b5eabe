/**
 * Reads an export of GoGoCarto (the map tool many French SSE networks use: `/api/elements.json`)
 * as GeoJSON, so an existing map's places can be shown here unchanged. Detected automatically:
 * an object whose `data` list holds elements with `geo.latitude` / `geo.longitude`.
 */
interface GoGoCartoElement {
  id?: string | number;
  name?: string;
  geo?: { latitude?: number | string; longitude?: number | string };
  address?: { addressLocality?: string; addressCountry?: string };
  categories?: (string | { name?: string })[];
  description?: string;
  description_more?: string;
  website?: string;
  email?: string;
}

export function isGoGoCartoExport(raw: unknown): raw is { data: GoGoCartoElement[] } {
  if (!raw || typeof raw !== 'object') return false;
  const data = 'data' in raw ? raw.data : undefined;
  return (
    Array.isArray(data) && data.length > 0 && data.every((item) => item && typeof item === 'object' && 'geo' in item)
  );
}

/** A number, or a numeric string; null, '' and the like are no coordinate (not 0°). */
function coordinate(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  return undefined;
}

export function fromGoGoCarto(raw: { data: GoGoCartoElement[] }) {
  return {
    type: 'FeatureCollection' as const,
    features: raw.data.map((element, index) => {
      const lat = coordinate(element.geo?.latitude);
      const lon = coordinate(element.geo?.longitude);
      const located = lat !== undefined && lon !== undefined;
      const categories = (element.categories ?? [])
        .map((category) => (typeof category === 'string' ? category : (category.name ?? '')))
        .filter(Boolean);
      const country = element.address?.addressCountry;
      return {
        type: 'Feature' as const,
        geometry: located ? { type: 'Point' as const, coordinates: [lon, lat] } : null,
        properties: {
          id: element.id ?? `gogocarto-${index}`,
          name: element.name || `#${element.id ?? index + 1}`,
          kind: categories[0] ?? 'member',
          ...(element.description ? { description: element.description } : {}),
          ...(element.website ? { url: element.website } : {}),
          ...(element.address?.addressLocality ? { city: element.address.addressLocality } : {}),
          ...(country && /^[A-Za-z]{2}$/.test(country) ? { country } : {}),
          ...(categories.length ? { themes: categories } : {}),
        },
      };
    }),
  };
}
