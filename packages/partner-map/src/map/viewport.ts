import { HEIGHT, WIDTH } from './projection.js';

/** How the drawing space sits in the element: screen = drawing × k + (x, y). */
export interface Viewport {
  k: number;
  x: number;
  y: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 256;

export const identity: Viewport = { k: 1, x: 0, y: 0 };

/** Zooms by `factor` keeping the screen point `at` still, e.g. under the mouse or pinch. */
export function zoomAt(view: Viewport, factor: number, at: [number, number]): Viewport {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
  const ratio = k / view.k;
  return clamp({ k, x: at[0] - (at[0] - view.x) * ratio, y: at[1] - (at[1] - view.y) * ratio });
}

export function panBy(view: Viewport, dx: number, dy: number): Viewport {
  return clamp({ ...view, x: view.x + dx, y: view.y + dy });
}

/** Keeps at least part of the map in sight. */
export function clamp(view: Viewport): Viewport {
  const margin = 0.8;
  return {
    k: view.k,
    x: Math.min(WIDTH * margin, Math.max(WIDTH * (1 - margin) - WIDTH * view.k, view.x)),
    y: Math.min(HEIGHT * margin, Math.max(HEIGHT * (1 - margin) - HEIGHT * view.k, view.y)),
  };
}

/** The view that shows the drawing-space box [x0, y0, x1, y1] with some air around it. */
export function fitBox([x0, y0, x1, y1]: [number, number, number, number], maxZoom = 12): Viewport {
  const padding = 60;
  const k = Math.min(
    maxZoom,
    Math.max(
      MIN_ZOOM,
      Math.min((WIDTH - 2 * padding) / Math.max(x1 - x0, 1), (HEIGHT - 2 * padding) / Math.max(y1 - y0, 1)),
    ),
  );
  return clamp({ k, x: WIDTH / 2 - ((x0 + x1) / 2) * k, y: HEIGHT / 2 - ((y0 + y1) / 2) * k });
}
