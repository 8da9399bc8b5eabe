import { expect } from '@open-wc/testing';
import { localize, type LocalizedText } from '@devisus/core';
import { buildIndex, normalizeTerm, type Practice } from '../src/index.js';
import { PracticeIndex } from '../src/search/practice-index.js';
import { manyPractices, practices } from './support/practices.js';

const searchIn = (language: string) => buildIndex(practices, (text) => localize(text, language));

describe('practice search', () => {
  it('ignores case and accents: "economie" finds "économie"', () => {
    expect(normalizeTerm('Économie')).to.equal('economie');
    expect(searchIn('fr')('economie')).to.deep.equal(['economie-circulaire']);
    expect(searchIn('fr')('ÉCONOMIE')).to.deep.equal(['economie-circulaire']);
  });

  it('searches the current language', () => {
    expect(searchIn('fr')('meubles')).to.deep.equal(['economie-circulaire']);
    expect(searchIn('en')('meubles')).to.deep.equal([]);
    expect(searchIn('en')('furniture')).to.deep.equal(['economie-circulaire']);
  });

  it('forgives a prefix and a small typo', () => {
    expect(searchIn('en')('coop')).to.deep.equal(['cooperative-energy']);
    expect(searchIn('en')('cooperatve')).to.deep.equal(['cooperative-energy']);
    expect(searchIn('en')('traning')).to.include('social-utility-training');
  });

  it('searches organisations, themes and the problem too, and needs every word', () => {
    expect(searchIn('en')('sun coop')).to.deep.equal(['cooperative-energy']);
    expect(searchIn('en')('circular economy')).to.deep.equal(['economie-circulaire']);
    expect(searchIn('en')('evaluation methods')).to.deep.equal(['social-utility-training']);
    expect(searchIn('en')('solar furniture')).to.deep.equal([]);
  });

  it('ranks a title match above a match in the text', () => {
    // "coaches" is in the training title-adjacent summary; "training" is in its title and in a theme.
    const results = searchIn('en')('social');
    expect(results[0]).to.equal('social-utility-training');
  });
});

describe('practice search: prefixes, typos and scripts', () => {
  const record = (id: string, title: LocalizedText, summary: LocalizedText = ''): Practice => ({
    id,
    title,
    summary,
    organisations: [],
    country: 'FR',
    themes: [],
  });
  const collection = [
    record('housing', 'Shared housing for students', 'Older residents rent a room.'),
    record('house', 'A house of associations'),
    record('repair', 'Repair cafés in every district', 'Volunteers fix bicycles and lamps.'),
    record(
      'greek',
      { en: 'Social economy in Athens', el: 'Κοινωνική οικονομία στην Αθήνα', ru: 'Социальная экономика в Афинах' },
      { en: 'Cooperatives of the city.', el: 'Συνεταιρισμοί της πόλης.', ru: 'Кооперативы города.' },
    ),
  ];
  const find = (language: string, query: string) => buildIndex(collection, (text) => localize(text, language))(query);

  it('finds words by their beginning, in every word of the search, exact words first', () => {
    expect(find('en', 'hous')).to.have.members(['housing', 'house']);
    expect(find('en', 'house')[0]).to.equal('house');
    expect(find('en', 'sha hous')).to.deep.equal(['housing']);
    expect(find('en', 'rep caf')).to.deep.equal(['repair']);
    expect(find('en', 'cafe')).to.deep.equal(['repair']);
    expect(find('en', '…')).to.deep.equal([]);
  });

  it('forgives one typo from five letters on: a letter missing, extra, wrong', () => {
    for (const query of ['bicyles', 'bicycless', 'bicucles', 'volunters district'])
      expect(find('en', query), query).to.deep.equal(['repair']);
    // Two typos, or one in a short word, find nothing rather than anything.
    for (const query of ['bycicles', 'fox']) expect(find('en', query), query).to.deep.equal([]);
  });

  it('searches Greek and Cyrillic records in their language, accents and case folded', () => {
    expect(find('el', 'κοινωνικη')).to.deep.equal(['greek']);
    expect(find('el', 'ΟΙΚΟΝΟΜΊΑ αθη')).to.deep.equal(['greek']);
    expect(find('el', 'συνεταιρισμοι')).to.deep.equal(['greek']);
    expect(find('ru', 'социальн')).to.deep.equal(['greek']);
    expect(find('ru', 'кооперативы')).to.deep.equal(['greek']);
    expect(find('en', 'кооперативы')).to.deep.equal([]);
    expect(find('en', 'athens')).to.deep.equal(['greek']);
  });

  it('answers the same whether it is built at once or in steps, and a search made halfway finishes the build', () => {
    const many = manyPractices(500);
    const whole = buildIndex(many, (text) => localize(text, 'en'));
    const stepped = new PracticeIndex(many, (text) => localize(text, 'en'));
    expect(stepped.build(() => 0)).to.equal(false);
    expect(stepped.complete).to.equal(false);
    const ids = stepped.search('housing 12').map((position) => many[position].id);
    expect(stepped.complete).to.equal(true);
    expect(ids).to.deep.equal(whole('housing 12'));
    expect(ids).to.include('practice-122');
  });
});
