import type { CSSResult } from 'lit';
import { ref } from 'lit/directives/ref.js';

// The styles of a question type whose code loads on demand come with it: added to the survey's
// shadow root as a constructed style sheet (which a strict Content-Security-Policy allows) the first
// time the type is drawn, so that the base chunk does not carry them.

/** A directive for the type's root element: adopts `styles` into the shadow root it is drawn in. */
export const adopt = (styles: CSSResult) =>
  ref((element?: Element) => {
    const root = element?.getRootNode();
    const sheet = styles.styleSheet;
    if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  });
