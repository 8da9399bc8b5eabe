import { expect, fixture, html } from '@open-wc/testing';
import type { PracticeCard, PracticeGallery } from '../src/index.js';
import '../src/define/devisus-practice-card.js';
import '../src/define/devisus-practice-gallery.js';
import { $, $$, settled, settledFixture, shownText, waitFor } from '@devisus/test-support';
import type { Practice } from '../src/practice/schema.js';
import { practices } from './support/practices.js';

/** Twelve practices with a theme each, so that the theme facet is long; the first with a short method label. */
const twelve: Practice[] = Array.from({ length: 12 }, (_, index) => ({
  ...practices[0],
  id: `p${index}`,
  themes: [`theme-${String(index).padStart(2, '0')}`],
  evaluationMethod: 'Interviews with every volunteer, then a day of shared analysis with the board.',
  evaluationMethodLabel: { en: 'Interviews', fr: 'Entretiens' },
}));

const facet = (el: PracticeGallery, legend: string) =>
  $$(el, 'fieldset.facet').find((item) => item.querySelector('legend')!.textContent === legend)!;
const names = (fieldset: Element) => [...fieldset.querySelectorAll('.option .name')].map((name) => name.textContent);

async function gallery(width: number, data: Practice[] = twelve): Promise<PracticeGallery> {
  return settled(
    await fixture<PracticeGallery>(
      html`<devisus-practice-gallery style=${`width: ${width}px`} .data=${data}></devisus-practice-gallery>`,
    ),
  );
}

describe('practice gallery filters', () => {
  it('shows six options of a long facet and the rest on demand, in the page rather than a scrolling box', async () => {
    const el = await gallery(1000);
    const themes = facet(el, 'Theme');
    expect(names(themes)).to.have.length(6);
    const more = themes.querySelector<HTMLButtonElement>('.show-all')!;
    expect(more.textContent!.trim()).to.equal('Show all (12)');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.focus();
    more.click();
    await el.updateComplete;
    expect(names(themes)).to.have.length(12);
    expect(more.textContent!.trim()).to.equal('Show fewer');
    expect(el.shadowRoot!.activeElement).to.equal(more);
    for (const fieldset of $$(el, 'fieldset.facet')) expect(fieldset.scrollHeight).to.be.at.most(fieldset.clientHeight);
  });

  it('names a method by its short label', async () => {
    const el = await gallery(1000);
    expect(names(facet(el, 'Evaluation method'))).to.deep.equal(['Interviews']);
  });

  it('folds the filters behind a "Filters (n)" button on a phone, focus staying on it', async () => {
    const el = await gallery(360);
    const toggle = $<HTMLButtonElement>(el, '.filters-toggle');
    const filters = $(el, '[part="filters"]');
    expect(toggle.checkVisibility()).to.equal(true);
    expect(filters.checkVisibility()).to.equal(false);
    // The first result comes right after the search and the button.
    expect($(el, '.list').getBoundingClientRect().top - toggle.getBoundingClientRect().bottom).to.be.below(150);
    toggle.focus();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(filters.checkVisibility()).to.equal(true);
    $$<HTMLInputElement>(el, '[part="filters"] input[type="checkbox"]')[0].click();
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Filters (1)');
    toggle.focus();
    toggle.click();
    await el.updateComplete;
    expect(filters.checkVisibility()).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(document.activeElement).to.equal(el);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('shows the filters without a button on a wide screen', async () => {
    const el = await gallery(1000);
    expect($(el, '.filters-toggle').checkVisibility()).to.equal(false);
    expect($(el, '[part="filters"]').checkVisibility()).to.equal(true);
  });

  for (const width of [320, 360]) {
    it(`never scrolls sideways ${width} px wide, filters open or closed`, async () => {
      const el = await gallery(width);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      $<HTMLButtonElement>(el, '.filters-toggle').click();
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });
  }
});

describe('compact practice card', () => {
  const eight = {
    ...practices[0],
    organisations: ['MES', 'ADEPES', 'C', 'D', 'E', 'F', 'G', 'H'].map((name) => ({ name })),
  };

  it('names two organisations of eight and counts the others', async () => {
    const en = await settledFixture<PracticeCard>(
      html`<devisus-practice-card .practice=${eight}></devisus-practice-card>`,
    );
    expect($(en, '.meta').textContent!.replace(/\s+/g, ' ')).to.contain('MES, ADEPES, and 6 more');
    const fr = await settledFixture<PracticeCard>(
      html`<devisus-practice-card lang="fr" .practice=${eight}></devisus-practice-card>`,
    );
    expect($(fr, '.meta').textContent!.replace(/\s+/g, ' ')).to.contain('MES, ADEPES et 6 autres');
  });

  it('leads to the whole practice, with every organisation, and puts the reader at its title', async () => {
    const el = await settledFixture<PracticeCard>(
      html`<devisus-practice-card .practice=${eight}></devisus-practice-card>`,
    );
    $<HTMLButtonElement>(el, '.read-more').click();
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'title', 'focus on the title');
    expect(el.layout).to.equal('full');
    expect(shownText(el)).to.contain('MES');
    expect(shownText(el)).not.to.contain('6 more');
    expect(el.shadowRoot!.querySelector('.read-more')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const layout of ['compact', 'full'] as const) {
    it(`never scrolls sideways 320 px wide, ${layout}`, async () => {
      const el = await settledFixture<PracticeCard>(
        html`<devisus-practice-card style="width: 320px" layout=${layout} .practice=${eight}></devisus-practice-card>`,
      );
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });
  }
});
