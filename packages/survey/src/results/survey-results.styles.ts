import { css } from 'lit';

export const surveyResultsStyles = css`
  .title {
    margin: 0;
    font-size: 1.4em;
  }
  button,
  select {
    font: inherit;
    color: inherit;
  }
  button,
  select {
    min-height: 44px;
    padding: 0.4em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  button {
    cursor: pointer;
  }
  select {
    max-width: 100%;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
    justify-content: space-between;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .filter legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .filter select {
    max-width: min(24rem, 100%);
  }
  .export {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .no-match,
  .none {
    margin: 0;
    color: var(--_muted);
  }
  .question {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
    min-width: 0;
  }
  .question h3,
  .question h4 {
    margin: 0;
  }
  .question h3 {
    font-size: 1.15em;
  }
  .question h4 {
    font-size: 1em;
  }
  .base,
  .note,
  .more {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  /* Labels wrap rather than being cut: a long answer is shown whole, its bar beside it, or under it in a narrow column. */
  .bars {
    display: grid;
    grid-template-columns: minmax(0, 16rem) minmax(4rem, 1fr) auto;
    gap: 0.35em 0.75em;
    align-items: center;
    max-width: 48rem;
  }
  .bar-row {
    display: contents;
  }
  .bars .label {
    text-align: end;
    overflow-wrap: anywhere;
  }
  .bars .track {
    width: 100%;
    height: 1em;
    background: var(--_surface-alt);
  }
  .bars .bar {
    fill: var(--_primary);
  }
  @container (max-width: 30rem) {
    .bars {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .bars .label {
      grid-column: 1 / -1;
      text-align: start;
    }
  }
  table {
    width: 100%;
    max-width: 48rem;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .matrix {
    width: auto;
  }
  caption {
    text-align: start;
    padding-bottom: 0.25em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  th,
  td {
    padding: 0.3em 0.75em;
    border-bottom: 1px solid var(--_border);
    text-align: end;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    font-weight: normal;
  }
  /* A long word in a label or a heading breaks rather than widening the table past a phone's width. */
  th {
    overflow-wrap: anywhere;
  }
  thead th {
    font-weight: 600;
  }
  /* On a phone, tighter boxes and cells keep a three-column table within 320 px. */
  @container (max-width: 30rem) {
    .results {
      padding: calc(var(--_space) / 2);
    }
    table {
      font-size: 0.9em;
    }
    th,
    td {
      padding-inline: 0.35em;
    }
  }
  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin: 0;
  }
  .stats div {
    display: grid;
  }
  .stats dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .stats dd {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .answers {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25em;
  }
  .answers li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75em;
    padding: 0.4em 0.6em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
  }
  .answers .text {
    min-width: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .answers .times {
    color: var(--_muted);
  }
`;
