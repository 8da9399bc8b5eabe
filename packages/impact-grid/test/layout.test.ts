import { expect, fixture, html } from '@open-wc/testing';
import type { ImpactGrid } from '../src/index.js';
import '../src/define/devisus-impact-grid.js';
import { overflowing, settled } from '@devisus/test-support';
import { threeDimensions } from './support/frameworks.js';
import { gridFixture } from './support/grids.js';

// WCAG 1.4.10 (reflow): at 320 CSS px every mode fits its column, with the DEVISUS default grid.
describe('<devisus-impact-grid> layout', () => {
  for (const mode of ['assess', 'browse', 'results']) {
    it(`fits a 320 px wide column in ${mode} mode`, async () => {
      const el = await settled(
        await fixture<ImpactGrid>(
          html`<devisus-impact-grid style="width: 320px" mode=${mode} no-autosave></devisus-impact-grid>`,
        ),
        5000,
      );
      expect(el.state).to.equal('ready');
      expect(overflowing(el)).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });
  }

  it('fits a 320 px wide column with an earlier assessment beside the current one', async () => {
    const el = await gridFixture({
      attributes: { style: 'width: 320px', mode: 'results' },
      answers: { 'care-scale': { value: 2 } },
      comparison: {
        framework: { id: 'three', version: '2' },
        date: '2025-03-01T10:00:00.000Z',
        answers: { 'care-scale': { value: 1 }, 'care-yes': { value: false } },
      },
      data: threeDimensions,
    });
    expect(el.shadowRoot!.querySelectorAll('.scores thead th')).to.have.length(4);
    expect(overflowing(el)).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });
});
