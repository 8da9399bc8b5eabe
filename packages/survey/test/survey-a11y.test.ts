import { expect, html } from '@open-wc/testing';
import type { DevisusSurvey } from '../src/survey/survey.component.js';
import '../src/define/devisus-survey.js';
import { settledFixture } from '@devisus/test-support';
import { allTypes } from './support/surveys.js';

describe('devisus-survey accessibility and languages', function () {
  this.timeout(30000);
  for (const theme of ['light', 'dark'] as const) {
    it(`every page, with errors and completed, ${theme}: axe finds nothing`, async () => {
      const el = await settledFixture<DevisusSurvey>(
        html`<devisus-survey theme=${theme} storage-key="a11y-${theme}" .data=${allTypes}></devisus-survey>`,
      );
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.answers = { org: 'x', evaluates: 'no' };
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="completed"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
      localStorage.removeItem(`devisus:survey-draft:a11y-${theme}`);
    });
  }

  it('the DEVISUS default questionnaire: axe finds nothing', async () => {
    const el = await settledFixture<DevisusSurvey>(html`<devisus-survey storage-key="a11y-default"></devisus-survey>`);
    expect(el.state).to.equal('ready');
    await expect(el).to.be.accessible();
  });
});
