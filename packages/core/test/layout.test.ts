import { expect, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { columnStyles, scrollRegion, scrollRegionStyles } from '../src/index.js';
import { mount } from '@devisus/test-support';

/** A table wider than its column, in a scroll region, as the grid, the map and the results draw them. */
class WideTable extends LitElement {
  static override styles = [columnStyles, scrollRegionStyles];
  protected override render() {
    return html`<div class="column">
      ${scrollRegion(
        { labelledBy: 'caption' },
        html`<table>
          <caption id="caption">
            Scores
          </caption>
          <tr>
            ${Array.from({ length: 12 }, (_, index) => html`<td>Column number ${index}</td>`)}
          </tr>
        </table>`,
      )}
      ${scrollRegion({ label: 'Answers' }, html`<p>Short</p>`)}
    </div>`;
  }
}
customElements.define('wide-table', WideTable);

describe('scrollRegion', () => {
  it('scrolls a wide table inside a narrow element instead of widening it, reachable by keyboard', async () => {
    const el = mount<WideTable>(html`<wide-table style="display: block; width: 320px"></wide-table>`);
    await el.updateComplete;
    const [region, labelled] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="region"]')];
    expect(el.scrollWidth).to.be.at.most(320);
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(region.tabIndex).to.equal(0);
    expect(region.getAttribute('aria-labelledby')).to.equal('caption');
    expect(labelled.getAttribute('aria-label')).to.equal('Answers');
    await expect(el).to.be.accessible();
  });
});
