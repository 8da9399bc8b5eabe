import type { CoreKey } from '@devisus/core';
import type { PartnerMapKey } from '../../translations.js';
import { formatDate, type LocalizedText } from '@devisus/core';
import type { Place } from '../../data/places.js';

/** What the element hands its views: the reader's language, translations, the chosen place and how to choose one. */
export interface MapViewContext {
  language: string;
  /** The id of the chosen place. */
  selected: string | undefined;
  /** How many units of the map's drawing space make one CSS pixel on screen now. */
  pixel: number;
  t(key: PartnerMapKey | CoreKey, options?: Record<string, unknown>): string;
  localize(text: LocalizedText | undefined): string;
  /** A kind of place in the reader's language (a kind the locale does not know is shown as given). */
  kindLabel(kind: string): string;
  select(place: Place): void;
}

/** A date of the data (`2022-09` or `2022-09-15`) as the reader writes it: a month alone stays a month. */
export function placeDate(language: string, date: string): string {
  const options: Intl.DateTimeFormatOptions = /^\d{4}-\d{2}$/.test(date)
    ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
    : { dateStyle: 'long', timeZone: 'UTC' };
  return formatDate(language, date, options);
}

/** Enter and Space act on an SVG mark as on a button (the SVG has no real buttons). */
export function onActivate(action: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };
}
