import { foreignLanguage, formatNumber } from '@devisus/core';
import { html, nothing, svg } from 'lit';
import type { Place } from '../../data/places.js';
import type { Mark } from '../clusters.js';
import type { Point } from '../gesture-controller.js';
import { isApproximate } from '../shown-places.js';
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
  // Marks are sized in CSS pixels whatever the map's width: `pixel` drawing units make one.
  const transform = `translate(${sx} ${sy}) scale(${context.pixel})`;
  if (mark.place) {
    const chosen = mark.place;
    const index = kindIndex(kinds, chosen.properties.kind);
    const approximate = isApproximate(chosen);
    // The name is data, in its own language (marked when it is not the reader's, WCAG 3.1.2); the
    // kind and "approximate location" are the interface's words, so they come as the description,
    // from texts in the reader's language (renderMarkDescriptions).
    const name = chosen.properties.name;
    const described = [`mark-kind-${kinds.indexOf(chosen.properties.kind)}`, approximate ? 'mark-approximate' : '']
      .filter(Boolean)
      .join(' ');
    const choose = () => context.select(chosen);
    return svg`<g part="marker" class="marker kind-${index % 5} ${chosen.id === context.selected ? 'selected' : ''}"
        transform=${transform} tabindex="0" role="button" aria-label=${context.localize(name)}
        lang=${foreignLanguage(name, context.language) ?? nothing} aria-describedby=${described} data-id=${chosen.id}
        @click=${choose} @keydown=${onActivate(choose)}>
      <circle class="target" r="12"></circle>
      ${approximate ? svg`<circle class="area" r="16"></circle>` : nothing}
      ${symbol(index, 7)}
    </g>`;
  }
  const radius = Math.min(26, 12 + Math.log2(mark.count) * 2.5);
  const zoomIn = () => open(mark);
  return svg`<g part="cluster" class="cluster" transform=${transform} tabindex="0" role="button"
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
  return svg`<g part="marker" class="stop ${place.id === context.selected ? 'selected' : ''}" transform="translate(${sx} ${sy}) scale(${context.pixel})"
      data-id=${place.id}
      tabindex="0" role="button" aria-label=${context.t('map.stop', { number, name })}
      @click=${choose} @keydown=${onActivate(choose)}>
    <circle r="12"></circle><text dy="0.35em">${number}</text>
  </g>`;
}

/** The texts that describe each place's mark (its kind, "approximate location"), hidden from sight. */
export function renderMarkDescriptions(context: MapViewContext, kinds: readonly string[]) {
  return html`<div hidden>
    ${kinds.map((kind, index) => html`<span id="mark-kind-${index}">${context.kindLabel(kind)}</span>`)}
    <span id="mark-approximate">${context.t('precision.approximate')}</span>
  </div>`;
}
