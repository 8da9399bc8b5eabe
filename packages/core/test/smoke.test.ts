import { fixture, html, expect } from '@open-wc/testing';
import { settled } from './support/helpers.js';
import './support/test-list.js';

describe('smoke', () => {
  it('renders data', async () => {
    const el = await fixture(html`<test-list .data=${{ items: [{ id: 'a', title: { en: 'One', fr: 'Un' } }] }}></test-list>`);
    await settled(el as never);
    expect(el.shadowRoot!.textContent).to.contain('One');
  });
});
