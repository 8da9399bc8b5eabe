/**
 * <devisus-token-sheet>: the design tokens drawn with the tokens themselves, for the Core/Design
 * tokens page. It adopts core's theme styles as every element does, so what it shows is what the
 * elements use, in the theme the toolbar (or its `theme` attribute) picks. NOT shipped.
 */
import { define, scaleStyles, styleProperties, themeStyles } from '@devisus/core';
import { css, html, LitElement, type PropertyDeclarations } from 'lit';

const COLOURS = [
  ['primary', 'Accent: buttons, links, marks, checked controls'],
  ['on-primary', 'Text on the accent'],
  ['surface', 'Background of the element'],
  ['surface-alt', 'Background of panels and rows'],
  ['text', 'Main text'],
  ['muted', 'Secondary text'],
  ['border', 'Borders and control outlines'],
  ['danger', 'Error text and borders'],
  ['danger-surface', 'Error background'],
  ['focus', 'Keyboard focus ring'],
] as const;

const TEXT = [
  ['text-2xl', '1.5em', 'View headings: "Results"'],
  ['text-xl', '1.25em', 'Section headings, the overall score'],
  ['text-l', '1.125em', 'Sub-headings: a criterion, "Strengths"'],
  ['text-s', '0.875em', 'The smallest text: notes, captions, chart labels'],
] as const;

const SPACE = [
  ['space-2xs', '0.25 ×'],
  ['space-xs', '0.5 ×'],
  ['space-s', '0.75 ×'],
  ['space', '1 × (--devisus-space, 1rem)'],
  ['space-l', '1.5 ×'],
] as const;

export class DevisusTokenSheet extends LitElement {
  static override styles = [
    themeStyles,
    scaleStyles,
    css`
      .sheet {
        display: grid;
        gap: var(--_space-l);
        padding: var(--_space);
      }
      h2,
      h3 {
        margin: 0;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        padding: var(--_space-2xs) var(--_space-xs);
        border-bottom: 1px solid var(--_border);
        text-align: start;
        vertical-align: middle;
      }
      code {
        font-size: var(--_text-s);
      }
      .swatch {
        display: block;
        width: 3rem;
        height: 1.5rem;
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) / 2);
      }
      .bar {
        display: block;
        height: 1rem;
        background: var(--_primary);
      }
    `,
  ];

  static override properties: PropertyDeclarations = { theme: { reflect: true } };
  theme?: 'light' | 'dark';

  protected override render() {
    return html`<div class="sheet">
      <section>
        <h2>Colours</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Sample</th>
              <th scope="col">Token</th>
              <th scope="col">What it is for</th>
            </tr>
          </thead>
          <tbody>
            ${COLOURS.map(
              ([name, use]) =>
                html`<tr>
                  <td><span class="swatch" ${styleProperties({ background: `var(--_${name})` })}></span></td>
                  <td><code>--devisus-color-${name}</code></td>
                  <td>${use}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
      <section>
        <h2>Type scale</h2>
        <table>
          <tbody>
            ${TEXT.map(
              ([name, size, use]) =>
                html`<tr>
                  <td ${styleProperties({ 'font-size': `var(--_${name})` })}>${use}</td>
                  <td><code>--_${name}</code> ${size}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
      <section>
        <h2>Spacing scale</h2>
        <table>
          <tbody>
            ${SPACE.map(
              ([name, times]) =>
                html`<tr>
                  <td><span class="bar" ${styleProperties({ width: `var(--_${name})` })}></span></td>
                  <td><code>--_${name}</code> ${times}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
    </div>`;
  }
}

define('devisus-token-sheet', DevisusTokenSheet);

declare global {
  interface HTMLElementTagNameMap {
    'devisus-token-sheet': DevisusTokenSheet;
  }
}
