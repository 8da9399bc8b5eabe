import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FilterChangeDetail, PracticeGallery } from '../src/index.js';
import '../src/define/devisus-practice-gallery.js';
import { settledFixture, shownText, $ } from '@devisus/test-support';
import { manyPractices, practices } from './support/practices.js';

const titles = (el: PracticeGallery) =>
  [...el.shadowRoot!.querySelectorAll('.list h3')].map((title) => title.textContent!.trim());
const facetOption = (el: PracticeGallery, facet: string, label: string) => {
  const fieldset = [...el.shadowRoot!.querySelectorAll('fieldset.facet')].find(
    (item) => item.querySelector('legend')!.textContent === facet,
  );
  return [...(fieldset?.querySelectorAll<HTMLLabelElement>('label.option') ?? [])].find(
    (option) => option.querySelector('.name')!.textContent === label,
  );
};

async function type(el: PracticeGallery, text: string) {
  const input = $<HTMLInputElement>(el, '#search');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('practice gallery', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('lists every practice with a count, searchable without accents', async () => {
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery lang="fr" .data=${practices}></devisus-practice-gallery>`,
    );
    expect($(el, '[part="count"]').textContent!.trim()).to.equal('3 pratiques');
    expect($(el, '[part="count"]').getAttribute('role')).to.equal('status');
    await type(el, 'economie');
    expect(titles(el)).to.deep.equal(['Un atelier d’économie circulaire']);
    expect(el.query).to.equal('economie');
    expect(el.getAttribute('query')).to.equal('economie');
    expect(el.results).to.deep.equal(['economie-circulaire']);
  });

  it('searches in the language it is shown in, and again when that changes', async () => {
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery lang="fr" .data=${practices}></devisus-practice-gallery>`,
    );
    await type(el, 'meubles');
    expect(el.results).to.deep.equal(['economie-circulaire']);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.results).to.deep.equal([]);
    await type(el, 'furniture');
    expect(titles(el)).to.deep.equal(['A circular economy workshop']);
  });

  it('accepts { practices: [...] } too', async () => {
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery .data=${{ practices }}></devisus-practice-gallery>`,
    );
    expect(el.results).to.have.length(3);
  });

  it('filters by facets with counts, fires devisus-filter-change', async () => {
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery .data=${practices}></devisus-practice-gallery>`,
    );
    const belgium = facetOption(el, 'Country', 'Belgium')!;
    expect(belgium.querySelector('.facet-count')!.textContent).to.equal('1');
    expect(facetOption(el, 'Country', 'France')!.querySelector('.facet-count')!.textContent).to.equal('2');
    const change = oneEvent(el, 'devisus-filter-change');
    belgium.querySelector('input')!.click();
    const { detail } = (await change) as CustomEvent<FilterChangeDetail>;
    expect(detail).to.deep.equal({ query: '', filters: { country: ['BE'] }, count: 1 });
    expect(titles(el)).to.deep.equal(['Citizen energy cooperative']);
    // Counts of other facets follow the country filter; the country facet keeps its own counts.
    expect(facetOption(el, 'Theme', 'youth')).to.equal(undefined);
    expect(facetOption(el, 'Country', 'Italy')!.querySelector('.facet-count')!.textContent).to.equal('1');
    facetOption(el, 'Country', 'Italy')!.querySelector('input')!.click();
    await el.updateComplete;
    expect(el.results).to.deep.equal(['cooperative-energy', 'social-utility-training']);
  });

  it('filters by dimension, evaluation method and source project', async () => {
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery .data=${practices}></devisus-practice-gallery>`,
    );
    el.filters = { dimension: ['ecological'], method: ['case-study'], project: ['Other project'] };
    await el.updateComplete;
    expect(el.results).to.deep.equal(['cooperative-energy']);
    expect(facetOption(el, 'Impact dimension', 'Ecological')).not.to.equal(undefined);
  });

  it('keys the method and theme facets by short stable keys, shown in the reader’s language', async () => {
    const data = [
      ...practices.slice(0, 2),
      {
        ...practices[2],
        themes: [{ en: 'Social ties', fr: 'Liens sociaux' }, 'training'],
        evaluationMethodId: 'vises',
        evaluationMethod: { en: 'Three steps: a state of play, data collection, analysis.', fr: 'Trois étapes.' },
      },
    ];
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery lang="fr" sync-url .data=${data}></devisus-practice-gallery>`,
    );
    expect($(el, '.list').textContent).to.contain('Liens sociaux');
    const change = oneEvent(el, 'devisus-filter-change');
    facetOption(el, 'Thème', 'Liens sociaux')!.querySelector('input')!.click();
    expect(((await change) as CustomEvent<FilterChangeDetail>).detail.filters).to.deep.equal({
      theme: ['social-ties'],
    });
    facetOption(el, 'Méthode d’évaluation', 'Trois étapes.')!.querySelector('input')!.click();
    await el.updateComplete;
    expect(el.filters).to.deep.equal({ theme: ['social-ties'], method: ['vises'] });
    expect(location.hash).to.equal('#theme=social-ties&method=vises');
    el.filters = {};
    await type(el, 'liens sociaux');
    expect(el.results).to.deep.equal([data[2].id]);
    await type(el, '');
    el.filters = { method: ['case-study'] };
    await el.updateComplete;
    expect(el.results).to.deep.equal(['cooperative-energy']);
    expect(facetOption(el, 'Méthode d’évaluation', 'Étude de cas')).not.to.equal(undefined);
  });

  it('keeps a theme and a method that share a key apart', async () => {
    const data = [
      {
        ...practices[0],
        themes: [{ en: 'Case studies', fr: 'Études de cas' }],
        evaluationMethodId: 'case-studies',
        evaluationMethod: { en: 'Case studies: in-depth interviews.', fr: 'Études de cas : entretiens approfondis.' },
      },
    ];
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery .data=${data}></devisus-practice-gallery>`,
    );
    expect(facetOption(el, 'Theme', 'Case studies')).not.to.equal(undefined);
    expect(facetOption(el, 'Evaluation method', 'Case studies: in-depth interviews.')).not.to.equal(undefined);
  });

  it('sorts by title and by date', async () => {
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery sort="title" .data=${practices}></devisus-practice-gallery>`,
    );
    expect(titles(el)).to.deep.equal([
      'A circular economy workshop',
      'Citizen energy cooperative',
      'Training coaches in social utility',
    ]);
    el.sort = 'date';
    await el.updateComplete;
    expect(el.results).to.deep.equal(['social-utility-training', 'economie-circulaire', 'cooperative-energy']);
  });

  it('says what to try when nothing matches, and clears', async () => {
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery .data=${practices}></devisus-practice-gallery>`,
    );
    await type(el, 'zzzzzz');
    expect($(el, '[part="count"]').textContent!.trim()).to.equal('0 practices');
    expect(shownText(el)).to.contain(
      'No practice matches your search. Try fewer or shorter words, or remove a filter.',
    );
    $<HTMLButtonElement>(el, '.no-match button').click();
    await el.updateComplete;
    expect(el.results).to.have.length(3);
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
  });

  it('keeps search and filters in the URL hash with sync-url, and reads them back', async () => {
    history.replaceState(null, '', '#keep=1&q=coop');
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery sync-url .data=${practices}></devisus-practice-gallery>`,
    );
    expect(el.results).to.deep.equal(['cooperative-energy']);
    facetOption(el, 'Country', 'France')!.querySelector('input')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#keep=1&q=coop&country=FR');
    el.sort = 'title';
    await el.updateComplete;
    expect(location.hash).to.equal('#keep=1&q=coop&country=FR&sort=title');
    history.replaceState(null, '', '#top');
    el.query = 'energy';
    await el.updateComplete;
    expect(location.hash).to.equal('#top&q=energy&country=FR&sort=title');
    history.replaceState(null, '', '#q=training');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    expect(el.results).to.deep.equal(['social-utility-training']);
  });

  it('opens a practice in a dialog, with focus inside and back on the opener when closed', async () => {
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery .data=${practices}></devisus-practice-gallery>`,
    );
    const opener = $<HTMLButtonElement>(el, '.list .open');
    const select = oneEvent(el, 'devisus-select');
    opener.focus();
    opener.click();
    const { detail } = (await select) as CustomEvent;
    expect(detail.id).to.equal('economie-circulaire');
    // The record as the gallery read it (checked, so a copy of what was given).
    expect(detail.item).to.deep.include({ id: 'economie-circulaire', city: 'Lille', country: 'FR' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('dialog-title');
    expect($(el, '#dialog-title').textContent).to.equal('A circular economy workshop');
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
    expect(dialog.textContent).to.contain('Questionnaire');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(opener);
  });

  it('shows a page at a time of thousands of practices', async () => {
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery .data=${manyPractices(3000)}></devisus-practice-gallery>`,
    );
    expect($(el, '[part="count"]').textContent!.trim()).to.equal('3,000 practices');
    expect(el.shadowRoot!.querySelectorAll('.list > li')).to.have.length(24);
    $<HTMLButtonElement>(el, '.more button').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.list > li')).to.have.length(48);
    expect(el.results).to.have.length(3000);
  });

  it('puts the keyboard on the first practice of the next page, and says how many are shown', async () => {
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery .data=${manyPractices(60)}></devisus-practice-gallery>`,
    );
    expect($(el, '.more span').textContent).to.equal('Showing 24 of 60.');
    const more = $<HTMLButtonElement>(el, '.more button');
    // A click, as Enter or Space on the focused button gives: keys sent to a page that runs in the
    // background, beside other test pages, do not always reach it.
    more.focus();
    more.click();
    await el.updateComplete;
    expect($(el, '.more span').textContent).to.equal('Showing 48 of 60.');
    const opener = el.shadowRoot!.activeElement!;
    expect(opener.textContent!.trim()).to.equal(titles(el)[24]);
    expect(opener.closest('li')).to.equal(el.shadowRoot!.querySelectorAll('.list > li')[24]);
  });

  it('answers a search typed as soon as thousands of practices show, once they are indexed', async () => {
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery .data=${manyPractices(5000)}></devisus-practice-gallery>`,
    );
    const change = oneEvent(el, 'devisus-filter-change');
    await type(el, 'number 4321');
    // The first event carries the whole answer, never the count of the results shown before it.
    expect(((await change) as CustomEvent<FilterChangeDetail>).detail.count).to.equal(1);
    await el.updateComplete;
    expect($(el, '.main').hasAttribute('aria-busy')).to.equal(false);
    expect(el.results).to.deep.equal(['practice-4321']);
    expect($(el, '[part="count"]').textContent!.trim()).to.equal('1 practice');
    await type(el, 'number 432');
    expect(el.results).to.have.members(['practice-432', ...Array.from({ length: 10 }, (_, n) => `practice-432${n}`)]);
  });

  it('counts each facet among the practices found, with the other facets’ filters applied', async () => {
    const data = manyPractices(700);
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery .data=${data}></devisus-practice-gallery>`,
    );
    const byId = new Map(data.map((practice) => [practice.id, practice]));
    const tally = (ids: string[], valueOf: (practice: (typeof data)[number]) => string) => {
      const counts = new Map<string, number>();
      for (const id of ids) counts.set(valueOf(byId.get(id)!), (counts.get(valueOf(byId.get(id)!)) ?? 0) + 1);
      return counts;
    };
    const shownCount = (facet: string, label: string) =>
      Number(facetOption(el, facet, label)?.querySelector('.facet-count')!.textContent ?? 0);
    await type(el, 'housing');
    const found = el.results;
    expect(found.length).to.be.within(100, 130);
    el.filters = { country: ['FR'] };
    await el.updateComplete;
    const inFrance = el.results;
    expect(inFrance.length).to.be.within(1, found.length - 1);
    // The country facet counts what the search found; the theme facet what is left in France.
    for (const [country, count] of tally(found, (practice) => practice.country as string)) {
      expect(shownCount('Country', new Intl.DisplayNames(['en'], { type: 'region' }).of(country)!)).to.equal(count);
    }
    for (const [theme, count] of tally(inFrance, (practice) => practice.themes[0] as string)) {
      expect(shownCount('Theme', theme)).to.equal(count);
    }
    expect(facetOption(el, 'Theme', 'energy')).to.equal(undefined);
  });

  it('shows hostile text as text', async () => {
    const hostile = [
      { ...practices[0], title: '<img src=x onerror="window.hacked=1">', summary: '<script>window.hacked=1</script>' },
    ];
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery .data=${hostile}></devisus-practice-gallery>`,
    );
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(titles(el)).to.deep.equal(['<img src=x onerror="window.hacked=1">']);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('names a bad record and duplicate ids', async () => {
    const broken = [practices[0], { ...practices[1], country: 'Belgium' }];
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery .data=${broken}></devisus-practice-gallery>`,
    );
    expect(shownText(el)).to.equal('[1].country is not valid: expected /^[A-Za-z]{2}$/, received "Belgium".');
    const twice = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery .data=${[practices[0], practices[0]]}></devisus-practice-gallery>`,
    );
    expect(shownText(twice)).to.equal(
      'Each practice needs its own id, but these are used more than once: economie-circulaire.',
    );
  });

  it('reads a CSV file given as src', async () => {
    const csv = 'id,title,summary,country,themes\np1,From a spreadsheet,Kept in a table,FR,data\n';
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery
        src=${`/__test__/respond/list.csv?type=text/csv&body=${encodeURIComponent(csv)}`}
      ></devisus-practice-gallery>`,
    );
    expect(titles(el)).to.deep.equal(['From a spreadsheet']);
  });

  it('reads a spreadsheet’s semicolon CSV with a byte order mark, plain and French titles side by side', async () => {
    const csv =
      '\uFEFFid;title;title:fr;summary;country;themes\r\np1;Repair café;Café réparation;Together;BE;repair\r\n';
    const src = `/__test__/respond/list.csv?type=text/csv&body=${encodeURIComponent(csv)}`;
    const en = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery lang="en" src=${src}></devisus-practice-gallery>`,
    );
    expect(titles(en)).to.deep.equal(['Repair café']);
    const fr = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery lang="fr" src=${src}></devisus-practice-gallery>`,
    );
    expect(titles(fr)).to.deep.equal(['Café réparation']);
  });

  it('names the line of an unclosed quote in the reader’s language', async () => {
    const csv = 'id,title,summary,country,themes\np1,"Open,Kept,FR,data\n';
    const el = await settledFixture<PracticeGallery>(
      html`<devisus-practice-gallery
        lang="fr"
        src=${`/__test__/respond/list.csv?type=text/csv&body=${encodeURIComponent(csv)}`}
      ></devisus-practice-gallery>`,
    );
    expect(shownText(el)).to.equal(
      'Le fichier CSV n’a pas pu être lu : la cellule entre guillemets qui commence à la ligne 2 n’est jamais fermée.',
    );
  });
});
