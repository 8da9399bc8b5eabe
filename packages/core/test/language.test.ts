import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import {
  resolveLanguage,
  localize,
  localizedContent,
  foreignLanguage,
  localizedTextSchema,
  validate,
  formatNumber,
  formatDate,
  formatList,
  i18n,
  translator,
  matchLocale,
} from '../src/index.js';
import { mount, settled, settledFixture, shownText, restorePageLanguage, waitFor } from '@devisus/test-support';
import type { TestList } from './support/test-list.js';
import './support/test-list.js';

const data = { items: [{ id: 'a', title: { en: 'Aims', fr: 'Objectifs', 'fr-BE': 'Objectifs (BE)', de: 'Ziele' } }] };
const heading = (el: Element) => el.shadowRoot!.querySelector('h2')!.textContent;

describe('language', () => {
  restorePageLanguage();

  it("takes the element's own lang first", async () => {
    const wrapper = mount(html`<div lang="de"><test-list lang="fr" .data=${data}></test-list></div>`);
    const list = await settled(wrapper.querySelector('test-list') as TestList);
    expect(heading(list)).to.equal('Éléments');
    expect(shownText(list)).to.contain('Objectifs');
  });

  it('then the closest ancestor with lang, across shadow roots', async () => {
    const outer = mount<HTMLDivElement>(html`<div lang="fr-BE"><div></div></div>`);
    const shadow = outer.firstElementChild!.attachShadow({ mode: 'open' });
    const list = document.createElement('test-list') as TestList;
    list.data = data;
    shadow.append(list);
    await settled(list);
    expect(resolveLanguage(list)).to.equal('fr-BE');
    expect(heading(list)).to.equal('Éléments');
    expect(shownText(list)).to.contain('Objectifs (BE)');
  });

  it('then <html lang>, followed live', async () => {
    document.documentElement.lang = 'de';
    const list = await settledFixture<TestList>(html`<test-list .data=${data}></test-list>`);
    expect(shownText(list)).to.contain('Ziele');
    document.documentElement.lang = 'fr';
    await waitFor(() => heading(list) === 'Éléments', 'the French heading');
    expect(shownText(list)).to.contain('Objectifs');
  });

  it("then the browser's language", () => {
    document.documentElement.removeAttribute('lang');
    const lone = document.createElement('div');
    expect(resolveLanguage(lone)).to.equal(Intl.getCanonicalLocales(navigator.languages[0] ?? navigator.language)[0]);
  });

  it('reads CMS-style tags such as fr_FR and ignores empty or malformed ones', async () => {
    const wrapper = mount(
      html`<div lang="fr_FR">
        <p lang=""><span lang="%%"></span></p>
      </div>`,
    );
    expect(resolveLanguage(wrapper.querySelector('span')!)).to.equal('fr-FR');
  });

  it('falls back to English for the interface in an unshipped language, and marks it', async () => {
    const wrapper = mount(html`<div lang="ja"><test-list .data=${data}></test-list></div>`);
    const list = await settled(wrapper.querySelector('test-list') as TestList);
    expect(heading(list)).to.equal('Items');
    expect(shownText(list)).to.contain('Aims');
    const status = await settledFixture<TestList>(html`<test-list lang="ja"></test-list>`);
    expect(status.shadowRoot!.querySelector('[part="empty"]')!.getAttribute('lang')).to.equal('en');
  });

  it('shows English when a locale fails to load, without breaking', async () => {
    const list = await settledFixture<TestList>(html`<test-list lang="ca" .data=${data}></test-list>`);
    expect(list.state).to.equal('ready');
    expect(heading(list)).to.equal('Items');
  });

  it('renders the first frame in the reader’s language, not English first', async () => {
    const seen: string[] = [];
    const wrapper = mount(html`<div lang="nl"></div>`);
    const list = document.createElement('test-list') as TestList;
    list.data = { items: [] };
    const observer = new MutationObserver(() => seen.push(shownText(list)));
    wrapper.append(list);
    observer.observe(list.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await settled(list);
    observer.disconnect();
    expect(shownText(list)).to.equal('Er is nog niets om te tonen.');
    expect(seen.filter((text) => text.includes('nothing'))).to.deep.equal([]);
  });
});

describe('LocalizedText', () => {
  const text = { en: 'Aims', fr: 'Objectifs', 'fr-BE': 'Objectifs (BE)' };
  it('follows fr-BE -> fr -> en -> first', () => {
    expect(localize(text, 'fr-BE')).to.equal('Objectifs (BE)');
    expect(localize(text, 'fr-CA')).to.equal('Objectifs');
    expect(localize(text, 'FR')).to.equal('Objectifs');
    expect(localize(text, 'it')).to.equal('Aims');
    expect(localize({ nl: 'Doelen', de: 'Ziele' }, 'it')).to.equal('Doelen');
    expect(localize('Same everywhere', 'fr')).to.equal('Same everywhere');
    expect(localize(undefined, 'fr')).to.equal('');
  });

  it('marks text shown in another language than the reader’s with that language', () => {
    const shown = (language: string, value = text as Parameters<typeof localizedContent>[0]) => {
      const container = document.createElement('div');
      render(html`${localizedContent(value, language)}`, container);
      const span = container.querySelector('span');
      return { text: container.textContent?.trim(), lang: span?.getAttribute('lang') ?? null };
    };
    expect(shown('it')).to.deep.equal({ text: 'Aims', lang: 'en' });
    expect(shown('fr-CA')).to.deep.equal({ text: 'Objectifs', lang: null });
    expect(shown('en-GB')).to.deep.equal({ text: 'Aims', lang: null });
    expect(shown('nl', { 'pt-BR': 'Objetivos' })).to.deep.equal({ text: 'Objetivos', lang: 'pt-BR' });
    expect(shown('it', 'Same everywhere')).to.deep.equal({ text: 'Same everywhere', lang: null });
    expect([foreignLanguage(text, 'it'), foreignLanguage(text, 'fr-CA'), foreignLanguage('x', 'it')]).to.deep.equal([
      'en',
      undefined,
      undefined,
    ]);
  });

  it('is refused when it has no text in any language', () => {
    for (const empty of ['', {}, { en: '' }]) {
      const result = validate(localizedTextSchema, empty);
      expect(result.ok, JSON.stringify(empty)).to.equal(false);
      if (!result.ok && typeof empty === 'object') expect(result.problem.key).to.equal('error.missing');
    }
    expect(validate(localizedTextSchema, { fr: 'Objectifs' }).ok).to.equal(true);
  });
});

describe('matchLocale', () => {
  it('maps tags to shipped locales', () => {
    expect(matchLocale('pt-BR')).to.equal('pt');
    expect(matchLocale('ca_ES')).to.equal('ca');
    expect(matchLocale('fi-FI')).to.equal('fi');
    expect(matchLocale('ga')).to.equal('ga');
    expect(matchLocale('ja')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
  });
});

describe('Intl formatting', () => {
  it('formats numbers, dates and lists in the reader’s conventions', () => {
    expect(formatNumber('fr', 1234.5).replace(/\s/g, ' ')).to.equal('1 234,5');
    expect(formatNumber('de', 0.25, { style: 'percent' }).replace(/\s/g, ' ')).to.equal('25 %');
    expect(formatDate('fr', '2022-09-15', { year: 'numeric', month: 'long' })).to.equal('septembre 2022');
    expect(formatDate('en', 'not a date')).to.equal('not a date');
    expect(formatList('es', ['París', 'Roma', 'Namur'])).to.equal('París, Roma y Namur');
  });

  it('writes figures in messages without a separator below 10,000, so that years read as years', () => {
    i18n.addResource('en', 'format-test', 'range', 'Between {{min, number}} and {{max, number}}.');
    i18n.addResource('fr', 'format-test', 'range', 'Entre {{min, number}} et {{max, number}}.');
    const range = (language: string) =>
      translator(language as never, ['format-test'])('range', { min: 1800, max: 12500 }).replace(/\s/g, ' ');
    expect(range('en')).to.equal('Between 1800 and 12,500.');
    expect(range('fr')).to.equal('Entre 1800 et 12 500.');
  });

  it('pluralises through i18next and Intl.PluralRules', async () => {
    const fr = await settledFixture<TestList>(html`<test-list lang="fr" .data=${{ items: [{}, {}] }}></test-list>`);
    expect(shownText(fr)).to.contain('Il y a 3 autres problèmes.');
    const en = await settledFixture<TestList>(html`<test-list lang="en" .data=${{ items: [{}] }}></test-list>`);
    expect(shownText(en)).to.contain('There is 1 other problem.');
    // Languages with more forms: the Polish "few" (2–4) and the Slovenian dual.
    const pl = await settledFixture<TestList>(html`<test-list lang="pl" .data=${{ items: [{}, {}] }}></test-list>`);
    expect(shownText(pl)).to.contain('Są jeszcze 3 inne problemy.');
    const sl = await settledFixture<TestList>(
      html`<test-list lang="sl" .data=${{ items: [{}, { id: 'b' }] }}></test-list>`,
    );
    expect(shownText(sl)).to.contain('Obstajata še 2 drugi težavi.');
  });
});
