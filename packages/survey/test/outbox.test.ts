import { expect, html, oneEvent } from '@open-wc/testing';
import type { DevisusSurvey } from '../src/survey/survey.component.js';
import '../src/define/devisus-survey.js';
import { Outbox } from '../src/outbox/outbox.js';
import { settledFixture, shownText } from '../../core/test/support/helpers.js';

const survey = { id: 'outbox-test', elements: [{ type: 'text', name: 'q', isRequired: true }] };
const bucket = () => `b${Math.random().toString(36).slice(2)}`;
const stored = async (name: string) => (await (await fetch(`/__test__/record/${name}`)).json()) as string[];

async function answerAndSend(el: DevisusSurvey, text: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#q-q')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}

describe('responses that are never lost', function () {
  this.timeout(30000);
  // Short retries keep the test quick; the doubling itself is what is checked.
  before(() => (Outbox.firstDelay = 100));
  after(() => (Outbox.firstDelay = 1000));
  afterEach(() => {
    for (const item of Object.keys(localStorage)) if (item.startsWith('devisus:survey-')) localStorage.removeItem(item);
  });

  it('POSTs the response as JSON with an Idempotency-Key, and says it was sent', async () => {
    const name = bucket();
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey action=${`/__test__/record/${name}`} .data=${survey}></devisus-survey>`,
    );
    const delivered = oneEvent(el, 'devisus-delivered');
    await answerAndSend(el, 'hello');
    const { detail } = (await delivered) as CustomEvent<{ id: string; status: number }>;
    expect(detail.status).to.equal(201);
    const bodies = await stored(name);
    expect(bodies).to.have.length(1);
    const response = JSON.parse(bodies[0]);
    expect(response.id).to.equal(detail.id);
    expect(response.data).to.deep.equal({ q: 'hello' });
    await el.updateComplete;
    expect(shownText(el)).to.contain('Your answers have been sent.');
    expect(localStorage.getItem(`devisus:survey-outbox:/__test__/record/${name}`)).to.equal(null);
  });

  it('keeps a response through server errors and retries with backoff until it is stored, once', async () => {
    const name = bucket();
    const action = `/__test__/fail-then-ok/${name}?fails=2`;
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey action=${action} .data=${survey}></devisus-survey>`,
    );
    const delivered = oneEvent(el, 'devisus-delivered');
    await answerAndSend(el, 'persistent');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    expect(shownText(el)).to.contain('Your answers are saved on this device and will be sent as soon as possible.');
    expect(JSON.parse(localStorage.getItem(`devisus:survey-outbox:${action}`)!).value).to.have.length(1);
    await delivered;
    expect(await stored(name)).to.have.length(1);
    expect(localStorage.getItem(`devisus:survey-outbox:${action}`)).to.equal(null);
  });

  it('sends what an earlier visit left in the outbox when the page comes back', async () => {
    const name = bucket();
    const action = `/__test__/fail-then-ok/${name}?fails=1`;
    const key = `devisus:survey-outbox:${action}`;
    Outbox.firstDelay = 60000; // no retry before the visitor leaves
    try {
      const first = await settledFixture<DevisusSurvey>(
        html`<devisus-survey action=${action} .data=${survey}></devisus-survey>`,
      );
      await answerAndSend(first, 'left behind');
      // Wait until the first try has failed and the response waits in the outbox.
      for (
        let i = 0;
        i < 100 && JSON.parse(localStorage.getItem(key) ?? '{"value":[{"attempts":0}]}').value[0].attempts < 1;
        i++
      ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      first.remove(); // the visitor leaves before the retry
    } finally {
      Outbox.firstDelay = 100;
    }
    expect(JSON.parse(localStorage.getItem(key)!).value).to.have.length(1);
    const second = document.createElement('devisus-survey') as DevisusSurvey;
    second.data = survey;
    second.setAttribute('action', action);
    const delivered = oneEvent(second, 'devisus-delivered');
    document.body.append(second);
    await delivered;
    second.remove();
    const bodies = await stored(name);
    expect(bodies).to.have.length(1);
    expect(JSON.parse(bodies[0]).data).to.deep.equal({ q: 'left behind' });
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('tries again as soon as the browser is back online', async () => {
    const name = bucket();
    const action = `/__test__/fail-then-ok/${name}?fails=1`;
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey action=${action} .data=${survey}></devisus-survey>`,
    );
    await answerAndSend(el, 'online');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const delivered = oneEvent(el, 'devisus-delivered');
    window.dispatchEvent(new Event('online'));
    await delivered;
    expect(await stored(name)).to.have.length(1);
  });

  it('still sends the response when the browser refuses to keep it', async () => {
    const name = bucket();
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey action=${`/__test__/record/${name}`} .data=${survey}></devisus-survey>`,
    );
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const delivered = oneEvent(el, 'devisus-delivered');
      await answerAndSend(el, 'unstored');
      await delivered;
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(await stored(name)).to.have.length(1);
  });

  it('shows a refusal (4xx) as an error and keeps the response downloadable', async () => {
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey action=${'/__test__/respond?status=422&body=no'} .data=${survey}></devisus-survey>`,
    );
    const error = oneEvent(el, 'devisus-error');
    await answerAndSend(el, 'refused');
    await error;
    await el.updateComplete;
    expect(shownText(el)).to.contain('The server refused your answers (422).');
    expect(el.shadowRoot!.querySelector('[part="completed"] button')!.textContent).to.equal('Download my answers');
  });

  it('without action, keeps the response in the browser and fires devisus-complete', async () => {
    const el = await settledFixture<DevisusSurvey>(html`<devisus-survey .data=${survey}></devisus-survey>`);
    const complete = oneEvent(el, 'devisus-complete');
    performance.clearResourceTimings();
    await answerAndSend(el, 'local');
    const { response } = ((await complete) as CustomEvent).detail;
    expect(response.data).to.deep.equal({ q: 'local' });
    expect(performance.getEntriesByType('resource').filter((entry) => !entry.name.includes('/locales/'))).to.deep.equal(
      [],
    );
    expect(shownText(el)).to.contain('Your answers stay in this browser.');
  });
});
