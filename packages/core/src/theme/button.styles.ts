import { css } from 'lit';

/**
 * The look of a secondary button (a plain action beside the content: "Show more", "Back", "Close"),
 * to put inside an element's own rule, `.more button { ${buttonLook} }`: one size, border and
 * surface for them all, 44 px high so that a finger finds it (WCAG 2.5.8 asks 24; 44 is Apple's
 * and Google's target).
 */
export const buttonLook = css`
  min-height: 44px;
  padding: 0.5em 1em;
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  background: var(--_surface-alt);
  font: inherit;
  color: inherit;
  cursor: pointer;
`;
