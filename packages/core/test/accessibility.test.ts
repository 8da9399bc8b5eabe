import { expect, html } from '@open-wc/testing';
import { settledFixture } from '@devisus/test-support';
import type { TestList } from './support/test-list.js';
import './support/test-list.js';

// axe checks every state an element can be in, in both palettes.
const states = {
  ready: html`<test-list .data=${{ items: [{ id: 'a', title: 'A' }] }}></test-list>`,
  empty: html`<test-list></test-list>`,
  error: html`<test-list .data=${{ items: [{ title: 'A' }] }}></test-list>`,
  loading: html`<test-list src=${'/__test__/respond?delay=3000&body=%7B%7D'}></test-list>`,
};

describe('accessibility of the shared states', () => {
  for (const [name, template] of Object.entries(states)) {
    for (const theme of ['light', 'dark']) {
      it(`${name}, ${theme}: axe finds nothing`, async () => {
        const el = await settledFixture<TestList>(template);
        if (name !== 'loading') expect(el.state).to.equal(name);
        el.theme = theme as 'light' | 'dark';
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
});
