import { html } from 'lit';
import type { GestureController } from '../gesture-controller.js';
import type { MapViewContext } from './view-context.js';

export type MapView = 'map' | 'list';

/** The two buttons that switch between the map and the list, the shown one pressed. */
export function renderViewSwitch(context: MapViewContext, shown: MapView, show: (view: MapView) => void) {
  return html`<div class="view-switch" role="group" aria-label=${context.t('view.label')}>
    ${(['map', 'list'] as const).map(
      (view) =>
        html`<button type="button" aria-pressed=${shown === view ? 'true' : 'false'} @click=${() => show(view)}>
          ${context.t(`view.${view}`)}
        </button>`,
    )}
  </div>`;
}

/**
 * Zoom in, zoom out, show all and full screen: the map's moves for those who neither drag nor use
 * its keys, as icon buttons with names, grouped in a corner.
 */
export function renderZoomControls(
  context: MapViewContext,
  gestures: GestureController,
  screen: { fullscreen: boolean; toggleFullscreen(): void },
) {
  return html`<div class="controls">
    <button type="button" aria-label=${context.t('map.zoomIn')} @click=${() => gestures.zoomBy(2)}>
      <span aria-hidden="true">+</span>
    </button>
    <button type="button" aria-label=${context.t('map.zoomOut')} @click=${() => gestures.zoomBy(0.5)}>
      <span aria-hidden="true">−</span>
    </button>
    <button type="button" aria-label=${context.t('map.reset')} @click=${() => gestures.reset()}>
      <span aria-hidden="true">⌂</span>
    </button>
    <button
      type="button"
      aria-label=${context.t('map.fullscreen')}
      aria-pressed=${screen.fullscreen ? 'true' : 'false'}
      @click=${() => screen.toggleFullscreen()}
    >
      <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
        <path d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5"></path>
      </svg>
    </button>
  </div>`;
}
