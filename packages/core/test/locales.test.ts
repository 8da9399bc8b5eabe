import { expect } from '@open-wc/testing';
import { LOCALES, type Messages } from '../src/index.js';
import { checkLocales, loadAll } from '@devisus/test-support';

describe('translations', () => {
  it('core ships every key in every locale, with every plural form and variable', async () => {
    const locales = await loadAll((locale) => import(`../src/i18n/locales/${locale}.ts`));
    expect(checkLocales('core', locales)).to.deep.equal([]);
  });

  it('the check catches a missing key, a missing plural form, a dropped variable and a stray key', () => {
    // Every plural category any shipped language uses, so that only the faults below are reported.
    const good = { a: '{{x}} A', n_zero: 'z', n_one: '1', n_two: 't', n_few: 'f', n_many: 'm', n_other: 'o' };
    const locales: Record<string, Messages> = Object.fromEntries(LOCALES.map((locale) => [locale, good]));
    locales.en = { a: 'A {{x}}', b: 'B', n_one: 'one', n_other: 'many' };
    for (const locale of LOCALES) if (locale !== 'en') locales[locale] = { ...good, b: 'b' };
    locales.fr = { a: 'A', b: 'b', n_one: 'un', n_other: 'plusieurs', stray: 's' };
    delete (locales.de as Record<string, string>).b;
    expect(checkLocales('sample', locales).sort()).to.deep.equal(
      [
        'sample: de lacks "b"',
        'sample: fr "a" drops {{x}}',
        'sample: fr has "stray", unknown in English',
        'sample: fr lacks "n_many"',
      ].sort(),
    );
  });
});
