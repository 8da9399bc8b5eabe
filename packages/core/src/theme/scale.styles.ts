import { css } from 'lit';

/**
 * The type and spacing scales, on top of the theme's colours and base unit: what the elements
 * that use them add to their styles (kept out of `themeStyles`, which every element carries).
 */
export const scaleStyles = css`
  :host {
    /* One spacing scale, in steps of the base unit: every gap and padding is one of these. */
    --_space-2xs: calc(var(--_space) / 4);
    --_space-xs: calc(var(--_space) / 2);
    --_space-s: calc(var(--_space) * 0.75);
    --_space-l: calc(var(--_space) * 1.5);
    /* One type scale, relative to the text around it (em); the body text is 1em. Small is the
       smallest text drawn, 87.5 % of the body, for notes, captions and chart labels. */
    --_text-s: 0.875em;
    --_text-l: 1.125em;
    --_text-xl: 1.25em;
    --_text-2xl: 1.5em;
  }
`;
