import { expect, html, oneEvent } from '@open-wc/testing';
import type { SurveyConsentDetail, SurveyEmbed } from '../src/embed/survey-embed.component.js';
import '../src/define/devisus-survey-embed.js';
import { IMPACT_VALUESS_SURVEY_URL, PROVIDERS, detectProvider, providerFor } from '../src/embed/providers.js';
import { mount, part, settled, settledFixture, shownText, waitFor, restorePageLanguage } from '@devisus/test-support';

const PAGE = '<!doctype html><html lang="en"><title>Survey</title><p>survey</p></html>';
let served = 0;
/** A same-origin survey page from the test server, unique per call so that its requests can be told apart. */
const surveyPage = () =>
  `/__test__/respond?type=text/html&n=${Date.now()}-${++served}&body=${encodeURIComponent(PAGE)}`;

const frameOf = (el: SurveyEmbed) => el.shadowRoot!.querySelector('iframe');
const requested = (fragment: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(fragment));
/** Everything in the shadow root that makes the browser fetch something. */
const fetchingElements = (el: Element) =>
  el.shadowRoot!.querySelectorAll('iframe, frame, img, picture, source, link, script, object, embed, video, audio');

async function load(el: SurveyEmbed): Promise<HTMLIFrameElement> {
  part(el, 'load-button')!.click();
  await el.updateComplete;
  return frameOf(el)!;
}

/**
 * Sends a request of the test's own and waits until the page lists it: a request the element had
 * made before it would be listed by then too.
 */
async function roundTrip(): Promise<void> {
  const src = surveyPage();
  const token = new URL(src, location.href).searchParams.get('n')!;
  await fetch(src);
  await waitFor(() => requested(token).length > 0, 'the test’s own request in the resource list');
}

describe('survey embed: providers', () => {
  const table: [url: string, id: string, host?: string][] = [
    ['https://www.surveymonkey.com/s/B86S2K8', 'surveymonkey'],
    ['https://fr.surveymonkey.com/r/ABC', 'surveymonkey'],
    ['https://www.surveymonkey.net/r/ABC', 'surveymonkey'],
    ['https://www.surveymonkey.co.uk/r/ABC', 'surveymonkey'],
    ['https://www.surveymonkey.eu/r/ABC', 'surveymonkey'],
    ['https://survey.limequery.com/123456', 'limesurvey'],
    ['https://survey.limequery.org/123456', 'limesurvey'],
    ['https://acme.limesurvey.net/123456?lang=fr', 'limesurvey'],
    ['https://ee.kobotoolbox.org/x/abcd1234', 'kobotoolbox'],
    ['https://kf.kobotoolbox.org/#/forms/a1', 'kobotoolbox'],
    ['https://framaforms.org/mon-questionnaire-1700000000', 'framaforms'],
    ['https://tally.so/r/mRoDv3', 'tally'],
    ['https://acme.typeform.com/to/AbCdEf', 'typeform'],
    ['https://form.typeform.com/to/AbCdEf', 'typeform'],
    ['https://docs.google.com/forms/d/e/1FAIpQLSf/viewform?embedded=true', 'google-forms'],
    ['https://forms.gle/AbCdEf123', 'google-forms'],
    ['https://forms.office.com/r/AbCdEf', 'microsoft-forms'],
    ['https://forms.microsoft.com/r/AbCdEf', 'microsoft-forms'],
    // Not surveys, or hosts that only look like a known one.
    ['https://docs.google.com/document/d/1abc/edit', 'other', 'docs.google.com'],
    ['https://notsurveymonkey.com/s/ABC', 'other', 'notsurveymonkey.com'],
    ['https://surveymonkey.com.evil.example/s/ABC', 'other', 'surveymonkey.com.evil.example'],
    ['https://example.org/our-survey', 'other', 'example.org'],
  ];
  for (const [url, id] of table) {
    it(`${url} is ${id}`, () => {
      expect(detectProvider(new URL(url)).id).to.equal(id);
    });
  }

  it('gives a known service its name, privacy page and one consent key', () => {
    const monkey = detectProvider(new URL(IMPACT_VALUESS_SURVEY_URL));
    expect(monkey).to.deep.include({ name: 'SurveyMonkey', host: 'www.surveymonkey.com', key: 'surveymonkey' });
    expect(monkey.privacy).to.equal(PROVIDERS.surveymonkey.privacy);
    expect(detectProvider(new URL('https://fr.surveymonkey.com/r/X')).key).to.equal('surveymonkey');
    for (const [id, entry] of Object.entries(PROVIDERS)) {
      const link = 'privacy' in entry ? entry.privacy : entry.website;
      expect(new URL(link).protocol, id).to.equal('https:');
    }
  });

  it('names the server, not the software, for LimeSurvey or Enketo installed elsewhere', () => {
    for (const url of [
      'https://surveys.example.org/index.php/123456?lang=en',
      'https://surveys.example.org/limesurvey/index.php/survey/index/sid/123456',
      'https://surveys.example.org/index.php?sid=123456',
    ]) {
      expect(detectProvider(new URL(url)), url).to.deep.include({
        id: 'limesurvey',
        name: 'LimeSurvey',
        host: 'surveys.example.org',
        selfHosted: true,
        key: 'limesurvey@surveys.example.org',
      });
      expect(detectProvider(new URL(url)).privacy).to.equal(undefined);
    }
    expect(detectProvider(new URL('https://enketo.example.net/x/abc'))).to.deep.include({
      id: 'enketo',
      selfHosted: true,
      host: 'enketo.example.net',
    });
    expect(detectProvider(new URL('https://example.org/index.php/about')).id).to.equal('other');
  });

  it('shows an unknown site as its host, with no link, remembered per host', () => {
    const other = detectProvider(new URL('https://example.org/our-survey'));
    expect(other).to.deep.equal({
      id: 'other',
      name: 'example.org',
      host: 'example.org',
      unknown: true,
      key: 'example.org',
    });
  });

  it('lets the site owner name the service', () => {
    expect(providerFor(new URL('https://forms.example.org/f/1'), 'Tally').id).to.equal('tally');
    expect(providerFor(new URL('https://forms.example.org/f/1'), 'tally').privacy).to.equal(PROVIDERS.tally.privacy);
    expect(providerFor(new URL('https://forms.example.org/f/1'), 'Our forms')).to.deep.equal({
      id: 'other',
      name: 'Our forms',
      host: 'forms.example.org',
      key: 'forms.example.org',
    });
    expect(providerFor(new URL('https://tally.so/r/x'), '  ').id).to.equal('tally');
  });

  it('remembers a named service on a host that is not its own per host, never as the service itself', () => {
    expect(providerFor(new URL('https://forms.example.org/f/1'), 'tally').key).to.equal('tally@forms.example.org');
    expect(providerFor(new URL('https://tally.so/r/x'), 'Tally').key).to.equal('tally');
  });
});

