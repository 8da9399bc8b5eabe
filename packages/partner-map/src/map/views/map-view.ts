import { html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Place } from '../../data/places.js';
import type { Mark } from '../clusters.js';
import type { GestureController, Point } from '../gesture-controller.js';
import { HEIGHT, WIDTH } from '../projection.js';
import type { Tile } from '../tiles.js';
import { renderZoomControls } from './controls-view.js';
import { renderLabels } from './labels-view.js';
import { renderMark, renderMarkDescriptions, renderStop } from './marks-view.js';
import type { MapViewContext } from './view-context.js';

/** Everything the map draws, worked out by the element before it renders. */
export interface MapScene {
  /** The countries' outlines, in the drawing space (empty until the base map has loaded). */
  paths: string[];
  /** Whether the page gave a tile server, and the raster tiles in view, drawn under the countries. */
  tiled: boolean;
  tiles: Tile[];
  attribution: string | undefined;
  kinds: string[];
  /** The places and groups of places in view. */
  marks: Mark[];
  /** The route's stops and their points in the drawing space, in the same order. */
  stops: Place[];
  stopPoints: Point[];
}

/** What the map's controls show and do beyond moving it. */
export interface MapControls {
  openCluster(mark: Mark): void;
  toggleFullscreen(): void;
  fullscreen: boolean;
  /** Whether to say that two fingers move the map. */
  touchHint: boolean;
}

/** The map: a focusable region the reader moves with `gestures`, the places on it, and the zoom buttons. */
export function renderMap(
  context: MapViewContext,
  scene: MapScene,
  gestures: GestureController,
  controls: MapControls,
) {
  const { k, x, y } = gestures.viewport;
  const screen = ([px, py]: Point): Point => [px * k + x, py * k + y];
  return html`<div
    part="map"
    class="map"
    role="region"
    aria-label=${context.t('map.label')}
    aria-describedby="map-help"
    tabindex="0"
  >
    <p id="map-help" class="visually-hidden">${context.t('map.instructions')}</p>
    ${renderMarkDescriptions(context, scene.kinds)}
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" class="canvas ${scene.tiled ? 'tiled' : ''}">
      <!-- Wider than the drawing: a taller map (phones, full screen) shows sea, not a gap, beyond it. -->
      <rect class="sea" x=${-WIDTH} y=${-HEIGHT} width=${WIDTH * 3} height=${HEIGHT * 3}></rect>
      <g transform="translate(${x} ${y}) scale(${k})">
        ${scene.tiles.map(
          (tile) =>
            svg`<image href=${tile.href} x=${tile.x} y=${tile.y} width=${tile.size} height=${tile.size} preserveAspectRatio="none"></image>`,
        )}
        <g class="land" aria-hidden="true">${scene.paths.map((path) => svg`<path d=${path}></path>`)}</g>
        ${
          scene.stopPoints.length > 1
            ? svg`<polyline class="route" points=${scene.stopPoints.map((point) => point.join(',')).join(' ')}></polyline>`
            : nothing
        }
      </g>
      ${repeat(
        scene.marks,
        (mark) => mark.key,
        (mark) => renderMark(context, mark, scene.kinds, screen([mark.x, mark.y]), controls.openCluster),
      )}
      ${scene.stops.map((place, index) => renderStop(context, place, index + 1, screen(scene.stopPoints[index])))}
      ${renderLabels(context, scene.marks, scene.stops, scene.stopPoints, screen)}
    </svg>
    ${renderZoomControls(context, gestures, controls)}
    ${controls.touchHint ? html`<p class="hint" part="hint">${context.t('map.twoFingers')}</p>` : nothing}
    ${
      scene.attribution
        ? html`<p class="attribution">${context.t('map.attribution', { source: scene.attribution })}</p>`
        : nothing
    }
  </div>`;
}
