import { css } from 'lit';

/** Assess mode: the progress of each dimension, and the indicators to answer. */
export const assessStyles = css`
  /* Progress overview: the dimensions in even columns, two on a phone, as many as fit on a wide screen. */
  .progress ol {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .progress li {
    display: grid;
  }
  /* The name at the top, the count and the meter at the bottom, level from one button to the next. */
  .progress button {
    display: grid;
    grid-template-rows: 1fr auto auto;
    gap: var(--_space-2xs);
    text-align: start;
    background: var(--_surface-alt);
    padding: var(--_space-xs) var(--_space-s);
  }
  .progress button[aria-current] {
    border: 2px solid var(--_primary);
    font-weight: 600;
  }
  .progress .count {
    font-size: var(--_text-s);
    color: var(--_muted);
  }

  .dimension h3 {
    margin: 0;
    font-size: var(--_text-xl);
  }
  .step {
    margin: 0;
    font-size: var(--_text-s);
  }
  .criterion {
    margin-top: var(--_space);
    padding-top: var(--_space-xs);
    border-top: 1px solid var(--_border);
  }
  .criterion h4 {
    margin: 0;
    font-size: var(--_text-l);
  }
  .guidance summary,
  .notes summary {
    cursor: pointer;
    color: var(--_primary);
    min-height: 24px;
  }
  .indicator {
    margin: var(--_space-s) 0 0;
    padding: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  /* A legend drawn inside the box rather than across its border: a title on two lines or more
     then wraps like any heading, and the border never runs through its last line. */
  .indicator legend {
    float: left;
    width: 100%;
    padding: 0;
    margin-bottom: var(--_space-2xs);
    font-weight: 600;
  }
  .indicator legend + * {
    clear: both;
  }
  .indicator.na legend {
    color: var(--_muted);
  }
  /* The options in even columns; each option's rows (mark and name, then description) line up
     with the other options' through the subgrid, so every description starts at the same height. */
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
    gap: var(--_space-xs);
    margin-top: var(--_space-xs);
  }
  .choice {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-rows: subgrid;
    grid-row: span 2;
    gap: 0 var(--_space-xs);
    align-content: start;
    padding: var(--_space-xs);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border: 2px solid var(--_primary);
    padding: calc(var(--_space-xs) - 1px);
  }
  /* "Not applicable" closes the group, apart from the answers proper. */
  .choice.not-applicable {
    border-style: dashed;
  }
  .choice input,
  .check input {
    width: 1.2em;
    height: 1.2em;
    margin: 0.15em 0 0;
    accent-color: var(--_primary);
  }
  .level-description {
    grid-column: 2;
    font-size: var(--_text-s);
    color: var(--_muted);
  }
  .number,
  .text {
    display: grid;
    gap: var(--_space-2xs);
    margin-top: var(--_space-xs);
  }
  .check {
    display: flex;
    gap: var(--_space-xs);
    align-items: center;
    min-height: 24px;
    margin-top: var(--_space-xs);
  }
  .notes {
    margin-top: var(--_space-xs);
  }
  .notes[open] {
    display: grid;
    gap: var(--_space-2xs);
  }
`;
