import { expect, html } from '@open-wc/testing';
import type { ImpactGrid } from '../src/index.js';
import '../src/define/devisus-impact-grid.js';
import { settledFixture } from '@devisus/test-support';
import { threeDimensions } from './support/frameworks.js';

const answers = {
  'care-scale': { value: 2, comment: 'ok' },
  'care-yes': { value: true, revisit: true },
  'town-partner': { na: true },
};
const comparison = {
  framework: { id: 'three', version: '2' },
  date: '2025-01-01',
  answers: { 'care-scale': { value: 1 } },
};

describe('impact grid accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const mode of ['assess', 'browse', 'results'] as const) {
      it(`${mode}, ${theme}: axe finds nothing`, async () => {
        const el = await settledFixture<ImpactGrid>(
          html`<devisus-impact-grid
            theme=${theme}
            mode=${mode}
            no-autosave
            .answers=${answers}
            .comparison=${comparison}
            .data=${threeDimensions}
          ></devisus-impact-grid>`,
        );
        expect(el.state).to.equal('ready');
        await expect(el).to.be.accessible();
      });
    }
    it(`the DEVISUS default grid, ${theme}: axe finds nothing in assess and results`, async () => {
      const el = await settledFixture<ImpactGrid>(
        html`<devisus-impact-grid theme=${theme} no-autosave></devisus-impact-grid>`,
      );
      await expect(el).to.be.accessible();
      el.mode = 'results';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
