import { expect, fixture, html } from '@open-wc/testing';
import type { ImpactGrid } from '../src/index.js';
import '../src/define/devisus-impact-grid.js';
import { settled, settledFixture, shownText, waitFor } from '@devisus/test-support';
import { clone, smallFramework } from './support/frameworks.js';

describe('browse mode', () => {
  it('shows the whole grid to read, with no inputs', async () => {
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid mode="browse" no-autosave .data=${smallFramework}></devisus-impact-grid>`,
    );
    expect(el.shadowRoot!.querySelectorAll('input, textarea, select')).to.have.length(0);
    const text = shownText(el);
    for (const title of ['People', 'Care', 'How much care?', 'Planet', 'Share recycled', 'Tell us more'])
      expect(text).to.contain(title);
    expect(text).to.contain('Level 0');
  });

  it('links sources only to web addresses', async () => {
    const framework = clone(smallFramework);
    framework.dimensions[0].sources = [
      { label: 'A guide', url: 'https://example.org/guide' },
      { label: 'A trap', url: 'javascript:alert(1)' },
    ];
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid mode="browse" no-autosave .data=${framework}></devisus-impact-grid>`,
    );
    const links = [...el.shadowRoot!.querySelectorAll('.sources a')].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.org/guide']);
    expect(shownText(el)).to.contain('A trap');
  });

  // Finnish: the interface speaks it, the default material has no Finnish translation (yet).
  it('marks the grid’s text with its language on a page in another one (the default grid on a Finnish page)', async () => {
    const el = await settled(
      await fixture<ImpactGrid>(html`<devisus-impact-grid lang="fi" mode="browse" no-autosave></devisus-impact-grid>`),
      5000,
    );
    const marked = [...el.shadowRoot!.querySelectorAll('h2 span, h3 span, h4 span')];
    expect(marked.length).to.be.greaterThan(10);
    expect(new Set(marked.map((span) => span.getAttribute('lang')))).to.deep.equal(new Set(['en']));
    const title = () => el.shadowRoot!.querySelector('h2')!.textContent;
    const finnishPageTitle = title();
    el.setAttribute('lang', 'fr');
    // French arrives with its locale file, some tasks after the attribute changes.
    await waitFor(() => title() !== finnishPageTitle, 'the grid’s title in French');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('span[lang]')).to.have.length(0);
  });

  it('follows the page language live, content and interface', async () => {
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid mode="browse" no-autosave .data=${smallFramework}></devisus-impact-grid>`,
    );
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(shownText(el)).to.contain('Personnes');
    expect(shownText(el)).to.contain('Oui ou non');
  });
});
