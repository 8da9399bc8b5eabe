import { svg, nothing } from 'lit';

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

const SIZE = 320;
const CENTER = SIZE / 2;
const RADIUS = 110;

function point(index: number, count: number, value: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const distance = (RADIUS * value) / 100;
  return [CENTER + distance * Math.cos(angle), CENTER + distance * Math.sin(angle)];
}

/**
 * A radar chart of scores by dimension, drawn as SVG. It is decoration for sighted readers: the
 * table that follows it carries the same figures for everyone, so the chart is labelled as an
 * image that points to it.
 */
export function radarChart(labels: string[], series: RadarSeries[], describedBy: string, band?: RadarBand) {
  const count = labels.length;
  const rings = [25, 50, 75, 100];
  const outline = (values: (number | null)[]) =>
    values.map((value, index) => point(index, count, value ?? 0).join(',')).join(' ');
  return svg`<svg viewBox="-110 -10 ${SIZE + 220} ${SIZE + 20}" role="img" aria-labelledby=${describedBy} part="chart-svg">
    ${rings.map(
      (ring) =>
        svg`<polygon class="ring" points=${labels.map((_, index) => point(index, count, ring).join(',')).join(' ')}></polygon>`,
    )}
    ${labels.map((label, index) => {
      const [x, y] = point(index, count, 100);
      const [lx, ly] = point(index, count, 118);
      const anchor = Math.abs(lx - CENTER) < 4 ? 'middle' : lx > CENTER ? 'start' : 'end';
      return svg`<line class="axis" x1=${CENTER} y1=${CENTER} x2=${x} y2=${y}></line>
        <text class="label" x=${lx} y=${ly} text-anchor=${anchor} dominant-baseline="middle">${shorten(label)}</text>`;
    })}
    ${
      // The band: the third quartile's outline with the first's cut out of it (even-odd filling).
      band
        ? svg`<path class="band" fill-rule="evenodd" d="M${outline(band.q3)}Z M${outline(band.q1)}Z"></path>`
        : nothing
    }
    ${series.map(
      ({ values, className }) => svg`<polygon class="series ${className}" points=${outline(values)}></polygon>
        ${values.map((value, index) => {
          if (value === null) return nothing;
          const [x, y] = point(index, count, value);
          return svg`<circle class="dot ${className}" cx=${x} cy=${y} r="3.5"></circle>`;
        })}`,
    )}
  </svg>`;
}

function shorten(label: string): string {
  return label.length > 22 ? `${label.slice(0, 21)}…` : label;
}
