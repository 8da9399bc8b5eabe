import { formatNumber } from '@devisus/core';
import { svg } from 'lit';
import type { Place } from '../../data/places.js';
import type { Mark } from '../clusters.js';
import type { Point } from '../gesture-controller.js';
import { kindIndex, symbol } from '../symbols.js';
import { onActivate, type MapViewContext } from './view-context.js';

/**
 * One mark at the screen point `at`: a place (its kind's symbol, chosen with a click, Enter or
 * Space) or a group of places (its count, opened by `open`).
 */
export function renderMark(
  context: MapViewContext,
  mark: Mark,
  kinds: string[],
  at: Point,
  open: (mark: Mark) => void,
) {
  const [sx, sy] = at;
  if (mark.place) {
    const place = mark.place;
    const index = kindIndex(kinds, place.properties.kind);
    const label = `${context.localize(place.properties.name)} (${context.kindLabel(place.properties.kind)})`;
    const choose = () => context.select(place);
    return svg`<g part="marker" class="marker kind-${index % 5} ${place.id === context.selected ? 'selected' : ''}"
        transform="translate(${sx} ${sy})" tabindex="0" role="button" aria-label=${label}
        @click=${choose} @keydown=${onActivate(choose)}>
      ${symbol(index, 7)}
    </g>`;
  }
  const radius = Math.min(26, 12 + Math.log2(mark.count) * 2.5);
  const zoomIn = () => open(mark);
  return svg`<g part="cluster" class="cluster" transform="translate(${sx} ${sy})" tabindex="0" role="button"
      aria-label=${context.t('map.cluster', { count: mark.count })}
      @click=${zoomIn} @keydown=${onActivate(zoomIn)}>
    <circle r=${radius}></circle><text dy="0.35em">${formatNumber(context.language, mark.count, { notation: 'compact' })}</text>
  </g>`;
}

/** A numbered stop of the route, at the screen point `at`. */
export function renderStop(context: MapViewContext, place: Place, number: number, at: Point) {
  const [sx, sy] = at;
  const name = context.localize(place.properties.name);
  const choose = () => context.select(place);
  return svg`<g part="marker" class="stop ${place.id === context.selected ? 'selected' : ''}" transform="translate(${sx} ${sy})"
      tabindex="0" role="button" aria-label=${context.t('map.stop', { number, name })}
      @click=${choose} @keydown=${onActivate(choose)}>
    <circle r="11"></circle><text dy="0.35em">${number}</text>
  </g>`;
}
