import { expect, html } from '@open-wc/testing';
import { mount, settled, settledFixture } from '@devisus/test-support';
import type { TestList } from './support/test-list.js';
import './support/test-list.js';

const data = { items: [{ id: 'a', title: 'A' }] };
const prefersDark = () => matchMedia('(prefers-color-scheme: dark)').matches;

describe('theme', () => {
  it('paints the light palette with theme="light" and the dark one with theme="dark"', async () => {
    const light = await settledFixture<TestList>(html`<test-list theme="light" .data=${data}></test-list>`);
    const dark = await settledFixture<TestList>(html`<test-list theme="dark" .data=${data}></test-list>`);
    const text = (element: TestList) => getComputedStyle(element.shadowRoot!.querySelector('li')!).color;
    expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(text(light)).to.equal('rgb(26, 31, 30)');
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(22, 25, 27)');
    expect(text(dark)).to.equal('rgb(238, 241, 240)');
  });

  it("follows the reader's system preference without a theme attribute", async () => {
    const el = await settledFixture<TestList>(html`<test-list .data=${data}></test-list>`);
    expect(getComputedStyle(el).backgroundColor).to.equal(prefersDark() ? 'rgb(22, 25, 27)' : 'rgb(255, 255, 255)');
  });

  it('takes the site’s --devisus-* values over the defaults, in both themes', async () => {
    const wrapper = mount(
      html`<div style="--devisus-color-surface: rgb(1, 2, 3); --devisus-color-text: rgb(250, 250, 250)">
        <test-list theme="dark" .data=${data}></test-list>
      </div>`,
    );
    const el = await settled(wrapper.querySelector('test-list') as TestList);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('li')!).color).to.equal('rgb(250, 250, 250)');
  });

  it("inherits the host page's font", async () => {
    const wrapper = mount(
      html`<div style="font-family: Georgia, serif; font-size: 21px"><test-list .data=${data}></test-list></div>`,
    );
    const el = await settled(wrapper.querySelector('test-list') as TestList);
    const item = el.shadowRoot!.querySelector('li')!;
    expect(getComputedStyle(item).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(item).fontSize).to.equal('21px');
  });

  it('reflects the theme property to the attribute', async () => {
    const el = await settledFixture<TestList>(html`<test-list .data=${data}></test-list>`);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
  });
});