describe('survey embed: before consent', () => {
  it('names the service, says what loading it shares, and links to its privacy policy', async () => {
    const el = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed lang="en" src=${IMPACT_VALUESS_SURVEY_URL}></devisus-survey-embed>`,
    );
    const panel = part(el, 'consent')!;
    expect(panel.tagName).to.equal('SECTION');
    expect(panel.querySelector('h2')!.textContent).to.equal('Survey on SurveyMonkey');
    const text = shownText(el);
    expect(text).to.contain('This survey is hosted by SurveyMonkey (www.surveymonkey.com).');
    expect(text).to.contain('SurveyMonkey will receive your IP address and may set cookies in your browser.');
    const privacy = part(el, 'privacy') as HTMLAnchorElement;
    expect(privacy.getAttribute('href')).to.equal('https://www.surveymonkey.com/mp/legal/privacy/');
    expect(privacy.textContent!.trim()).to.equal('Read the privacy policy of SurveyMonkey');
    expect(privacy.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
    expect(privacy.hasAttribute('target')).to.equal(false);
    expect(part(el, 'load-button')!.textContent!.trim()).to.equal('Load the survey');
    expect(el.state).to.equal('ready');
    expect(el.loaded).to.equal(false);
  });

  it('requests nothing from the provider: no iframe, image, link or script, no network entry', async () => {
    const el = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed src=${IMPACT_VALUESS_SURVEY_URL}></devisus-survey-embed>`,
    );
    await roundTrip();
    expect(fetchingElements(el)).to.have.length(0);
    expect([...el.shadowRoot!.querySelectorAll('[src], [srcset], [style*="url("]')]).to.deep.equal([]);
    expect(requested('surveymonkey')).to.deep.equal([]);
  });

  it('requests the survey only once the visitor agrees (the same check sees it afterwards)', async () => {
    const src = surveyPage();
    const token = new URL(src, location.href).searchParams.get('n')!;
    const el = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed provider="tally" src=${src}></devisus-survey-embed>`,
    );
    await roundTrip();
    expect(fetchingElements(el)).to.have.length(0);
    expect(requested(token)).to.deep.equal([]);
    const frame = await load(el);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await waitFor(() => requested(token).length > 0, 'the survey page in the resource list');
    expect(requested(token)).to.have.length(1);
  });

  it('offers to open the survey in a new tab, said so in its name', async () => {
    const el = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed src=${IMPACT_VALUESS_SURVEY_URL}></devisus-survey-embed>`,
    );
    const open = part(el, 'open-link') as HTMLAnchorElement;
    expect(open.href).to.equal(IMPACT_VALUESS_SURVEY_URL);
    expect(open.target).to.equal('_blank');
    expect(open.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
    expect(open.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Open in a new tab ↗');
    expect(open.querySelector('[aria-hidden="true"]')!.textContent!.trim()).to.equal('↗');
  });

  it('shows an unknown site by its host, with no privacy link', async () => {
    const el = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed src="https://example.org/our-survey"></devisus-survey-embed>`,
    );
    expect(part(el, 'consent')!.querySelector('h2')!.textContent).to.equal('Survey on example.org');
    expect(shownText(el)).to.contain('This survey is on another site: example.org.');
    expect(shownText(el)).to.contain('example.org will receive your IP address');
    expect(part(el, 'privacy')).to.equal(null);
  });

  it('links to the website when no privacy page address is known, and says so', async () => {
    const el = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed src="https://framaforms.org/enquete-1700000000"></devisus-survey-embed>`,
    );
    const link = part(el, 'privacy') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(PROVIDERS.framaforms.website);
    expect(link.textContent!.trim()).to.equal('Visit the website of Framaforms');
  });
});

