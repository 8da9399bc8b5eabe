import { foreignLanguage, type LocalizedText } from '@devisus/core';
import { nothing, svg } from 'lit';
import type { Place } from '../../data/places.js';
import type { Mark } from '../clusters.js';
import type { Point } from '../gesture-controller.js';
import { WIDTH } from '../projection.js';
import { isApproximate } from '../shown-places.js';
import type { MapViewContext } from './view-context.js';

/** A label's words and the screen point of the mark it belongs to. */
interface Label {
  words: string;
  /** The words' language, when they are data in another language than the reader's. */
  lang?: string;
  at: Point;
}

/** Where a label may go around its mark, in order: right, left, below, above. */
type Side = 'end' | 'start' | 'below' | 'above';
const SIDES: Side[] = ['end', 'start', 'below', 'above'];

/** Half a mark's target, and a label's height and widest letter (12 px semi-bold), in CSS pixels. */
const MARK = 12;
const HEIGHT = 20;
const LETTER = 8;

/**
 * Words beside the marks: a meeting's city, and "approximate location" beside a place known only by
 * its region or country. For the eye only (aria-hidden): each mark's name already says them.
 * A label goes right of its mark, else left, below or above, wherever it covers no mark and no
 * earlier label; where none is free it is left out (the mark keeps its dashed ring and its name),
 * so that a phone's map stays readable; zooming in brings it back.
 */
export function renderLabels(
  context: MapViewContext,
  marks: readonly Mark[],
  stops: readonly Place[],
  stopPoints: readonly Point[],
  screen: (point: Point) => Point,
) {
  const labels: Label[] = [];
  for (const mark of marks) {
    const words = mark.place && wordsFor(context, mark.place);
    if (words) labels.push({ ...words, at: screen([mark.x, mark.y]) });
  }
  stops.forEach((place, index) => {
    if (place.properties.city)
      labels.push({ ...cityWords(context, place.properties.city), at: screen(stopPoints[index]) });
  });
  const unit = context.pixel;
  // Everything in drawing units: the marks' targets first, then each label that fits.
  const taken = [...marks.map((mark) => screen([mark.x, mark.y])), ...stopPoints.map(screen)].map(([x, y]) =>
    box(x - MARK * unit, y - MARK * unit, 2 * MARK * unit, 2 * MARK * unit),
  );
  const shown: (Label & { side: Side })[] = [];
  for (const label of labels) {
    const [x, y] = label.at;
    const width = label.words.length * LETTER * unit;
    const areas: Record<Side, Box> = {
      end: box(x + (MARK + 2) * unit, y - (HEIGHT / 2) * unit, width, HEIGHT * unit),
      start: box(x - (MARK + 2) * unit - width, y - (HEIGHT / 2) * unit, width, HEIGHT * unit),
      below: box(x - width / 2, y + MARK * unit, width, HEIGHT * unit),
      above: box(x - width / 2, y - (MARK + HEIGHT) * unit, width, HEIGHT * unit),
    };
    // Within the map's width (a label cut by the edge says nothing), clear of marks and labels.
    const side = SIDES.find(
      (candidate) =>
        areas[candidate][0] >= 0 &&
        areas[candidate][2] <= WIDTH &&
        !taken.some((other) => overlaps(areas[candidate], other)),
    );
    if (!side) continue;
    taken.push(areas[side]);
    shown.push({ ...label, side });
  }
  return shown.map(({ words, lang, at: [x, y], side }) => {
    const [dx, dy, anchor] = PLACEMENT[side];
    return svg`<text class="label" transform="translate(${x} ${y}) scale(${unit})" x=${dx} y=${dy} dy="0.35em"
      text-anchor=${anchor} lang=${lang ?? nothing} aria-hidden="true">${words}</text>`;
  });
}

/** Each side's offset from the mark (CSS px) and text anchor. */
const PLACEMENT: Record<Side, [number, number, string]> = {
  end: [MARK + 3, 0, 'start'],
  start: [-(MARK + 3), 0, 'end'],
  below: [0, MARK + HEIGHT / 2, 'middle'],
  above: [0, -(MARK + HEIGHT / 2), 'middle'],
};

function wordsFor(context: MapViewContext, place: Place): Pick<Label, 'words' | 'lang'> | undefined {
  if (isApproximate(place)) return { words: context.t('precision.approximate') };
  const { kind, city } = place.properties;
  return kind === 'meeting' && city ? cityWords(context, city) : undefined;
}

function cityWords(context: MapViewContext, city: LocalizedText): Pick<Label, 'words' | 'lang'> {
  return { words: context.localize(city), lang: foreignLanguage(city, context.language) };
}

type Box = [number, number, number, number];

function box(x: number, y: number, width: number, height: number): Box {
  return [x, y, x + width, y + height];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
