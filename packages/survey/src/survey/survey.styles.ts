import { css } from 'lit';
import { buttonLook } from '@devisus/core';

// After the GOV.UK Design System's questions: one label per control, hints under labels, errors
// in red with a bar on the left, large targets.
export const surveyStyles = css`
  .survey,
  .completed {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    max-width: 48rem;
  }
  .title {
    margin: 0;
    font-size: 1.5em;
  }
  .description,
  .hint {
    margin: 0;
    color: var(--_muted);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .question {
    display: grid;
    gap: 0.35em;
  }
  .question.has-error {
    padding-inline-start: 0.9em;
    border-inline-start: 4px solid var(--_danger);
  }
  .label,
  legend.label {
    font-weight: 600;
    padding: 0;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .panel {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .panel > legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    width: 100%;
    max-width: 32rem;
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .error-message {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: 0.35em;
  }
  .rating .options,
  .boolean .options {
    display: flex;
    flex-wrap: wrap;
  }
  .option {
    display: flex;
    gap: 0.6em;
    align-items: center;
    min-height: 44px;
    padding: 0 0.6em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .option:has(input:checked) {
    border: 2px solid var(--_primary);
  }
  .matrix-row {
    margin-top: 0.5em;
  }
  .matrix-row > legend {
    font-weight: 500;
  }
  .matrix-row .options {
    display: flex;
    flex-wrap: wrap;
  }
  .ranking ol {
    display: grid;
    gap: 0.35em;
    margin: 0;
    padding: 0;
  }
  .rank {
    min-width: 1.5em;
    font-weight: 700;
  }
  .ranking li {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .rank-label {
    flex: 1;
  }
  .ranking button {
    min-width: 44px;
    min-height: 44px;
  }
  button {
    ${buttonLook}
  }
  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .navigation {
    display: flex;
    gap: 0.75em;
  }
  .progress p {
    margin: 0;
    color: var(--_muted);
  }
  .progress progress {
    width: 100%;
    accent-color: var(--_primary);
  }
  .error-summary {
    padding: var(--_space);
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error-summary h3 {
    margin: 0 0 0.5em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .notice,
  .refused {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
  }
  .refused {
    border-color: var(--_danger);
  }
  .refused p {
    margin: 0 0 0.5em;
  }
  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .languages select {
    width: auto;
  }
  .other,
  .multipletext .item {
    display: grid;
    gap: 0.25em;
    margin-top: 0.35em;
  }
  /* A survey author's own markup: images and tables kept within the survey's width. */
  .image,
  .imagepicker img,
  .html-text :is(img, video, table) {
    max-width: 100%;
    height: auto;
  }
  .html-text {
    overflow-wrap: anywhere;
  }
`;