describe('survey embed: after consent', () => {
  it('loads a titled, sandboxed frame of the survey and fires devisus-consent', async () => {
    const src = surveyPage();
    const el = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed provider="tally" src=${src}></devisus-survey-embed>`,
    );
    const consent = oneEvent(document, 'devisus-consent') as Promise<CustomEvent<SurveyConsentDetail>>;
    const frame = await load(el);
    const event = await consent;
    expect(event.target).to.equal(el);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ provider: 'tally', host: location.hostname });
    expect(frame.getAttribute('part')).to.equal('frame');
    expect(frame.src).to.equal(new URL(src, location.href).href);
    expect(frame.title).to.equal('Survey on Tally');
    expect(frame.getAttribute('sandbox')).to.equal(
      'allow-scripts allow-forms allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(frame.getAttribute('allow')).to.equal('');
    expect(frame.hasAttribute('loading')).to.equal(false);
    expect(frame.style.height).to.equal('600px');
    expect(frame.getBoundingClientRect().width).to.equal(el.getBoundingClientRect().width);
    expect(el.shadowRoot!.activeElement).to.equal(frame);
    expect(part(el, 'consent')).to.equal(null);
    expect(el.loaded).to.equal(true);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    expect(frame.contentDocument!.body.textContent).to.equal('survey');
  });

  it('takes the title and height the site gives', async () => {
    const el = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed
        consent
        title="Impact &amp; ValuESS questionnaire"
        height="800"
        src=${surveyPage()}
      ></devisus-survey-embed>`,
    );
    expect(frameOf(el)!.title).to.equal('Impact & ValuESS questionnaire');
    expect(frameOf(el)!.style.height).to.equal('800px');
    el.setAttribute('height', '70vh');
    el.title = 'Our survey';
    await el.updateComplete;
    expect(frameOf(el)!.style.height).to.equal('70vh');
    expect(frameOf(el)!.title).to.equal('Our survey');
    el.setAttribute('height', '100px; background: url(x)');
    await el.updateComplete;
    expect(frameOf(el)!.style.height).to.equal('600px');
  });

  it('loads at once when the site declares consent given, without a devisus-consent of its own', async () => {
    let fired = 0;
    const count = () => fired++;
    document.addEventListener('devisus-consent', count);
    const el = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed consent src=${surveyPage()}></devisus-survey-embed>`,
    );
    document.removeEventListener('devisus-consent', count);
    expect(frameOf(el)).to.exist;
    expect(part(el, 'consent')).to.equal(null);
    expect(fired).to.equal(0);
  });

  it('resizes the frame on a height message from its own window and origin, within 200 to 5000 pixels', async () => {
    const el = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed provider="tally" src=${surveyPage()}></devisus-survey-embed>`,
    );
    const frame = await load(el);
    const post = async (
      data: unknown,
      origin = location.origin,
      source: MessageEventSource | null = frame.contentWindow,
    ) => {
      window.dispatchEvent(new MessageEvent('message', { origin, data, source }));
      await el.updateComplete;
      return frame.style.height;
    };
    expect(await post({ type: 'devisus-embed-height', height: 1234.4 })).to.equal('1234px');
    expect(await post({ type: 'devisus-embed-height', height: 99999 })).to.equal('5000px');
    expect(await post({ type: 'devisus-embed-height', height: 12 })).to.equal('200px');
    expect(await post({ type: 'devisus-embed-height', height: 900 })).to.equal('900px');
    // Another origin, another window, another type or no finite positive number: ignored.
    expect(await post({ type: 'devisus-embed-height', height: 700 }, 'https://evil.example')).to.equal('900px');
    expect(await post({ type: 'devisus-embed-height', height: 700 }, location.origin, window)).to.equal('900px');
    expect(await post({ type: 'devisus-embed-height', height: 700 }, location.origin, null)).to.equal('900px');
    for (const height of ['700', -5, 0, NaN, Infinity, null, { valueOf: () => 700 }]) {
      expect(await post({ type: 'devisus-embed-height', height })).to.equal('900px');
    }
    expect(await post({ type: 'resize', height: 700 })).to.equal('900px');
    expect(await post(JSON.stringify({ type: 'devisus-embed-height', height: 700 }))).to.equal('900px');
    expect(await post(null)).to.equal('900px');
  });
});

