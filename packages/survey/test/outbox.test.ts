import { expect, html, oneEvent } from '@open-wc/testing';
import type { DevisusSurvey } from '../src/survey/survey.component.js';
import '../src/define/devisus-survey.js';
import { Outbox } from '../src/outbox/outbox.js';
import { downloads } from './support/downloads.js';
import { settledFixture, shownText, waitFor } from '@devisus/test-support';

const survey = { id: 'outbox-test', elements: [{ type: 'text', name: 'q', isRequired: true }] };
const bucket = () => `b${Math.random().toString(36).slice(2)}`;
const stored = async (name: string) => (await (await fetch(`/__test__/record/${name}`)).json()) as string[];
/** How many times the outbox of `action` has tried to send its first response (0 before the first try ends). */
const attempts = (action: string): number =>
  JSON.parse(localStorage.getItem(`devisus:survey-outbox:${action}`) ?? '{"value":[{"attempts":0}]}').value[0].attempts;
/** Until a first try to send has failed: the response then waits in the outbox. */
const firstTryFailed = (action: string) => waitFor(() => attempts(action) >= 1, 'a first failed try');

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
    await firstTryFailed(action);
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
      await firstTryFailed(action);
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
    await firstTryFailed(action);
    const delivered = oneEvent(el, 'devisus-delivered');
    window.dispatchEvent(new Event('online'));
    await delivered;
    expect(await stored(name)).to.have.length(1);
  });

  it('still sends the response when the browser refuses to keep it, then says only that it was sent', async () => {
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
    // The warning about keeping the answers here, and their download, no longer apply once they are sent.
    await el.updateComplete;
    expect(shownText(el)).to.equal('Thank you for your answers. Your answers have been sent.');
    expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
  });

  it('shows a refusal (4xx) as an error, not as thanks, and keeps the response downloadable', async () => {
    const action = '/__test__/respond?status=422&body=no';
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey action=${action} .data=${survey}></devisus-survey>`,
    );
    const error = oneEvent(el, 'devisus-error');
    await answerAndSend(el, 'refused');
    expect(((await error) as CustomEvent).detail.message).to.contain('(422)');
    await el.updateComplete;
    const completed = el.shadowRoot!.querySelector('[part="completed"]')!;
    expect(completed.querySelector('h2')!.textContent!.trim()).to.equal('Your answers were not accepted');
    expect(completed.querySelector('[role="alert"]')!.textContent).to.match(
      /^The server refused the answers sent on .*\d{4}.* \(422\)\. Download them so that nothing is lost, and contact the site\.$/,
    );
    expect(shownText(el)).not.to.match(/thank|recorded|been sent/i);
    const [file] = await downloads(() => completed.querySelector('button')!.click());
    expect(completed.querySelector('button')!.textContent).to.equal('Download my answers');
    expect(file.name).to.match(/^outbox-test-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file.text).data).to.deep.equal({ q: 'refused' });
    // Kept on the device as refused: never sent again.
    expect(JSON.parse(localStorage.getItem(`devisus:survey-outbox:${action}`)!).value[0].status).to.equal('rejected');
    await expect(el).to.be.accessible();
  });

  it('shows responses refused earlier again after a reload, each with its download, until deleted', async () => {
    const action = '/__test__/respond?status=403';
    const key = `devisus:survey-outbox:${action}`;
    const first = await settledFixture<DevisusSurvey>(
      html`<devisus-survey action=${action} .data=${survey}></devisus-survey>`,
    );
    const error = oneEvent(first, 'devisus-error');
    await answerAndSend(first, 'first try');
    await error;
    first.remove();
    const again = await settledFixture<DevisusSurvey>(
      html`<devisus-survey action=${action} .data=${survey}></devisus-survey>`,
    );
    // The survey can be answered again, and the refused response is shown above it.
    expect(again.shadowRoot!.querySelector('#q-q')).not.to.equal(null);
    const refused = () => [...again.shadowRoot!.querySelectorAll<HTMLElement>('[part="refused"]')];
    expect(refused()).to.have.length(1);
    const text = refused()[0].querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).to.match(/^The server refused the answers sent on .*\d{4}.* \(403\)\. Download them/);
    const [download, remove] = refused()[0].querySelectorAll('button');
    expect(download.textContent!.trim()).to.equal('Download my answers');
    // Each button says which response it is about (screen readers read the sentence above with it).
    const described = again.shadowRoot!.getElementById(download.getAttribute('aria-describedby')!);
    expect(described?.textContent).to.equal(refused()[0].querySelector('p')!.textContent);
    expect(remove.getAttribute('aria-describedby')).to.equal(download.getAttribute('aria-describedby'));
    const [file] = await downloads(() => download.click());
    expect(JSON.parse(file.text).data).to.deep.equal({ q: 'first try' });
    await expect(again).to.be.accessible();
    // In French too.
    again.setAttribute('lang', 'fr');
    await waitFor(() => refused()[0].textContent!.includes('Le serveur'), 'the refusal in French');
    expect(refused()[0].textContent).to.contain('Le serveur a refusé les réponses envoyées le ');
    again.setAttribute('lang', 'en');
    await again.updateComplete;
    expect(remove.textContent!.trim()).to.equal('Delete them from this device');
    remove.click();
    await again.updateComplete;
    expect(refused()).to.have.length(0);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('says in its heading and text what happened: sent, or kept to be sent later', async () => {
    const sent = await settledFixture<DevisusSurvey>(
      html`<devisus-survey action=${`/__test__/record/${bucket()}`} .data=${survey}></devisus-survey>`,
    );
    const delivered = oneEvent(sent, 'devisus-delivered');
    await answerAndSend(sent, 'yes');
    await delivered;
    await sent.updateComplete;
    expect(shownText(sent)).to.equal('Thank you for your answers. Your answers have been sent.');
    const later = `/__test__/fail-then-ok/${bucket()}?fails=100`;
    const queued = await settledFixture<DevisusSurvey>(
      html`<devisus-survey action=${later} .data=${survey}></devisus-survey>`,
    );
    await answerAndSend(queued, 'later');
    await firstTryFailed(later);
    await queued.updateComplete;
    expect(shownText(queued)).to.equal(
      'Thank you for your answers. Your answers are saved on this device and will be sent as soon as possible. Download my answers',
    );
    queued.remove();
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
