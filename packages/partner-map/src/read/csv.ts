import { ProblemError } from '@devisus/core';
import { parseCsv } from '@devisus/core/files';

/**
 * A spreadsheet saved as CSV, one place per row: the latitude and longitude columns are found by
 * their headings (`lat`, `Latitude`, `geo_Longitude`, `lng`…), or one column holding both
 * (`geo_point_2d`: "48.85, 2.35", as French open-data portals write it). The separator is
 * detected by the CSV reader; a decimal comma (`48,85` in a `;` file) is read as a point. The other
 * columns become the place's properties, read like a GeoJSON feature's.
 */
const LATITUDE = /^(lat|latitude|y)$|latitude/i;
const LONGITUDE = /^(lon|lng|long|longitude|x)$|longitude/i;
const BOTH = /^(geo_point_2d|geopoint|geo_point|coordinates|coordonnees|coordonnées|geolocalisation|géolocalisation)$/i;

export function fromCsv(text: string) {
  const [head, ...rows] = parseCsv(text);
  if (!head) return { features: [] };
  const headings = head.map((cell) => cell.trim());
  const find = (pattern: RegExp) => headings.findIndex((heading) => pattern.test(heading));
  // A heading that names both (`latitude_longitude`) is not one of the two.
  const lat = find(LATITUDE);
  const lon = find(LONGITUDE);
  const both = find(BOTH);
  if ((lat < 0 || lon < 0 || lat === lon) && both < 0)
    throw new ProblemError({ key: 'error.csvColumns', values: { columns: headings.join(', ') } });
  const features = rows.map((row) => {
    const properties = Object.fromEntries(headings.map((heading, index) => [heading, row[index] ?? '']));
    const [latitude, longitude] =
      lat >= 0 && lon >= 0 && lat !== lon ? [decimal(row[lat]), decimal(row[lon])] : pair(row[both]);
    return {
      type: 'Feature',
      geometry:
        latitude !== undefined && longitude !== undefined
          ? { type: 'Point', coordinates: [longitude, latitude] }
          : null,
      properties,
    };
  });
  return { features };
}

/** A number as a spreadsheet in any language writes it: `48.85`, `48,85`, ` 48.85 `. */
function decimal(cell: string | undefined): number | undefined {
  const text = cell?.trim().replace(',', '.');
  if (!text || !/^[-+]?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** "lat, lon" (or "lat;lon", "lat lon") in one cell. */
function pair(cell: string | undefined): [number | undefined, number | undefined] {
  const parts = cell?.trim().split(/\s*[,; ]\s*/) ?? [];
  return parts.length === 2 ? [decimal(parts[0]), decimal(parts[1])] : [undefined, undefined];
}
