import { css } from 'lit';

/** What every view shares: the layout, the controls, the bars, the status line, and the printed page. */
export const impactGridStyles = css`
  .title {
    margin: 0;
    font-size: var(--_text-2xl);
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
