import { expect } from '@open-wc/testing';
import { checkLocales, loadAll } from '@devisus/test-support';

// The three elements of the package (and the results' words on exports read alone) in one place, so that "packages/*/test/locales.test.ts" checks
// every translation file of the library (docs/guides/languages.md gives that command to reviewers).
describe('survey translations', () => {
  it('<devisus-survey> ships every key in every locale, with every plural form and variable', async () => {
    const locales = await loadAll((locale) => import(`../src/locales/${locale}.ts`));
    expect(checkLocales('survey', locales)).to.deep.equal([]);
  });

  it('<devisus-survey-embed> ships every key in every locale, with every plural form and variable', async () => {
    const locales = await loadAll((locale) => import(`../src/embed/locales/${locale}.ts`));
    expect(checkLocales('survey-embed', locales)).to.deep.equal([]);
  });

  it('<devisus-survey-results> ships every key in every locale, with every plural form and variable', async () => {
    const locales = await loadAll((locale) => import(`../src/results/locales/${locale}.ts`));
    expect(checkLocales('survey-results', locales)).to.deep.equal([]);
  });

  it('<devisus-survey-results> says how it read an export in every locale, with every variable', async () => {
    const locales = await loadAll((locale) => import(`../src/results/infer/locales/${locale}.ts`));
    expect(checkLocales('survey-results-read', locales)).to.deep.equal([]);
  });
});
