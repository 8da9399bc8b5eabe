import { svg } from 'lit';

export interface Bar {
  label: string;
  /** From 0 to 1: the bar's length as a share of the full width. */
  share: number;
  /** What is written at the end of the bar, e.g. "42 % (5)". */
  figure: string;
}

const WIDTH = 640;
const LABEL = 220;
const TRACK = 330;
const ROW = 28;
const BAR = 16;

/**
 * Horizontal bars, one per answer, drawn as SVG. The chart is for sighted readers: the table that
 * follows it gives the same figures to everyone, so the SVG is one image labelled by that table's
 * caption (`labelledBy`), and its own texts are not read out twice.
 */
export function barChart(bars: readonly Bar[], labelledBy: string) {
  const height = bars.length * ROW + 4;
  return svg`<svg class="bars" part="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby=${labelledBy}>
    ${bars.map((bar, index) => {
      const y = index * ROW + 2;
      const length = Math.max(0, Math.min(1, bar.share)) * TRACK;
      return svg`<text class="label" x=${LABEL - 8} y=${y + ROW / 2} text-anchor="end" dominant-baseline="middle">${shorten(bar.label)}</text>
        <rect class="track" x=${LABEL} y=${y + (ROW - BAR) / 2} width=${TRACK} height=${BAR} rx="3"></rect>
        <rect class="bar" x=${LABEL} y=${y + (ROW - BAR) / 2} width=${length} height=${BAR} rx="3"></rect>
        <text class="figure" x=${LABEL + TRACK + 8} y=${y + ROW / 2} dominant-baseline="middle">${bar.figure}</text>`;
    })}
  </svg>`;
}

function shorten(label: string): string {
  return label.length > 30 ? `${label.slice(0, 29)}…` : label;
}
