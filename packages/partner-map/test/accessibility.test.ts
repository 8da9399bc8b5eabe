import { expect, html } from '@open-wc/testing';
import type { PartnerMap } from '../src/index.js';
import '../src/define/devisus-partner-map.js';
import { settledFixture, waitFor } from '@devisus/test-support';

describe('partner map accessibility', function () {
  // axe reads every country shape three times per test; Firefox needs more than the default time.
  this.timeout(40000);
  for (const theme of ['light', 'dark'] as const) {
    it(`DEVISUS default with route: map, details and list, ${theme}`, async () => {
      const el = await settledFixture<PartnerMap>(
        html`<devisus-partner-map route theme=${theme}></devisus-partner-map>`,
      );
      // axe must see the map as readers do: with the countries, a lazily loaded chunk.
      await waitFor(() => el.shadowRoot!.querySelector('.land path'), 'the base map drawn', 10000);
      expect(el.state).to.equal('ready');
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<SVGElement>('.stop')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.view = 'list';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
