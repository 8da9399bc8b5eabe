import type { GeoProjection } from 'd3-geo';
import { HEIGHT, WIDTH } from './projection.js';
import type { Viewport } from './viewport.js';

const TILE = 256;

export interface Tile {
  href: string;
  x: number;
  y: number;
  size: number;
}

/**
 * The XYZ tiles that cover the view, placed in the drawing space of a Web Mercator projection
 * (the only one raster tiles come in). Built from the site owner's URL template only.
 */
export function tilesFor(template: string, projection: GeoProjection, view: Viewport): Tile[] {
  const scale = projection.scale();
  const [tx, ty] = projection.translate();
  const z = Math.max(0, Math.min(19, Math.round(Math.log2((2 * Math.PI * scale * view.k) / TILE))));
  const count = 2 ** z;
  const size = (2 * Math.PI * scale) / count; // one tile, in drawing units
  // Drawing units of the view's corners, then tile indices.
  const left = -view.x / view.k;
  const top = -view.y / view.k;
  const right = (WIDTH - view.x) / view.k;
  const bottom = (HEIGHT - view.y) / view.k;
  const column = (x: number) => Math.floor((x - tx + Math.PI * scale) / size);
  const row = (y: number) => Math.floor((y - ty + Math.PI * scale) / size);
  const tiles: Tile[] = [];
  for (let x = Math.max(0, column(left)); x <= Math.min(count - 1, column(right)); x++) {
    for (let y = Math.max(0, row(top)); y <= Math.min(count - 1, row(bottom)); y++) {
      tiles.push({
        href: template
          .replace('{z}', String(z))
          .replace('{x}', String(x))
          .replace('{y}', String(y))
          .replace('{s}', 'a'),
        x: x * size + tx - Math.PI * scale,
        y: y * size + ty - Math.PI * scale,
        size,
      });
    }
  }
  return tiles;
}
