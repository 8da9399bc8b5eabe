/** Where one axis's label goes: its lines, the x they start from and the y of the first one. */
export interface PlacedLabel {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The radar laid out for a width, in CSS px: drawn at that size, never scaled. */
export interface RadarLayout {
  width: number;
  /** The drawing's top and height (the centre is at 0, 0 horizontally shifted by `width / 2`). */
  top: number;
  height: number;
  centre: number;
  radius: number;
  labels: PlacedLabel[];
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** How wide a text is at the labels' font, in px. */
export type Measure = (text: string) => number;

const MIN_RADIUS = 48;
const MAX_RADIUS = 170;
const MAX_LINES = 3;

/**
 * Lays the radar out for `width` px: the largest radius at which every label fits whole, wrapped
 * onto at most three lines, inside the drawing and clear of the others. A label sits beyond its
 * axis's end and leans away from the centre: to the right of an axis pointing right, above one
 * pointing up. The height follows from what the labels need, so a narrow chart grows taller
 * instead of shrinking its text.
 */
export function layoutRadar(labels: string[], width: number, fontSize: number, measure: Measure): RadarLayout {
  const lineHeight = fontSize * 1.25;
  // Room between an axis's end and its label, enough for the scale's figure on the upright axis.
  const gap = fontSize * 0.8;
  // A label never wider than about twelve words' worth, so that a wide screen keeps it compact.
  const widest = fontSize * 14;
  const centre = width / 2;
  let best: { radius: number; labels: PlacedLabel[]; boxes: Box[] } | undefined;
  for (let radius = Math.min(MAX_RADIUS, width / 2 - gap); radius >= MIN_RADIUS; radius -= 4) {
    const placed = placeAll(labels, radius, { width, gap, widest, lineHeight, measure, maxLines: MAX_LINES });
    if (placed && !overlapping(placed.boxes, gap / 2)) {
      best = { radius, ...placed };
      break;
    }
  }
  // Nothing fits in three lines: the smallest radius, with as many lines as each label needs.
  best ??= {
    radius: MIN_RADIUS,
    ...placeAll(labels, MIN_RADIUS, { width, gap, widest, lineHeight, measure, maxLines: Infinity })!,
  };
  const top = Math.min(-best.radius, ...best.boxes.map((box) => box.top)) - gap;
  const bottom = Math.max(best.radius, ...best.boxes.map((box) => box.bottom)) + gap;
  return { width, top, height: bottom - top, centre, radius: best.radius, labels: best.labels };
}

interface Room {
  width: number;
  gap: number;
  widest: number;
  lineHeight: number;
  measure: Measure;
  maxLines: number;
}

function placeAll(labels: string[], radius: number, room: Room): { labels: PlacedLabel[]; boxes: Box[] } | undefined {
  const placed: PlacedLabel[] = [];
  const boxes: Box[] = [];
  for (const [index, label] of labels.entries()) {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / labels.length;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const x = room.width / 2 + (radius + room.gap) * cos;
    const y = (radius + room.gap) * sin;
    // The block's left edge is at x - w(1 - cos)/2: the widest block that keeps both edges in.
    const margin = 2;
    const fromLeft = 1 - cos > 1e-6 ? ((x - margin) * 2) / (1 - cos) : Infinity;
    const fromRight = 1 + cos > 1e-6 ? ((room.width - margin - x) * 2) / (1 + cos) : Infinity;
    const available = Math.min(fromLeft, fromRight, room.widest);
    const lines = wrap(label, available, room.measure, room.maxLines === Infinity);
    if (!lines || lines.length > room.maxLines) return undefined;
    const blockWidth = Math.max(...lines.map(room.measure));
    const blockHeight = lines.length * room.lineHeight;
    const left = x - (blockWidth * (1 - cos)) / 2;
    const top = y - (blockHeight * (1 - sin)) / 2;
    const anchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
    placed.push({
      lines,
      anchor,
      x: anchor === 'start' ? left : anchor === 'end' ? left + blockWidth : left + blockWidth / 2,
      // The first line's middle.
      y: top + room.lineHeight / 2,
    });
    boxes.push({ left, right: left + blockWidth, top, bottom: top + blockHeight });
  }
  return { labels: placed, boxes };
}

/**
 * The words of `text` on lines no wider than `width`; undefined when a word alone is wider, unless
 * `breakWords`, when such a word is cut between letters (never shortened).
 */
export function wrap(text: string, width: number, measure: Measure, breakWords = false): string[] | undefined {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (measure(word) <= width) {
      line = word;
      continue;
    }
    if (!breakWords) return undefined;
    line = '';
    for (const letter of word) {
      if (line && measure(line + letter) > width) {
        lines.push(line);
        line = '';
      }
      line += letter;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function overlapping(boxes: Box[], gap: number): boolean {
  return boxes.some((a, i) =>
    boxes
      .slice(i + 1)
      .some(
        (b) => a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap,
      ),
  );
}
