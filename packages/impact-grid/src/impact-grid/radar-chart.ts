import { svg, nothing } from 'lit';
import type { ChartRoom } from './chart-size.js';
import { layoutRadar, type Measure } from './radar-layout.js';

export interface RadarSeries {
  /** One value per axis, 0-100, or null where nothing was assessed. */
  values: (number | null)[];
  className: string;
}

/** The middle half of the network's scores on each axis (first to third quartile), null where unknown. */
export interface RadarBand {
  q1: (number | null)[];
  q3: (number | null)[];
}

/** The figures of the scale, drawn as rings and written up the first axis. */
const SCALE = [0, 25, 50, 75, 100];

let canvas: CanvasRenderingContext2D | null | undefined;

/** How wide a text is in the labels' font, measured on a canvas (else a generous estimate). */
function measurer({ fontSize, fontFamily }: ChartRoom): Measure {
  canvas ??= document.createElement('canvas').getContext('2d');
  const context = canvas;
  if (!context) return (text) => text.length * fontSize * 0.62;
  const font = `${fontSize}px ${fontFamily}`;
  return (text) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

/**
 * A radar chart of scores by dimension, drawn as SVG at the size it is shown (one unit is one CSS
 * px), so its labels keep the text's size on a phone: the chart is laid out again for each width.
 * It is decoration for sighted readers: the table beside it carries the same figures for everyone,
 * so the chart is labelled as an image that points to it.
 */
export function radarChart(
  labels: string[],
  series: RadarSeries[],
  options: { describedBy: string; band?: RadarBand; room: ChartRoom; figure: (value: number) => string },
) {
  const { room } = options;
  const layout = layoutRadar(labels, room.width, room.fontSize, measurer(room));
  const { centre, radius } = layout;
  const count = labels.length;
  const point = (index: number, value: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    const distance = (radius * value) / 100;
    return [centre + distance * Math.cos(angle), distance * Math.sin(angle)];
  };
  const outline = (values: (number | null)[]) =>
    values.map((value, index) => point(index, value ?? 0).join(',')).join(' ');
  const lineHeight = room.fontSize * 1.25;
  // The rings' figures, as many as fit one above the other: every 25 on a roomy chart, else every 50.
  const step = (radius * 25) / 100 >= lineHeight ? 25 : (radius * 50) / 100 >= lineHeight ? 50 : 100;
  const ticks = SCALE.filter((value) => value % step === 0);
  return svg`<svg viewBox="0 ${layout.top} ${layout.width} ${layout.height}" width=${layout.width}
    height=${layout.height} role="img" aria-labelledby=${options.describedBy} part="chart-svg"
    font-size=${room.fontSize}>
    ${SCALE.slice(1).map(
      (ring) =>
        svg`<polygon class="ring" points=${labels.map((_, index) => point(index, ring).join(',')).join(' ')}></polygon>`,
    )}
    ${labels.map((_, index) => {
      const [x, y] = point(index, 100);
      return svg`<line class="axis" x1=${centre} y1="0" x2=${x} y2=${y}></line>`;
    })}
    ${
      // The band: the third quartile's outline with the first's cut out of it (even-odd filling).
      options.band
        ? svg`<path class="band" fill-rule="evenodd" d="M${outline(options.band.q3)}Z M${outline(options.band.q1)}Z"></path>`
        : nothing
    }
    ${series.map(
      ({ values, className }) => svg`<polygon class="series ${className}" points=${outline(values)}></polygon>
        ${values.map((value, index) => {
          if (value === null) return nothing;
          const [x, y] = point(index, value);
          return svg`<circle class="dot ${className}" cx=${x} cy=${y} r="3.5"></circle>`;
        })}`,
    )}
    ${ticks.map(
      (value) =>
        svg`<text class="tick" x=${centre} y=${-(radius * value) / 100} text-anchor="middle" dominant-baseline="middle">${options.figure(value)}</text>`,
    )}
    ${layout.labels.map(
      // No white space between the tags: it would be drawn as a space before the first line.
      (label) =>
        svg`<text class="label" x=${label.x} y=${label.y} text-anchor=${label.anchor} dominant-baseline="middle">${label.lines.map(
          (line, index) => svg`<tspan x=${label.x} dy=${index === 0 ? 0 : lineHeight}>${line}</tspan>`,
        )}</text>`,
    )}
  </svg>`;
}
