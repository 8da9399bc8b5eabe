import { css } from 'lit';

/** Results: the radar chart, the table of scores with the network's bands, sharing, highlights. */
export const resultsStyles = css`
  .overall {
    font-size: 1.2em;
    font-weight: 600;
  }
  .chart {
    margin: 0;
    max-width: 36rem;
  }
  .chart svg {
    width: 100%;
    height: auto;
    overflow: visible;
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
    font-size: 11px;
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
    font-size: 0.9em;
    color: var(--_muted);
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
    padding-bottom: 0.5em;
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
    font-size: 0.85em;
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
  .highlights {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--_space);
  }
  .highlights h4 {
    margin: 0;
  }
  .figure {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
`;
