import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { settled, settledFixture, shownText, part, waitFor } from '@devisus/test-support';
import type { TestList } from './support/test-list.js';
import './support/test-list.js';

interface ErrorDetail {
  message: string;
  path?: string;
}

describe('DevisusElement bad data', () => {
  let pageErrors: unknown[];
  const onError = (event: ErrorEvent) => pageErrors.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(event.reason);
  let consoleError: typeof console.error;
  let logged: unknown[][];

  beforeEach(() => {
    pageErrors = [];
    logged = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    consoleError = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = consoleError;
    // Nothing may ever be thrown into the host page.
    expect(pageErrors).to.deep.equal([]);
  });

  async function failing(template: ReturnType<typeof html>): Promise<{ el: TestList; detail: ErrorDetail }> {
    const error = oneEvent(document, 'devisus-error');
    const el = await fixture<TestList>(template);
    const event = (await error) as CustomEvent<ErrorDetail>;
    await settled(el);
    return { el, detail: event.detail };
  }

  it('names the path and the problem of invalid data, in part="error" with role="alert"', async () => {
    const { el, detail } = await failing(
      html`<test-list .data=${{ items: [{ id: 'a', title: 'A' }, { title: 'B' }] }}></test-list>`,
    );
    expect(el.state).to.equal('error');
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent!.trim()).to.equal('items[1].id is missing.');
    expect(detail).to.deep.equal({ message: 'items[1].id is missing.', path: 'items[1].id' });
  });

  it('says what type was expected', async () => {
    const { el, detail } = await failing(html`<test-list .data=${{ items: [{ id: 7, title: 'A' }] }}></test-list>`);
    expect(detail.path).to.equal('items[0].id');
    expect(shownText(el)).to.equal('items[0].id should be string, but it is 7.');
  });

  it('counts the further problems', async () => {
    const { el } = await failing(html`<test-list .data=${{ items: [{}, {}] }}></test-list>`);
    expect(shownText(el)).to.match(/^items\[0\]\.id is missing\. There are 3 other problems\.$/);
  });

  it('names the root when the data is not even an object', async () => {
    const { el, detail } = await failing(html`<test-list .data=${'hello'}></test-list>`);
    expect(detail.path).to.equal('');
    expect(shownText(el)).to.match(/^The data should be Object, but it is "hello"\.$/);
  });

  it("uses the widget's own message for its own checks", async () => {
    const { el, detail } = await failing(
      html`<test-list .data=${{ items: ['A', 'B'].map((title) => ({ id: 'a', title })) }}></test-list>`,
    );
    expect(detail.path).to.equal('items');
    expect(shownText(el)).to.equal('Two items share an id.');
  });

  it('reports an HTTP error with the address and status', async () => {
    const { el, detail } = await failing(html`<test-list src=${'/__test__/respond?status=404&body=no'}></test-list>`);
    expect(detail.message).to.equal('Could not load /__test__/respond?status=404&body=no: the server answered 404.');
    expect(detail.path).to.equal(undefined);
    expect(shownText(el)).to.equal(detail.message);
  });

  it('reports an unreachable address', async () => {
    const { detail } = await failing(html`<test-list src="http://127.0.0.1:9/nothing.json"></test-list>`);
    expect(detail.message).to.equal(
      'Could not load http://127.0.0.1:9/nothing.json. Check the address and the connection.',
    );
  });

  it('reports JSON that does not parse, from src and inline', async () => {
    const { detail } = await failing(html`<test-list src="/__test__/respond?body=%7Bnope"></test-list>`);
    expect(detail.message).to.match(/^The data from \/__test__\/respond\?body=%7Bnope is not valid JSON \(.+\)\.$/s);
    const inline = await failing(
      html`<test-list
        ><script type="application/json">
          { "items": [ }
        </script></test-list
      >`,
    );
    expect(inline.detail.message).to.match(/^The data from the script inside the element is not valid JSON \(.+\)\.$/s);
  });

  it('logs each problem once, naming the element', async () => {
    await failing(html`<test-list .data=${{ items: 'x' }}></test-list>`);
    expect(logged).to.have.length(1);
    expect(String(logged[0][0])).to.match(/^<test-list>: items should be Array, but it is "x"\.$/);
  });

  it('recovers when good data replaces bad data', async () => {
    const { el } = await failing(html`<test-list .data=${{ items: 'x' }}></test-list>`);
    el.data = { items: [{ id: 'a', title: 'Fine now' }] };
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(part(el, 'error')).to.equal(null);
    expect(shownText(el)).to.contain('Fine now');
  });

  it('speaks the reader’s language in its error messages', async () => {
    const el = await settledFixture<TestList>(
      html`<test-list lang="fr" .data=${{ items: [{ title: 'A' }] }}></test-list>`,
    );
    expect(shownText(el)).to.equal('items[0].id est absent.');
    el.setAttribute('lang', 'de');
    await waitFor(() => shownText(el) === 'items[0].id fehlt.', 'the message in German');
  });
});

describe('validate', () => {
  it('names the failure of the union branch that got furthest into the data', async () => {
    const v = await import('valibot');
    const { validate } = await import('../src/index.js');
    const item = v.object({ code: v.union([v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)), v.array(v.string())]) });
    const schema = v.union([v.array(item), v.object({ items: v.array(item) })]);
    const result = validate(schema, [{ code: 'FR' }, { code: 'France' }]);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.problem.path).to.equal('[1].code');
    expect(!result.ok && result.problem.key).to.equal('error.invalid');
  });
});
