import { expect, waitUntil } from '@open-wc/testing';
import { LOCALES, type Messages } from '@devisus/core';
import { overflowing, settled, shownText } from '@devisus/test-support';
import { loadAll } from '../src/index.js';
import { elements, type Settling } from './support/elements.js';
import core from '../../core/src/i18n/locales/en.js';
import grid from '../../impact-grid/src/locales/en.js';
import map from '../../partner-map/src/locales/en.js';
import practices from '../../practices/src/locales/en.js';
import survey from '../../survey/src/locales/en.js';
import embed from '../../survey/src/embed/locales/en.js';
import results from '../../survey/src/results/locales/en.js';

/** Every message key of a namespace, as i18next would print it when a language lacked the message. */
function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')]
      : keys(value, `${prefix}${key}.`),
  );
}
// Only the keys with a dot: a bare word such as "empty" or "other" may well be in the content.
const KEYS = [core, grid, map, practices, survey, embed, results]
  .flatMap((messages) => keys(messages))
  .filter((key) => key.includes('.'));

/** The views the elements open with, plus those a reader reaches with a button: their own words too. */
const withAttributes = (tag: string, attributes: Record<string, string>) => () => {
  const element = document.createElement(tag) as Settling;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
};
const views: Record<string, () => Settling> = {
  ...elements,
  'impact grid, read the grid': withAttributes('devisus-impact-grid', { mode: 'browse' }),
  'impact grid, results': withAttributes('devisus-impact-grid', { mode: 'results' }),
  'partner map, as a list': withAttributes('devisus-partner-map', { view: 'list' }),
};

/** Renders every element in `locale` in a 320 px column (WCAG 1.4.10) and waits for each to settle. */
async function placeAll(locale: string): Promise<[string, Settling][]> {
  const column = document.createElement('div');
  column.lang = locale;
  column.style.width = '320px';
  document.body.append(column);
  const placed = Object.entries(views).map(([name, create]) => [name, create()] as [string, Settling]);
  column.append(...placed.map(([, element]) => element));
  await Promise.all(placed.map(([, element]) => settled(element, 10000)));
  const map = placed.find(([, element]) => element.localName === 'devisus-partner-map')![1];
  await waitUntil(() => map.shadowRoot!.querySelectorAll('.land path').length > 0, 'the base map is drawn', {
    timeout: 10000,
  });
  return placed;
}

// German and Finnish words are long, Irish and Greek sentences too: in every language, every element
// shows its own words (no key, no {{variable}} left) and nothing sticks out of a 320 px column.
describe('every element in every language', () => {
  before(() => loadAll());
  afterEach(() => document.querySelectorAll('body > div[lang]').forEach((column) => column.remove()));

  for (const locale of LOCALES) {
    it(`${locale}: shows every message and fits 320 px`, async () => {
      const problems: string[] = [];
      for (const [name, element] of await placeAll(locale)) {
        const text = shownText(element);
        if (element.state !== 'ready') problems.push(`${name} is ${element.state}: ${text.slice(0, 80)}`);
        for (const leftover of text.match(/{{[^}]*}}|\$t\(/g) ?? []) problems.push(`${name} shows ${leftover}`);
        for (const key of KEYS) if (text.includes(key)) problems.push(`${name} shows the key ${key}`);
        for (const node of overflowing(element)) problems.push(`${name}: ${node} sticks out`);
        if (element.scrollWidth > element.clientWidth) problems.push(`${name} scrolls sideways`);
      }
      // The language itself was loaded, not English shown in its place: the embed's button says it.
      const own = (await import(`../../survey/src/embed/locales/${locale}.ts`)) as { default: typeof embed };
      const embedText = shownText(document.querySelector('devisus-survey-embed')!);
      if (!embedText.includes(own.default.consent.load))
        problems.push(`survey embed: no “${own.default.consent.load}”`);
      expect(problems).to.deep.equal([]);
    });
  }
});
