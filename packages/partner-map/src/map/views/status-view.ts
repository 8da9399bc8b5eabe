import { formatNumber } from '@devisus/core';
import { html, nothing } from 'lit';
import type { ReadNotes } from '../../read/features.js';
import type { MapState } from '../map-state.js';
import type { MapViewContext } from './view-context.js';

/**
 * The status line: how many places are shown, how many of them only in the list (no known
 * location) or only approximately placed, and what reading the data changed (ids given twice).
 */
export function renderStatus(context: MapViewContext, state: MapState, notes: ReadNotes) {
  const { language } = context;
  const shown = state.shown.length;
  const part = (key: 'unlocated' | 'approximate' | 'repeatedIds', count: number) =>
    count
      ? html` <span class=${key}>${context.t(key, { count, number: formatNumber(language, count) })}</span>`
      : nothing;
  return html`<p class="count" role="status">
    ${context.t('count', { count: shown, number: formatNumber(language, shown) })}${part('unlocated', shown - state.located.length)}${part(
      'approximate',
      state.approximate,
    )}${part('repeatedIds', notes.repeatedIds)}
  </p>`;
}
