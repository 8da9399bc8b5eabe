import { expect } from '@open-wc/testing';
import { loadAll } from '../src/index.js';
import { settled, shownText, waitFor } from '@devisus/test-support';
import { textsOf, translatableTexts } from '@devisus/content/translate';
import { devisusFramework, devisusFrameworkIn } from '@devisus/content/impact-framework';
import { devisusPractices, devisusPracticesIn } from '@devisus/content/practices';
import { devisusSurveyIn } from '@devisus/content/survey';
import { devisusPlacesIn } from '@devisus/content/places';
import { shadowNodes } from './support/computed.js';

// WCAG 3.1.2 (language of parts): on a German page, the default material is German where it is
// translated and English or French elsewhere; a screen reader reads each text with the right voice
// only when the closest `lang` around it is its own. This test knows every English and French text
// of the material and checks, in every element on the default content, each text node and each
// accessible name (aria-label, title, alt) that holds one.

/** Every text of the material with the languages it is written in, longest first. */
function materialTexts(data: unknown): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const texts of textsOf(data).values()) {
    const values = Object.values(texts);
    for (const [language, text] of Object.entries(texts)) {
      // Names the same in every language (DEVISUS, a city) and very short texts tell nothing.
      if (values.every((other) => other === text) || text.trim().length < 4) continue;
      const tag = language === 'default' ? 'en' : language;
      found.set(text.trim(), (found.get(text.trim()) ?? new Set()).add(tag));
    }
  }
  return new Map([...found].sort(([a], [b]) => b.length - a.length));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `text` stands in `shown` as whole words (`Italie` is not in `Italien`, `France` not in `Hauts-de-France`). */
const standsIn = (text: string, shown: string) =>
  shown.includes(text) && new RegExp(`(?<![\\p{L}\\p{N}-])${escape(text)}(?![\\p{L}\\p{N}-])`, 'u').test(shown);

/** The language of a node: the closest `lang`, across shadow boundaries, up to the page's. */
function languageOf(node: Node): string {
  for (let at: Node | null = node; at;) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang')!.toLowerCase();
    at = at.parentNode instanceof ShadowRoot ? at.parentNode.host : at.parentNode;
  }
  return document.documentElement.lang.toLowerCase();
}

/** Each place where a text of the material is shown, or names something, under another language than its own. */
function mislabelled(host: Element, texts: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  const check = (node: Node, shown: string, where: string) => {
    const language = languageOf(node).split('-')[0];
    // What is in the node's own language is set aside first: "Association or non-profit" is English
    // even though the French "Association" stands in it.
    let rest = shown;
    for (const [text, languages] of texts)
      if (languages.has(language) && standsIn(text, rest)) rest = rest.replace(text, ' ');
    for (const [text, languages] of texts)
      if (!languages.has(language) && standsIn(text, rest)) {
        problems.push(
          `${where} "${shown.slice(0, 80)}" holds ${[...languages]} "${text.slice(0, 40)}" under lang="${language}"`,
        );
        return;
      }
  };
  for (const node of shadowNodes(host.shadowRoot!)) {
    if (node.nodeType === Node.TEXT_NODE && node.parentElement?.closest('style, script') == null)
      check(node, node.textContent ?? '', `text in ${node.parentElement?.localName}.${node.parentElement?.className}`);
    if (node instanceof Element)
      for (const attribute of ['aria-label', 'title', 'alt']) {
        const value = node.getAttribute(attribute);
        if (value) check(node, value, `${node.localName}[${attribute}]`);
      }
  }
  return problems;
}

const materialIn = async (language: string) => ({
  framework: await devisusFrameworkIn(language),
  practices: await devisusPracticesIn(language),
  survey: await devisusSurveyIn(language),
  places: await devisusPlacesIn(language),
});
const tags = [
  'devisus-impact-grid',
  'devisus-practice-card',
  'devisus-practice-gallery',
  'devisus-partner-map',
  'devisus-survey',
  'devisus-survey-results',
];

// German: the material is translated (but for the places); Finnish: the interface is, the material not.
for (const reader of ['de', 'fi']) {
  describe(`the default material on a page in ${reader}`, function () {
    this.timeout(60000);
    let texts: Map<string, Set<string>>;
    let pageLanguage: string;

    before(async () => {
      await loadAll();
      pageLanguage = document.documentElement.lang;
      document.documentElement.lang = reader;
      // The material as the page gets it: with the reader's translation, where there is one.
      texts = materialTexts(await materialIn(reader));
    });
    after(() => {
      document.documentElement.lang = pageLanguage;
    });

    for (const tag of tags) {
      it(`<${tag}> marks every text in another language with its language`, async () => {
        const element = document.createElement(tag) as HTMLElement & {
          state: string;
          updateComplete: Promise<boolean>;
        };
        if (tag === 'devisus-practice-card') {
          element.setAttribute('practice-id', devisusPractices[0].id);
          element.setAttribute('layout', 'full');
        }
        // One response with no answer: the results then show every question of the default survey.
        if (tag === 'devisus-survey-results') Object.assign(element, { data: [{}] });
        document.body.append(element);
        try {
          await settled(element, 20000);
          expect(element.state).to.equal('ready');
          expect(mislabelled(element, texts)).to.deep.equal([]);
        } finally {
          element.remove();
        }
      });
    }
  });
}

describe('the default material in the page’s language', function () {
  this.timeout(60000);
  before(loadAll);

  /** The element on the default content, under `lang`, once ready. */
  async function shown(tag: string, lang: string) {
    const element = document.createElement(tag) as HTMLElement & { state: string; updateComplete: Promise<boolean> };
    element.lang = lang;
    document.body.append(element);
    await settled(element, 20000);
    return element;
  }

  it('is shown in Spanish on a Spanish page, and in English again when the page switches', async () => {
    const { default: framework } = await import('@devisus/content/translations/impact-framework/es');
    const { default: survey } = await import('@devisus/content/translations/survey/es');
    const grid = await shown('devisus-impact-grid', 'es');
    const form = await shown('devisus-survey', 'es');
    try {
      expect(shownText(grid)).to.contain(framework['dimensions.territorial.title']);
      expect(shownText(form)).to.contain(survey.title);
      grid.lang = 'en';
      const english = translatableTexts(devisusFramework).get('dimensions.territorial.title')!;
      await waitFor(() => shownText(grid).includes(english), 'the English grid');
      expect(shownText(grid)).not.to.contain(framework['dimensions.territorial.title']);
    } finally {
      grid.remove();
      form.remove();
    }
  });
});
