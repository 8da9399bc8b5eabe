import { expect } from '@open-wc/testing';
import { localize } from '@devisus/core';
import { buildIndex, normalizeTerm } from '../src/index.js';
import { practices } from './support/practices.js';

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
