import { css } from 'lit';

export const impactGridStyles = css`
  :host {
    container-type: inline-size;
  }
  .grid {
    display: grid;
    /* minmax(0, …): no table or chart can widen the element beyond its column. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    padding: var(--_space);
  }
  .title {
    margin: 0;
    font-size: 1.4em;
  }
  .description,
  .hint,
  .step,
  .completion,
  .range {
    color: var(--_muted);
  }
  .description,
  .hint {
    margin: 0.25em 0 0;
  }
  button,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button,
  .file {
    min-height: 44px;
    padding: 0.5em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  .file {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    position: relative;
  }
  .file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    cursor: pointer;
  }
  .file:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  textarea,
  input[type='number'] {
    width: 100%;
    max-width: 40rem;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  input[type='number'] {
    max-width: 12rem;
  }

  /* Progress overview: a list of dimensions that wraps on narrow screens. */
  .progress ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .progress button {
    display: grid;
    gap: 0.2em;
    min-width: 10rem;
    text-align: start;
    background: var(--_surface-alt);
  }
  .progress button[aria-current] {
    border: 2px solid var(--_primary);
    font-weight: 600;
  }
  .progress .count {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .meter,
  .bar {
    display: block;
    height: 0.4em;
    border-radius: 0.2em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .meter > span,
  .bar > span {
    display: block;
    height: 100%;
    background: var(--_primary);
  }

  .dimension h3 {
    margin: 0;
    font-size: 1.25em;
  }
  .step {
    margin: 0;
    font-size: 0.9em;
  }
  .criterion {
    margin-top: var(--_space);
    padding-top: calc(var(--_space) / 2);
    border-top: 1px solid var(--_border);
  }
  .criterion h4 {
    margin: 0;
    font-size: 1.05em;
  }
  .guidance summary,
  .comment summary {
    cursor: pointer;
    color: var(--_primary);
    min-height: 24px;
  }
  .indicator {
    margin: calc(var(--_space) * 0.75) 0 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .indicator legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .indicator.na legend {
    color: var(--_muted);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5em;
    align-items: start;
    flex: 1 1 10rem;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border: 2px solid var(--_primary);
  }
  .choice input {
    width: 1.2em;
    height: 1.2em;
    margin: 0.15em 0 0;
    accent-color: var(--_primary);
  }
  .level-description {
    grid-column: 2;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .number,
  .text {
    display: grid;
    gap: 0.25em;
    margin-top: 0.5em;
  }
  .extras {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    align-items: baseline;
    margin-top: 0.5em;
  }
  .check {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    min-height: 24px;
  }
  .comment {
    flex-basis: 100%;
  }
  .pager,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: var(--_space);
  }
  .status {
    margin: 0;
    min-height: 1.5em;
    color: var(--_muted);
  }
  .status.problem {
    color: var(--_danger);
  }
  .status p,
  .status ul {
    margin: 0;
  }

  /* Results */
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
  .table-scroll {
    overflow-x: auto;
  }
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

  /* Browse */
  .browse .indicators {
    padding-inline-start: 1.25em;
  }
  .browse .type {
    font-size: 0.85em;
    color: var(--_muted);
    margin-inline-start: 0.5em;
  }
  .browse .levels {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .sources {
    font-size: 0.9em;
    color: var(--_muted);
  }
  a {
    color: var(--_primary);
  }

  /* The printed report: results only, no controls, ink on paper. */
  @media print {
    :host,
    :host > * {
      color: #000;
      background: #fff;
    }
    .progress,
    .actions,
    .pager,
    .status,
    button,
    .file {
      display: none !important;
    }
    .indicator,
    .scores tr {
      break-inside: avoid;
    }
  }
`;
