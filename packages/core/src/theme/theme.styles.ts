import { css } from 'lit';

// The dark palette, applied either by the reader's system preference or by theme="dark".
const dark = css`
  --_primary: var(--devisus-color-primary, #7fd6bf);
  --_on-primary: var(--devisus-color-on-primary, #0b2019);
  --_surface: var(--devisus-color-surface, #16191b);
  --_surface-alt: var(--devisus-color-surface-alt, #23282b);
  --_text: var(--devisus-color-text, #eef1f0);
  --_muted: var(--devisus-color-muted, #b8c2bf);
  --_border: var(--devisus-color-border, #87938f);
  --_danger: var(--devisus-color-danger, #ffb4ab);
  --_danger-surface: var(--devisus-color-danger-surface, #3b1714);
  --_focus: var(--devisus-color-focus, #9ec5ff);
  color-scheme: dark;
`;

/**
 * The design tokens every element shares. Site owners set the public `--devisus-*` properties;
 * elements read only the private `--_*` ones, which fall back to the defaults below.
 */
export const themeStyles = css`
  :host {
    --_primary: var(--devisus-color-primary, #1b6b58);
    --_on-primary: var(--devisus-color-on-primary, #ffffff);
    --_surface: var(--devisus-color-surface, #ffffff);
    --_surface-alt: var(--devisus-color-surface-alt, #f1f4f3);
    --_text: var(--devisus-color-text, #1a1f1e);
    --_muted: var(--devisus-color-muted, #4c5754);
    --_border: var(--devisus-color-border, #76827e);
    --_danger: var(--devisus-color-danger, #a4231b);
    --_danger-surface: var(--devisus-color-danger-surface, #fdeceb);
    --_focus: var(--devisus-color-focus, #1a5fb4);
    --_radius: var(--devisus-radius, 0.5rem);
    --_space: var(--devisus-space, 1rem);
    color-scheme: light;

    display: block;
    box-sizing: border-box;
    font-family: var(--devisus-font-family, inherit);
    font-size: var(--devisus-font-size, inherit);
    line-height: 1.5;
    color: var(--_text);
    /* The element paints its own surface so its text keeps its contrast on any host theme. */
    background: var(--_surface);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  [part='loading'],
  [part='empty'],
  [part='error'] {
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  [part='loading'],
  [part='empty'] {
    color: var(--_muted);
  }
  [part='error'] {
    color: var(--_danger);
    background: var(--_danger-surface);
    border: 1px solid currentColor;
  }
  [part='error'] p {
    margin: 0;
  }
`;
