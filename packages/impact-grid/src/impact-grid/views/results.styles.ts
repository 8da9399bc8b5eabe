import { css } from 'lit';

/** Results: the radar chart, the table of scores with the network's bands, sharing, highlights. */
export const resultsStyles = css`
  /* The heading first, then the overall figure a step below it, then the notes. */
  .results > h3 {
    margin: 0;
    font-size: var(--_text-xl);
  }
  .results > p {
    margin: 0;
  }
  .results {
    display: grid;
    gap: var(--_space-s);
  }
  .overall {
    font-size: var(--_text-l);
    font-weight: 600;
  }
  /* The chart beside the table where there is room for both, one above the other on a phone. */
  .chart-and-table {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-l);
    align-items: start;
    margin-block: var(--_space-xs);
  }
  @container (min-width: 44rem) {
    .chart-and-table {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .chart {
    margin: 0;
    min-width: 0;
  }
  /* Drawn at the size it is shown (radar-chart.ts); max-width only until the first measure. */
  .chart svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .chart .ring {
    fill: none;
    stroke: var(--_border);
    stroke-width: 0.75;
  }
  .chart .axis {
    stroke: var(--_border);
    stroke-width: 0.75;
  }
  .chart .label {
    fill: var(--_text);
  }
  /* The scale's figures stay legible over the rings: a halo of the surface behind them. */
  .chart .tick {
    fill: var(--_muted);
    stroke: var(--_surface);
    stroke-width: 4px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .chart .series.current {
    fill: color-mix(in srgb, var(--_primary) 25%, transparent);
    stroke: var(--_primary);
    stroke-width: 2;
  }
  .chart .series.earlier {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 2;
    stroke-dasharray: 5 4;
  }
  /* The network: its median as a dotted outline, the middle half of its scores as a light band. */
  .chart .band {
    fill: color-mix(in srgb, var(--_muted) 22%, transparent);
  }
  .chart .series.network {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 2 3;
  }
  .chart .dot.network {
    fill: var(--_text);
  }
  .chart .dot.current {
    fill: var(--_primary);
  }
  .chart .dot.earlier {
    fill: var(--_muted);
  }
  .chart figcaption {
    margin-top: var(--_space-xs);
    font-size: var(--_text-s);
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2xs) var(--_space);
    margin: 0 0 var(--_space-xs);
    padding: 0;
    list-style: none;
    color: var(--_text);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  .legend .swatch {
    width: 1.5em;
    height: 0.75em;
    flex: none;
  }
  .legend .series.current {
    fill: none;
  }
  /* A narrow screen scrolls the table, not the page; the region is focusable so keys scroll it too. */
  .scores {
    border-collapse: collapse;
    width: 100%;
    max-width: 40rem;
  }
  .scores caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: var(--_space-xs);
  }
  .scores th,
  .scores td {
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  /* A figure stays whole; on a narrow screen it may go below its bar. */
  .scores .figure {
    white-space: nowrap;
  }
  .scores .bar {
    display: inline-block;
    /* Narrower on a phone, so that the dimension names keep room beside it. */
    width: min(8rem, 25cqi);
    vertical-align: middle;
    margin-inline-end: 0.5em;
  }
  /* The network's middle half (first to third quartile) as a band on the same 0-100 scale. */
  .bar.network > .band {
    background: color-mix(in srgb, var(--_primary) 45%, transparent);
  }
  .quartiles {
    display: block;
    font-size: var(--_text-s);
  }
  .share {
    margin-top: var(--_space);
  }
  .share h4 {
    margin: 0;
  }
  .consent {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    margin-block: 0.5em;
  }
  .share-status.problem {
    font-weight: 600;
  }
  /* Strengths and areas to work on: two short lists side by side where there is room. */
  .highlights {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space);
    margin-top: var(--_space-xs);
  }
  .highlights section {
    padding: var(--_space-s) var(--_space);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .highlights .to-work-on {
    border-inline-start-color: var(--_muted);
  }
  .highlights h4 {
    margin: 0 0 var(--_space-xs);
    font-size: var(--_text-l);
  }
  .highlights p,
  .highlights ul {
    margin: 0;
  }
  .highlights ul {
    display: grid;
    gap: var(--_space-s);
    padding: 0;
    list-style: none;
  }
  /* The criterion and its score on one line, its bar under them, then the dimension it is in. */
  .highlights li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_space-2xs) var(--_space-xs);
    align-items: baseline;
  }
  .highlights .bar {
    grid-column: 1 / -1;
  }
  .highlights .in {
    grid-column: 1 / -1;
    font-size: var(--_text-s);
    color: var(--_muted);
  }
  .figure {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
`;