describe('survey embed: remembering consent', () => {
  const clear = () =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('devisus:survey-embed:'))
      .forEach((key) => localStorage.removeItem(key));
  beforeEach(clear);
  afterEach(clear);

  it('remembers nothing unless remember-consent is set', async () => {
    const el = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed provider="tally" src=${surveyPage()}></devisus-survey-embed>`,
    );
    expect(shownText(el)).not.to.contain('remember');
    await load(el);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('devisus:survey-embed:'))).to.deep.equal([]);
    const again = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed provider="tally" src=${surveyPage()}></devisus-survey-embed>`,
    );
    expect(frameOf(again)).to.equal(null);
  });

  it('with remember-consent: says so, keeps the choice per provider, and lets the visitor take it back', async () => {
    const first = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed remember-consent provider="tally" src=${surveyPage()}></devisus-survey-embed>`,
    );
    expect(shownText(first)).to.contain(
      'If you load it, this browser will remember your choice and load surveys from Tally straight away next time.',
    );
    await load(first);
    expect(JSON.parse(localStorage.getItem(`devisus:survey-embed:tally@${location.hostname}`)!)).to.deep.include({
      version: 1,
      value: true,
    });

    // A new element for the same provider (another page, a reload) loads straight away.
    first.remove();
    const second = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed remember-consent provider="tally" src=${surveyPage()}></devisus-survey-embed>`,
    );
    expect(frameOf(second)).to.exist;
    // Not for another provider, and not for an element that does not ask to remember.
    const other = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed remember-consent src=${IMPACT_VALUESS_SURVEY_URL}></devisus-survey-embed>`,
    );
    expect(frameOf(other)).to.equal(null);
    const plain = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed provider="tally" src=${surveyPage()}></devisus-survey-embed>`,
    );
    expect(frameOf(plain)).to.equal(null);

    const forget = part(second, 'forget-button')!;
    expect(forget.textContent!.trim()).to.equal('Forget my choice for Tally');
    forget.click();
    await second.updateComplete;
    expect(frameOf(second)).to.equal(null);
    expect(part(second, 'consent')).to.exist;
    expect(second.shadowRoot!.activeElement).to.equal(part(second, 'load-button'));
    expect(localStorage.getItem(`devisus:survey-embed:tally@${location.hostname}`)).to.equal(null);
  });

  it('does not take a consent to the real service for a look-alike on another host', async () => {
    localStorage.setItem('devisus:survey-embed:tally', JSON.stringify({ version: 1, value: true }));
    const el = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed remember-consent provider="tally" src=${surveyPage()}></devisus-survey-embed>`,
    );
    expect(frameOf(el)).to.equal(null);
    expect(part(el, 'consent')).to.exist;
  });

  it('says when the browser refuses to keep the choice', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const el = await settledFixture<SurveyEmbed>(
        html`<devisus-survey-embed remember-consent provider="tally" src=${surveyPage()}></devisus-survey-embed>`,
      );
      await load(el);
      expect(frameOf(el)).to.exist;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        'Your choice could not be saved in this browser: you will be asked again next time.',
      );
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});

describe('survey embed: bad input', () => {
  for (const [label, src, message] of [
    [
      'a javascript: address',
      'javascript:alert(1)',
      'The survey cannot be shown: “javascript:alert(1)” is not a web address',
    ],
    ['a data: address', 'data:text/html,<script>alert(1)</script>', 'is not a web address starting with https://'],
    ['no address', '', 'The survey cannot be shown: its address is missing (the src attribute).'],
  ] as const) {
    it(`${label}: a clear message in part="error", no frame, no exception`, async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (text: string) => errors.push(text);
      const error = oneEvent(document, 'devisus-error') as Promise<CustomEvent<{ message: string }>>;
      try {
        const el = mount<SurveyEmbed>(html`<devisus-survey-embed consent src=${src}></devisus-survey-embed>`);
        await settled(el);
        const alert = part(el, 'error')!;
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(alert.textContent).to.contain(message);
        expect(el.state).to.equal('error');
        expect(el.loaded).to.equal(false);
        expect(fetchingElements(el)).to.have.length(0);
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect((await error).detail.message).to.contain(message);
        expect(errors).to.have.length(1);
      } finally {
        console.error = original;
      }
    });
  }

  it('recovers when a usable address is given', async () => {
    const el = mount<SurveyEmbed>(html`<devisus-survey-embed src="javascript:void 0"></devisus-survey-embed>`);
    await settled(el);
    el.src = IMPACT_VALUESS_SURVEY_URL;
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    expect(part(el, 'consent')).to.exist;
  });
});

describe('survey embed: language', () => {
  restorePageLanguage();

  it('speaks the page language and follows <html lang> live', async () => {
    document.documentElement.lang = 'fr';
    const el = await settledFixture<SurveyEmbed>(
      html`<devisus-survey-embed provider="surveymonkey" src=${surveyPage()}></devisus-survey-embed>`,
    );
    expect(part(el, 'consent')!.querySelector('h2')!.textContent).to.equal('Questionnaire sur SurveyMonkey');
    expect(part(el, 'load-button')!.textContent!.trim()).to.equal('Charger le questionnaire');
    document.documentElement.lang = 'de';
    await waitFor(() => part(el, 'load-button')!.textContent!.trim() === 'Umfrage laden', 'the button in German');
    await settled(el);
    expect(part(el, 'load-button')!.textContent!.trim()).to.equal('Umfrage laden');
    expect(part(el, 'privacy')!.textContent!.trim()).to.equal('Datenschutzerklärung von SurveyMonkey lesen');
    await load(el);
    expect(frameOf(el)!.title).to.equal('Umfrage auf SurveyMonkey');
  });

  it("takes the element's own lang, and marks English shown on a page in another language", async () => {
    const wrapper = mount(
      html`<div lang="es">
        <devisus-survey-embed lang="nl" src=${IMPACT_VALUESS_SURVEY_URL}></devisus-survey-embed>
      </div>`,
    );
    const el = await settled(wrapper.querySelector('devisus-survey-embed') as SurveyEmbed);
    expect(part(el, 'load-button')!.textContent!.trim()).to.equal('De enquête laden');
    el.lang = 'ja';
    await waitFor(() => part(el, 'load-button')!.textContent!.trim() === 'Load the survey', 'the button in English');
    await settled(el);
    expect(part(el, 'load-button')!.textContent!.trim()).to.equal('Load the survey');
    expect(part(el, 'consent')!.getAttribute('lang')).to.equal('en');
  });
});

describe('survey embed: accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`before and after consent, with remember-consent, and in error, ${theme}`, async () => {
      const el = await settledFixture<SurveyEmbed>(
        html`<devisus-survey-embed theme=${theme} provider="tally" src=${surveyPage()}></devisus-survey-embed>`,
      );
      await expect(el).to.be.accessible();
      const frame = await load(el);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      await expect(el).to.be.accessible();
      const remembering = await settledFixture<SurveyEmbed>(
        html`<devisus-survey-embed
          theme=${theme}
          remember-consent
          src=${IMPACT_VALUESS_SURVEY_URL}
        ></devisus-survey-embed>`,
      );
      await expect(remembering).to.be.accessible();
      const broken = await settledFixture<SurveyEmbed>(
        html`<devisus-survey-embed theme=${theme} src="javascript:alert(1)"></devisus-survey-embed>`,
      );
      await expect(broken).to.be.accessible();
    });
  }
});
