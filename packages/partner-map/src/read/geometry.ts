/**
 * Where to draw a feature: a Point as it is; a MultiPoint, a line or an area at its centre, so that
 * a building drawn as a Polygon or a place given as several points still has one mark. No usable
 * position gives none: the place is then listed only.
 */
type Position = [number, number];

export function placePosition(geometry: unknown): Position | undefined {
  if (!geometry || typeof geometry !== 'object') return undefined;
  const { type, coordinates, geometries } = geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  switch (type) {
    case 'Point':
      return position(coordinates);
    case 'MultiPoint':
    case 'LineString':
      return centre(positions(coordinates));
    case 'MultiLineString':
    case 'Polygon':
      // A Polygon's first ring is its outline: holes do not move the centre.
      return centre(
        positions(Array.isArray(coordinates) ? (type === 'Polygon' ? coordinates[0] : coordinates.flat()) : []),
      );
    case 'MultiPolygon':
      return centre(
        positions(
          Array.isArray(coordinates)
            ? coordinates.flatMap((polygon) => (Array.isArray(polygon) ? polygon[0] : []))
            : [],
        ),
      );
    case 'GeometryCollection':
      return Array.isArray(geometries)
        ? centre(geometries.map(placePosition).filter((p): p is Position => !!p))
        : undefined;
    default:
      return undefined;
  }
}

/** Longitude and latitude when they are real numbers on the globe. */
export function position(value: unknown): Position | undefined {
  if (!Array.isArray(value)) return undefined;
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat))
    return undefined;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return undefined;
  return [lon, lat];
}

function positions(value: unknown): Position[] {
  return Array.isArray(value) ? value.map(position).filter((p): p is Position => !!p) : [];
}

/** The middle of the box around `points`: for a place-sized shape, what a reader calls its centre. */
function centre(points: Position[]): Position | undefined {
  if (!points.length) return undefined;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [(west + east) / 2, (south + north) / 2];
}
