import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { mount, settled, settledFixture, shownText, part, waitFor } from '@devisus/test-support';
import { TestList } from './support/test-list.js';

const respond = (body: unknown, extra = '') =>
  `/__test__/respond?body=${encodeURIComponent(JSON.stringify(body))}${extra}`;
const one = (title: string) => ({ items: [{ id: 'a', title }] });

describe('DevisusElement data sources', () => {
  afterEach(() => {
    TestList.defaultData = undefined;
  });

  it('renders the data property first, ignoring inline JSON and src', async () => {
    const el = await settledFixture<TestList>(
      html`<test-list .data=${one('From property')} src=${respond(one('From src'))}>
        <script type="application/json">
          ${JSON.stringify(one('Inline'))}
        </script>
      </test-list>`,
    );
    expect(el.state).to.equal('ready');
    expect(shownText(el)).to.contain('From property');
    expect(shownText(el)).not.to.contain('Inline');
  });

  it('reads an inline JSON script before src', async () => {
    const el = await settledFixture<TestList>(
      html`<test-list src=${respond(one('From src'))}>
        <script type="application/json">
          ${JSON.stringify(one('Inline'))}
        </script>
      </test-list>`,
    );
    expect(shownText(el)).to.contain('Inline');
  });

  it('fetches src when nothing else is given', async () => {
    const el = await settledFixture<TestList>(html`<test-list src=${respond(one('From src'))}></test-list>`);
    expect(el.state).to.equal('ready');
    expect(shownText(el)).to.contain('From src');
  });

  it('shows a visible loading state while src loads', async () => {
    const el = await fixture<TestList>(html`<test-list src=${respond(one('Late'), '&delay=400')}></test-list>`);
    expect(el.state).to.equal('loading');
    expect(part(el, 'loading')?.getAttribute('role')).to.equal('status');
    expect(shownText(el)).to.equal('Loading…');
    await settled(el);
    expect(shownText(el)).to.contain('Late');
  });

  it('lets a newer src win over an older, slower one', async () => {
    const old = respond(one('Old'), '&delay=600');
    const el = await fixture<TestList>(html`<test-list src=${old}></test-list>`);
    el.src = respond(one('New'));
    await settled(el);
    // The older answer is due 600 ms after it was asked for: a wait past it, since what is checked is
    // that nothing happens (no condition to wait on).
    await new Promise((resolve) => setTimeout(resolve, 800));
    await el.updateComplete;
    expect(shownText(el)).to.contain('New');
    expect(shownText(el)).not.to.contain('Old');
  });

  it('loads the default content lazily when no data is given', async () => {
    let calls = 0;
    TestList.defaultData = async () => {
      calls++;
      return one('Default');
    };
    const el = await settledFixture<TestList>(html`<test-list></test-list>`);
    expect(calls).to.equal(1);
    expect(shownText(el)).to.contain('Default');
  });

  it('reads the default content again in the reader’s new language, showing the current one meanwhile', async () => {
    const asked: string[] = [];
    TestList.defaultData = async (language) => {
      asked.push(language);
      return { items: [{ id: 'a', title: language === 'de' ? { en: 'Aims', de: 'Ziele' } : { en: 'Aims' } }] };
    };
    const el = await settledFixture<TestList>(html`<test-list lang="en"></test-list>`);
    expect(shownText(el)).to.contain('Aims');
    const states: string[] = [];
    el.addEventListener('devisus-ready', () => states.push(el.state));
    const observer = new MutationObserver(() => states.push(el.state));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    el.setAttribute('lang', 'de');
    await waitFor(() => shownText(el).includes('Ziele'), 'the German title');
    observer.disconnect();
    expect(asked).to.deep.equal(['en', 'de']);
    expect(states).not.to.include('loading');
  });

  it('never loads the default content when data is given', async () => {
    let calls = 0;
    TestList.defaultData = async () => {
      calls++;
      return one('Default');
    };
    await settledFixture<TestList>(html`<test-list .data=${one('Mine')}></test-list>`);
    expect(calls).to.equal(0);
  });

  it('says so when the default content cannot be loaded', async () => {
    TestList.defaultData = () => Promise.reject(new Error('chunk failed'));
    const el = await settledFixture<TestList>(html`<test-list></test-list>`);
    expect(el.state).to.equal('error');
    expect(shownText(el)).to.equal('The default content could not be loaded.');
  });

  it('is empty without any data, and says so', async () => {
    const el = await settledFixture<TestList>(html`<test-list></test-list>`);
    expect(el.state).to.equal('empty');
    expect(part(el, 'empty')?.textContent).to.equal('There is nothing to show yet.');
  });

  it('is empty when the element decides its valid data holds nothing', async () => {
    const el = await settledFixture<TestList>(html`<test-list .data=${{ items: [] }}></test-list>`);
    expect(el.state).to.equal('empty');
  });

  it('picks up inline JSON added after the element was upgraded', async () => {
    const el = await settledFixture<TestList>(html`<test-list></test-list>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(one('Arrived later'));
    el.append(script);
    await waitFor(() => shownText(el).includes('Arrived later'), 'the inline JSON shown');
  });

  it('follows a change of the data property', async () => {
    const el = await settledFixture<TestList>(html`<test-list .data=${one('First')}></test-list>`);
    el.data = one('Second');
    await settled(el);
    expect(shownText(el)).to.contain('Second');
  });

  it('fires devisus-ready once rendered, bubbling out of shadow roots', async () => {
    const host = mount<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('test-list') as TestList;
    el.data = one('Ready');
    const ready = oneEvent(document, 'devisus-ready');
    shadow.append(el);
    const event = await ready;
    expect(event.composed).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('Ready');
  });
});
