import { expect, html } from '@open-wc/testing';
import { restorePageLanguage, settledFixture, shownText } from '@devisus/test-support';
import type { TestList } from './support/test-list.js';
import './support/test-list.js';

// Its own file, so that its page has fetched no locale before: what it measures is what a reader's
// page downloads. The dev server serves each module as a file of its own, so the browser's resource
// timing lists every table and locale file that was requested.
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/locales\/(?!en\.)[\w.-]+\.(ts|js)$/.test(path));

describe('loading the languages', () => {
  restorePageLanguage();

  it('an English page fetches no table of languages and no other language', async () => {
    const list = await settledFixture<TestList>(html`<test-list lang="en" .data=${{ items: [] }}></test-list>`);
    expect(shownText(list)).to.equal('There is nothing to show yet.');
    expect(fetched()).to.deep.equal([]);
  });

  it('a Finnish page fetches the table, then Finnish only', async () => {
    const list = await settledFixture<TestList>(html`<test-list lang="fi-FI" .data=${{ items: [] }}></test-list>`);
    expect(shownText(list)).to.equal('Täällä ei ole vielä mitään näytettävää.');
    expect(fetched().map((path) => path.replace(/^.*\/locales\//, ''))).to.have.members([
      'loaders.generated.ts',
      'fi.ts',
    ]);
  });
});
