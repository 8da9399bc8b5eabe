import { css } from 'lit';

/**
 * The design tokens every element shares. Site owners set the public `--devisus-*` properties;
 * elements read only the private `--_*` ones, which fall back to the defaults below.
 */
export const themeStyles = css`
  :host {
    /* light-dark() picks the first colour in the light scheme, the second in the dark one. */
    --_primary: var(--devisus-color-primary, light-dark(#1b6b58, #7fd6bf));
    --_on-primary: var(--devisus-color-on-primary, light-dark(#ffffff, #0b2019));
    --_surface: var(--devisus-color-surface, light-dark(#ffffff, #16191b));
    --_surface-alt: var(--devisus-color-surface-alt, light-dark(#f1f4f3, #23282b));
    --_text: var(--devisus-color-text, light-dark(#1a1f1e, #eef1f0));
    --_muted: var(--devisus-color-muted, light-dark(#4c5754, #b8c2bf));
    --_border: var(--devisus-color-border, light-dark(#76827e, #87938f));
    --_danger: var(--devisus-color-danger, light-dark(#a4231b, #ffb4ab));
    --_danger-surface: var(--devisus-color-danger-surface, light-dark(#fdeceb, #3b1714));
    --_focus: var(--devisus-color-focus, light-dark(#1a5fb4, #9ec5ff));
    --_radius: var(--devisus-radius, 0.5rem);
    --_space: var(--devisus-space, 1rem);
    /* The reader's system preference decides, unless the theme attribute does. */
    color-scheme: light dark;

    display: block;
    box-sizing: border-box;
    /* A size container (container-type: inline-size) counts as 0 px wide in a flex row or an auto
       grid column: it counts as 20em instead, shrinks in a narrow row and takes the free space. */
    contain-intrinsic-inline-size: 20em;
    min-inline-size: 0;
    flex: auto;
    /* The element paints its own surface so its text keeps its contrast on any host theme. */
    background: var(--_surface);
  }
  /* A page rule on * reaches the host and beats :host, and the shadow tree inherits from the host:
     the text styles are set on the shadow root's top-level elements, which no page rule reaches.
     Without the token, var() is invalid and the font is inherited: the page's, by default. */
  :host > * {
    font-family: var(--devisus-font-family);
    font-size: var(--devisus-font-size);
    line-height: 1.5;
    color: var(--_text);
  }
  /* A long word (German, Finnish, Hungarian) breaks with a hyphen from the dictionary of the text's
     lang, rather than sticking out of a narrow button or tab. */
  button,
  [role='tab'] {
    hyphens: auto;
    overflow-wrap: break-word;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
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
  .state {
    margin: 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  [part='error'] {
    color: var(--_danger);
    background: var(--_danger-surface);
    border: 1px solid;
  }
`;
