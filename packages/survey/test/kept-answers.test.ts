import { expect, html, oneEvent } from '@open-wc/testing';
import type { DevisusSurvey } from '../src/survey/survey.component.js';
import '../src/define/devisus-survey.js';
import { downloads } from './support/downloads.js';
import { $, $$, settledFixture, shownText, waitFor } from '@devisus/test-support';

// What storage may hold that this release did not write (another release, another script, a hand
// edit), and what happens to answers whatever the questions are named or the browser does.
const survey = { id: 'kept-test', elements: [{ type: 'text', name: 'q', isRequired: true }] };
const bucket = () => `k${Math.random().toString(36).slice(2)}`;
const stored = async (name: string) => (await (await fetch(`/__test__/record/${name}`)).json()) as string[];
const outboxKey = (action: string) => `devisus:survey-outbox:${action}`;
const draftKey = `devisus:survey-draft:${survey.id}`;

function pendingEntry(text: string) {
  const now = new Date().toISOString();
  return {
    response: {
      id: crypto.randomUUID(),
      surveyId: survey.id,
      locale: 'en',
      startedAt: now,
      completedAt: now,
      data: { q: text },
    },
    attempts: 0,
    status: 'pending',
  };
}

const record = (value: unknown) => JSON.stringify({ version: 1, savedAt: new Date().toISOString(), value });

