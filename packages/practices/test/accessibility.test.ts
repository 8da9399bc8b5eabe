import { expect, html } from '@open-wc/testing';
import type { PracticeCard, PracticeGallery } from '../src/index.js';
import '../src/define/devisus-practice-card.js';
import '../src/define/devisus-practice-gallery.js';
import { settledFixture } from '@devisus/test-support';
import { practices } from './support/practices.js';

describe('practices accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const layout of ['compact', 'full'] as const) {
      it(`card ${layout}, ${theme}`, async () => {
        const el = await settledFixture<PracticeCard>(
          html`<devisus-practice-card
            theme=${theme}
            layout=${layout}
            .practice=${practices[0]}
          ></devisus-practice-card>`,
        );
        await expect(el).to.be.accessible();
      });
    }
    it(`gallery on a phone, filters folded and open, ${theme}`, async () => {
      const el = await settledFixture<PracticeGallery>(
        html`<devisus-practice-gallery
          style="width: 360px"
          theme=${theme}
          .data=${practices}
        ></devisus-practice-gallery>`,
      );
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it(`gallery: list, no match, filtered and dialog, ${theme}`, async () => {
      const el = await settledFixture<PracticeGallery>(
        html`<devisus-practice-gallery theme=${theme} .data=${practices}></devisus-practice-gallery>`,
      );
      await expect(el).to.be.accessible();
      el.query = 'zzzzzz';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.query = '';
      el.filters = { country: ['FR'] };
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.list .open')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
