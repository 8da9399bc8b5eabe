import { geoAzimuthalEqualArea, geoMercator, type GeoProjection } from 'd3-geo';
import { EUROPE_WINDOW } from '../basemap/europe-window.js';

/** The map's drawing space: everything is projected once into this box, then zoomed as a whole. */
export const WIDTH = 1000;
export const HEIGHT = 760;

// The window's corners and edge midpoints, which the projection is fitted to (a MultiPoint has no winding to get wrong).
const { west, east, south, north } = EUROPE_WINDOW;
const frame = {
  type: 'MultiPoint' as const,
  coordinates: [
    [west + 10, south + 8],
    [east - 4, south + 8],
    [east - 4, north - 1],
    [west + 10, north - 1],
    [(west + east) / 2, north - 1],
    [(west + east) / 2, south + 8],
  ],
};

/**
 * An equal-area projection centred on Europe (as ETRS89-LAEA, centre 10°E 52°N), so that areas
 * compare fairly; or Web Mercator when raster tiles are shown, since tiles are drawn in it.
 */
export function makeProjection(kind: 'equal-area' | 'mercator'): GeoProjection {
  const projection = kind === 'mercator' ? geoMercator() : geoAzimuthalEqualArea().rotate([-10, -52]);
  return projection.fitSize([WIDTH, HEIGHT], frame);
}