async function answer(el: DevisusSurvey, name: string, text: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#q-${CSS.escape(name)}`)!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function send(el: DevisusSurvey) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}

/** Errors the page did not catch while `act` ran. */
async function uncaught(act: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await act();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

const kept = (el: DevisusSurvey) => $$(el, '[part="refused"]');

describe('answers kept on the device, whatever storage holds', function () {
  this.timeout(30000);
  afterEach(() => {
    for (const item of Object.keys(localStorage))
      if (/^devisus(-set-aside)?:survey-/.test(item)) localStorage.removeItem(item);
  });

  it('sets aside outbox entries of the wrong shape, delivers the others, and offers the rest for download', async () => {
    const name = bucket();
    const action = `/__test__/record/${name}`;
    const good = pendingEntry('kept safe');
    const bad = [{ response: { id: 7 } }, 'junk', null, { ...pendingEntry('no status'), status: 'lost' }];
    localStorage.setItem(outboxKey(action), record([bad[0], good, ...bad.slice(1)]));
    let el!: DevisusSurvey;
    const errors = await uncaught(async () => {
      el = document.createElement('devisus-survey') as DevisusSurvey;
      el.data = survey;
      el.setAttribute('action', action);
      const delivered = oneEvent(el, 'devisus-delivered');
      document.body.append(el);
      expect(((await delivered) as CustomEvent).detail.id).to.equal(good.response.id);
    });
    try {
      expect(errors).to.deep.equal([]);
      const bodies = await stored(name);
      expect(bodies.map((body) => JSON.parse(body).data)).to.deep.equal([{ q: 'kept safe' }]);
      await el.updateComplete;
      expect(kept(el)).to.have.length(1);
      expect(kept(el)[0].querySelector('p')!.textContent).to.match(
        /^Answers kept on this device could not be read \(set aside on .*\d{4}.*\)\. Download them so that nothing is lost\.$/,
      );
      const [file] = await downloads(() => kept(el)[0].querySelector('button')!.click());
      expect(file.name).to.match(/^kept-test-kept-\d{4}-\d{2}-\d{2}\.json$/);
      expect(JSON.parse(file.text)).to.deep.equal(bad);
      // The survey itself still works, and a new response goes out.
      const next = oneEvent(el, 'devisus-delivered');
      await answer(el, 'q', 'after');
      await send(el);
      await next;
      expect((await stored(name)).map((body) => JSON.parse(body).data.q)).to.deep.equal(['kept safe', 'after']);
      await expect(el).to.be.accessible();
      // Deleting it is the person's choice, and it is then gone for good.
      kept(el)[0].querySelectorAll('button')[1].click();
      await el.updateComplete;
      expect(kept(el)).to.have.length(0);
      expect(Object.keys(localStorage).filter((item) => item.startsWith('devisus-set-aside:'))).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });

  // What each shape gives back for download: the part that could not be read, as it was.
  for (const [what, text, given] of [
    ['an outbox that is not a list', record({ response: 1 }), '{"response":1}'],
    ['a record without value', '{"version":1}', '{"version":1}'],
    ['a record that is not JSON', '{"version":1,"value":[', '{"version":1,"value":['],
    ['a list where a record should be', '[1,2]', '[1,2]'],
    ['a record of a newer release', '{"version":9,"value":[]}', '{"version":9,"value":[]}'],
  ]) {
    it(`keeps working with ${what} in the outbox, and keeps it for download`, async () => {
      const name = bucket();
      const action = `/__test__/record/${name}`;
      localStorage.setItem(outboxKey(action), text);
      const errors = await uncaught(async () => {
        const el = await settledFixture<DevisusSurvey>(
          html`<devisus-survey action=${action} .data=${survey}></devisus-survey>`,
        );
        expect(kept(el)).to.have.length(1);
        const [file] = await downloads(() => kept(el)[0].querySelector('button')!.click());
        expect(file.text.replace(/\s+/g, '')).to.equal(given);
        const delivered = oneEvent(el, 'devisus-delivered');
        await answer(el, 'q', 'fine');
        await send(el);
        await delivered;
      });
      expect(errors).to.deep.equal([]);
      expect((await stored(name)).map((body) => JSON.parse(body).data)).to.deep.equal([{ q: 'fine' }]);
    });
  }

  for (const [what, value] of [
    ['answers that are not a record', { data: 'x', page: 0, startedAt: new Date().toISOString() }],
    ['a page that is not a number', { data: { q: 'a' }, page: 'two', startedAt: new Date().toISOString() }],
    ['a start that is not a time', { data: { q: 'a' }, page: 0, startedAt: 'yesterday' }],
    ['no draft at all', ['q', 'a']],
  ] as const) {
    it(`starts afresh from a draft with ${what}, keeping the draft for download`, async () => {
      localStorage.setItem(draftKey, record(value));
      const errors = await uncaught(async () => {
        const el = await settledFixture<DevisusSurvey>(html`<devisus-survey .data=${survey}></devisus-survey>`);
        expect($<HTMLInputElement>(el, '#q-q').value).to.equal('');
        expect(shownText(el)).not.to.contain('restored');
        expect(kept(el)).to.have.length(1);
        const [file] = await downloads(() => kept(el)[0].querySelector('button')!.click());
        expect(JSON.parse(file.text)).to.deep.equal(value);
        // The next answer is kept as a draft again.
        await answer(el, 'q', 'new');
        expect(JSON.parse(localStorage.getItem(draftKey)!).value.data).to.deep.equal({ q: 'new' });
        await expect(el).to.be.accessible();
      });
      expect(errors).to.deep.equal([]);
    });
  }

  it('restores the answers of a draft that fit their questions, and keeps the whole draft for download', async () => {
    const many = {
      id: 'shapes',
      elements: [
        { type: 'text', name: 't' },
        { type: 'checkbox', name: 'c', choices: ['a', 'b'] },
        { type: 'matrix', name: 'm', rows: ['r1'], columns: ['x', 'y'] },
        { type: 'ranking', name: 'r', choices: ['a', 'b'] },
        { type: 'radiogroup', name: 'g', choices: ['a'], showOtherItem: true },
        { type: 'rating', name: 'n' },
      ],
    };
    const value = {
      page: 0,
      startedAt: new Date().toISOString(),
      data: { t: ['x'], c: 'a', m: 'x', r: { a: 1 }, g: 'other', 'g-Comment': { no: 1 }, n: 4 },
    };
    localStorage.setItem('devisus:survey-draft:shapes', record(value));
    const errors = await uncaught(async () => {
      const el = await settledFixture<DevisusSurvey>(html`<devisus-survey .data=${many}></devisus-survey>`);
      // The rating fits; "other" is kept without the text that was not one.
      expect(el.answers).to.deep.equal({ g: 'other', n: 4 });
      expect(shownText(el)).to.contain('Your earlier answers have been restored.');
      expect(kept(el)).to.have.length(1);
      const [file] = await downloads(() => kept(el)[0].querySelector('button')!.click());
      expect(JSON.parse(file.text)).to.deep.equal(value);
      await expect(el).to.be.accessible();
    });
    expect(errors).to.deep.equal([]);
  });

  it('keeps the answers of questions named __proto__, constructor and prototype', async () => {
    const name = bucket();
    const names = ['__proto__', 'constructor', 'prototype', 'toString'];
    const odd = { id: 'odd-names', elements: names.map((item) => ({ type: 'text', name: item, isRequired: true })) };
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey action=${`/__test__/record/${name}`} .data=${odd}></devisus-survey>`,
    );
    // Unanswered, none of them reads as answered (Object's own members are not answers).
    await send(el);
    expect($$(el, '[part="error-summary"] li')).to.have.length(4);
    for (const item of names) await answer(el, item, `answer to ${item}`);
    // Kept in the draft, as typed.
    const draft = JSON.parse(localStorage.getItem('devisus:survey-draft:odd-names')!).value.data;
    expect(Object.keys(draft)).to.have.members(names);
    const delivered = oneEvent(el, 'devisus-delivered');
    const completed = oneEvent(el, 'devisus-complete');
    await send(el);
    // The page gets an ordinary object, with each of those answers as its own property.
    const { response } = ((await completed) as CustomEvent).detail;
    expect(Object.getPrototypeOf(response.data)).to.equal(Object.prototype);
    for (const item of names) expect(Object.hasOwn(response.data, item)).to.equal(true);
    await delivered;
    const data = JSON.parse((await stored(name))[0]).data;
    expect(Object.keys(data)).to.have.members(names);
    for (const item of names) expect(Object.getOwnPropertyDescriptor(data, item)?.value).to.equal(`answer to ${item}`);
  });

  it('restores a draft of questions named __proto__ and constructor', async () => {
    const odd = {
      id: 'odd-draft',
      elements: ['__proto__', 'constructor'].map((item) => ({ type: 'text', name: item })),
    };
    localStorage.setItem(
      'devisus:survey-draft:odd-draft',
      `{"version":1,"savedAt":"","value":{"data":{"__proto__":"p","constructor":"c"},"page":0,"startedAt":"${new Date().toISOString()}"}}`,
    );
    const el = await settledFixture<DevisusSurvey>(html`<devisus-survey .data=${odd}></devisus-survey>`);
    expect($<HTMLInputElement>(el, '#q-__proto__').value).to.equal('p');
    expect($<HTMLInputElement>(el, '#q-constructor').value).to.equal('c');
    expect(Object.getOwnPropertyDescriptor(el.answers, '__proto__')?.value).to.equal('p');
  });

  it('does not repeat "your earlier answers have been restored" once the survey is sent', async () => {
    localStorage.setItem(draftKey, record({ data: { q: 'earlier' }, page: 0, startedAt: new Date().toISOString() }));
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey action=${`/__test__/record/${bucket()}`} .data=${survey}></devisus-survey>`,
    );
    expect(shownText(el)).to.contain('Your earlier answers have been restored.');
    const delivered = oneEvent(el, 'devisus-delivered');
    await send(el);
    await delivered;
    await el.updateComplete;
    expect(shownText(el)).to.equal('Thank you for your answers. Your answers have been sent.');
  });

  it('sends a response once when two tabs hold it', async () => {
    const name = bucket();
    // The server takes its time, so that both tabs find the response waiting before either is done.
    const action = `/__test__/record/${name}?delay=1500`;
    localStorage.setItem(outboxKey(action), record([pendingEntry('from two tabs')]));
    const url = new URL('../src/define/devisus-survey.ts', import.meta.url).href;
    const frames = [0, 1].map(() => {
      const frame = document.createElement('iframe');
      // Each tab counts the requests it starts, and opens the survey, which sends what is waiting.
      frame.srcdoc = `<script type="module">
        window.posts = 0;
        const send = window.fetch;
        window.fetch = (...args) => ((window.posts += 1), send(...args));
        await import('${url}');
        const el = document.createElement('devisus-survey');
        el.data = ${JSON.stringify(survey)};
        el.setAttribute('action', '${action}');
        document.body.append(el);
      </script>`;
      return frame;
    });
    try {
      document.body.append(...frames);
      await waitFor(() => localStorage.getItem(outboxKey(action)) === null, 'the response to be delivered', 10000);
      // Until neither tab holds or waits for the outbox: whatever a tab would still send has gone.
      await waitFor(async () => {
        const { held = [], pending = [] } = await navigator.locks.query();
        return ![...held, ...pending].some((lock) => lock.name?.includes(action));
      }, 'both tabs done with the outbox');
      const posts = frames.map((frame) => (frame.contentWindow as Window & { posts: number }).posts);
      expect(posts.reduce((sum, count) => sum + count, 0)).to.equal(1);
      expect(await stored(name)).to.have.length(1);
    } finally {
      frames.forEach((frame) => frame.remove());
    }
  });
});
