import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { DataSource, ProblemError, ProblemReporter } from '../src/index.js';

/** A bare host: counts the updates the controller asks for. */
class SourceHost extends ReactiveElement {
  updates = 0;
  override requestUpdate(...args: Parameters<ReactiveElement['requestUpdate']>): void {
    this.updates++;
    super.requestUpdate(...args);
  }
}
customElements.define('source-host', SourceHost);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

describe('DataSource', () => {
  let host: SourceHost;
  beforeEach(() => {
    host = document.createElement('source-host') as SourceHost;
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('has read a value given at once when load() returns', () => {
    const source = new DataSource(host, () => ({ items: [] }));
    source.load();
    expect(source.state).to.equal('loaded');
    expect(source.raw).to.deep.equal({ items: [] });
    expect(source.generation).to.equal(1);
  });

  it('is loading while a read is pending, then loaded, and asks the host to update', async () => {
    const pending = deferred<string>();
    const source = new DataSource(host, () => pending.promise);
    source.load();
    expect(source.state).to.equal('loading');
    const before = host.updates;
    pending.resolve('done');
    await pending.promise;
    await Promise.resolve();
    expect(source.state).to.equal('loaded');
    expect(source.raw).to.equal('done');
    expect(host.updates).to.be.greaterThan(before);
  });

  it('reads again for a new value only when the last read said what it was made for, keeping what it read meanwhile', async () => {
    const german = deferred<string>();
    let language = 'en';
    const asked: string[] = [];
    const source: DataSource<string> = new DataSource(host, () => {
      asked.push(language);
      if (language === 'de') {
        source.readFor(language);
        return german.promise;
      }
      if (language === 'en') source.readFor(language);
      return `text in ${language}`;
    });
    source.load();
    source.follow('en');
    expect(asked).to.deep.equal(['en']);
    language = 'de';
    source.follow('de');
    expect(asked).to.deep.equal(['en', 'de']);
    expect(source.state).to.equal('loaded');
    expect(source.raw).to.equal('text in en');
    german.resolve('text in de');
    await german.promise;
    await Promise.resolve();
    expect(source.raw).to.equal('text in de');
    // A read that says nothing (data given by the page) is not read again for a new language.
    language = 'fr';
    source.load();
    source.follow('it');
    expect(asked).to.deep.equal(['en', 'de', 'fr']);
  });

  it('drops a read that a newer one replaced, and aborts its request', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const signals: AbortSignal[] = [];
    const reads = [first.promise, second.promise];
    const source = new DataSource(host, (signal) => (signals.push(signal), reads.shift()));
    source.load();
    source.load();
    expect(signals[0].aborted).to.equal(true);
    second.resolve('newer');
    first.resolve('older');
    await Promise.all([first.promise, second.promise]);
    await Promise.resolve();
    expect(source.raw).to.equal('newer');
    expect(source.generation).to.equal(1);
  });

  it('turns a failure into a problem, keeping a ProblemError as it is', async () => {
    const source = new DataSource(host, () =>
      Promise.reject(new ProblemError({ key: 'error.http', values: { status: 500 } })),
    );
    source.load();
    await new Promise((resolve) => setTimeout(resolve));
    expect(source.state).to.equal('failed');
    expect(source.problem).to.deep.equal({ key: 'error.http', values: { status: 500 } });

    const thrown = new DataSource(host, () => {
      throw new TypeError('boom');
    });
    thrown.load();
    expect(thrown.state).to.equal('failed');
    expect(thrown.problem?.key).to.equal('error.unexpected');
    expect(thrown.problem?.values).to.deep.equal({ detail: 'TypeError: boom' });
  });

  it('aborts its request when the host leaves the page, without calling that a failure', async () => {
    let signal: AbortSignal | undefined;
    const source = new DataSource(
      host,
      (given) =>
        new Promise((_resolve, reject) => {
          signal = given;
          given.addEventListener('abort', () => reject(new DOMException('gone', 'AbortError')));
        }),
    );
    source.load();
    host.remove();
    expect(signal?.aborted).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve));
    expect(source.state).to.equal('loading');
    expect(source.problem).to.equal(undefined);
  });

  it('lets one host hold several sources, each with its own state', async () => {
    const survey = new DataSource(host, () => ({ pages: [] }));
    const pending = deferred<unknown[]>();
    const responses = new DataSource(host, () => pending.promise);
    survey.load();
    responses.load();
    expect([survey.state, responses.state]).to.deep.equal(['loaded', 'loading']);
    pending.resolve([]);
    await pending.promise;
    await Promise.resolve();
    expect([survey.state, responses.state]).to.deep.equal(['loaded', 'loaded']);
  });
});

describe('ProblemReporter', () => {
  it('fires devisus-error every time but logs each distinct message once', () => {
    const element = document.createElement('div');
    document.body.append(element);
    const details: unknown[] = [];
    element.addEventListener('devisus-error', (event) => details.push((event as CustomEvent).detail));
    const logged: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const reporter = new ProblemReporter();
      reporter.report(element, 'items[0].id is missing.', { path: 'items[0].id' });
      reporter.report(element, 'items[0].id is missing.', { path: 'items[0].id' });
      reporter.report(element, 'The file could not be read.');
    } finally {
      console.error = consoleError;
      element.remove();
    }
    expect(details).to.deep.equal([
      { message: 'items[0].id is missing.', path: 'items[0].id' },
      { message: 'items[0].id is missing.', path: 'items[0].id' },
      { message: 'The file could not be read.' },
    ]);
    expect(logged.map(([message]) => message)).to.deep.equal([
      '<div>: items[0].id is missing.',
      '<div>: The file could not be read.',
    ]);
  });
});
