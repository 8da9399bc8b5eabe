import { expect } from '@open-wc/testing';
import { checkLocales, loadAll } from '@devisus/test-support';

describe('impact grid translations', () => {
  it('ships every key in every locale, with every plural form and variable', async () => {
    const locales = await loadAll((locale) => import(`../src/locales/${locale}.ts`));
    expect(checkLocales('impact-grid', locales)).to.deep.equal([]);
  });
});
