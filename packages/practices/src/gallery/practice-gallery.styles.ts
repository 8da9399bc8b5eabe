import { css } from 'lit';
import { buttonLook } from '@devisus/core';

export const galleryStyles = css`
  :host {
    container-type: inline-size;
  }
  .gallery {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
  }
  .search {
    display: grid;
    gap: 0.25em;
  }
  .search label {
    font-weight: 600;
  }
  .search input {
    width: 100%;
    max-width: 36rem;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .hint {
    margin: 0;
    font-size: var(--_text-s);
    color: var(--_muted);
  }
  .layout {
    display: grid;
    gap: var(--_space);
  }
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(12rem, 16rem) 1fr;
      align-items: start;
    }
  }
  /* On a phone the filters fold behind their button, so that the results follow the search. */
  .filters-area {
    display: grid;
    gap: var(--_space-xs);
    min-width: 0;
  }
  .filters-toggle {
    justify-self: start;
  }
  .filters:not(.open) {
    display: none;
  }
  @container (min-width: 48rem) {
    .filters-toggle {
      display: none;
    }
    .filters:not(.open) {
      display: grid;
    }
  }
  .filters {
    display: grid;
    gap: var(--_space-xs);
  }
  /* Every option in the page's flow, never in a box of its own that scrolls. */
  .facet {
    min-inline-size: 0;
    margin: 0;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .facet legend {
    font-weight: 600;
    padding: 0 var(--_space-2xs);
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: var(--_space-xs);
    align-items: center;
    min-height: 28px;
    cursor: pointer;
  }
  .option .name {
    overflow-wrap: anywhere;
  }
  .show-all {
    margin-top: var(--_space-2xs);
    padding: var(--_space-2xs) 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    min-height: 24px;
  }
  .option input {
    width: 1.1em;
    height: 1.1em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .facet-count {
    color: var(--_muted);
    font-size: var(--_text-s);
    font-variant-numeric: tabular-nums;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .sort select {
    margin-inline-start: 0.5em;
    min-height: 36px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_space);
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .open {
    all: unset;
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .open:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .more,
  .no-match {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
    margin-top: var(--_space);
  }
  .more button,
  .no-match button,
  .filters-toggle,
  .close {
    ${buttonLook}
  }
  dialog {
    width: min(48rem, 100% - 2rem);
    max-height: calc(100% - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-head {
    position: sticky;
    top: 0;
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_space);
    padding: var(--_space);
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  .dialog-head h2 {
    margin: 0;
    font-size: var(--_text-xl);
  }
  dialog .practice {
    padding: 0 var(--_space) var(--_space);
  }
`;
