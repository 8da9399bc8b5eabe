import { css } from 'lit';

/** Assess mode: the progress of each dimension, and the indicators to answer. */
export const assessStyles = css`
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
`;
