import { html, svg } from 'lit';

export interface Bar {
  label: string;
  /** From 0 to 1: the bar's length as a share of the full width. */
  share: number;
  /** What is written at the end of the bar, e.g. "42 % (5)". */
  figure: string;
}

/**
 * Horizontal bars, one per answer. Each label is HTML text that wraps, so a long answer is shown
 * whole at any width (and the bars go under their labels in a narrow column); only the bar itself is
 * drawn, as an SVG rectangle whose width is an attribute, so that no inline style is needed. The
 * chart is for sighted readers: the table that follows gives the same figures to everyone, so the
 * chart is one image labelled by that table's caption (`labelledBy`), and its texts are not read
 * out twice.
 */
export function barChart(bars: readonly Bar[], labelledBy: string) {
  return html`<div class="bars" part="chart" role="img" aria-labelledby=${labelledBy}>
    ${bars.map(
      (bar) =>
        html`<div class="bar-row">
          <span class="label">${bar.label}</span>
          <svg class="track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            ${svg`<rect class="bar" x="0" y="0" height="10" width=${Math.max(0, Math.min(1, bar.share)) * 100}></rect>`}
          </svg>
          <span class="figure">${bar.figure}</span>
        </div>`,
    )}
  </div>`;
}
