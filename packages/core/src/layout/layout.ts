import { css, html, type TemplateResult } from 'lit';

/**
 * The layout of elements that hold tables and charts: the element is a size container (its own
 * width, not the page's, decides the layout), and `.column` lays its parts out in one column that
 * no table or chart can widen (`minmax(0, …)`).
 */
export const columnStyles = css`
  :host {
    container-type: inline-size;
  }
  .column {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    padding: var(--_space);
  }
`;

/** The style of `scrollRegion()`: a wide table scrolls sideways on its own, not the page (WCAG 1.4.10). */
export const scrollRegionStyles = css`
  .scroll-region {
    overflow-x: auto;
  }
`;

/**
 * A box that scrolls sideways on its own, for a table wider than a phone. It is a named region that
 * keyboard users can reach with Tab and scroll with the arrow keys (axe: scrollable-region-focusable),
 * named by the element whose id is `labelledBy` (a table's caption, say) or by `label`.
 */
export function scrollRegion(name: { labelledBy: string } | { label: string }, content: unknown): TemplateResult {
  return 'labelledBy' in name
    ? html`<div class="scroll-region" role="region" tabindex="0" aria-labelledby=${name.labelledBy}>${content}</div>`
    : html`<div class="scroll-region" role="region" tabindex="0" aria-label=${name.label}>${content}</div>`;
}
