import { expect, waitUntil } from '@open-wc/testing';
import { loadAll } from '../src/index.js';
import { settled } from '@devisus/test-support';
import { elements, type Settling } from './support/elements.js';
import {
  backgroundBehind,
  contrast,
  controlLook,
  controls,
  nameOf,
  parseColor,
  shadowNodes,
  textHolders,
  textLook,
  type TextLook,
} from './support/computed.js';

// A WordPress or Drupal theme as they come: rules on `*` and on plain tags, with and without
// !important. None of them may change how a DEVISUS element looks or how wide it is.
const themeRules = (colour: string, important: boolean) => {
  const i = important ? ' !important' : '';
  return `
    * { color: ${colour}${i}; line-height: 3${i}; font-size: 20px${i}; font-family: 'Courier New', monospace${i}; }
    div { display: flex${i}; }
    button, input, select, textarea { all: unset${i}; }
    :focus { outline: none${i}; }
    script { display: block${i}; }
  `;
};
const themes = {
  'plain rules': themeRules('#333', false),
  'rules with !important': themeRules('red', true),
};

/** Where a theme puts content: a plain div that its `div { display: flex }` turns into a row, and an auto grid column. */
const placements: Record<string, (element: HTMLElement) => HTMLElement> = {
  'a div the theme makes a flex row': (element) => {
    const row = document.createElement('div');
    row.style.width = '760px';
    row.append(element);
    return row;
  },
  'an auto-sized grid column': (element) => {
    const grid = document.createElement('section');
    grid.style.cssText = 'display: grid; grid-template-columns: auto 1fr; width: 760px';
    const aside = document.createElement('p');
    aside.textContent = 'A sidebar paragraph beside the element.';
    grid.append(element, aside);
    return grid;
  },
};

const pages: HTMLElement[] = [];
after(() => pages.splice(0).forEach((page) => page.remove()));

/** Puts the element on the page and resolves once it has rendered its data (and the map its countries). */
async function place(element: Settling, placement: (element: HTMLElement) => HTMLElement, style = '') {
  const page = document.createElement('section');
  page.style.cssText = style;
  page.append(placement(element));
  document.body.append(page);
  pages.push(page);
  await settled(element, 10000);
  if (element.localName === 'devisus-partner-map') {
    const land = () => element.shadowRoot!.querySelectorAll('.land path').length > 0;
    await waitUntil(land, 'the base map is drawn', { timeout: 10000 });
  }
}

const TOKENS = '--devisus-font-family: Georgia, serif; --devisus-font-size: 15px';
type Placed = { scheme: 'light' | 'dark'; where: string; element: Settling };
const placed = new Map<string, Placed[]>();
const withTokens = new Map<string, Settling>();

// Every element in every scheme and place at once, so that their waits for data overlap: a test
// page in the background gets its timers slowed down, and one after the other would take minutes.
before(async () => {
  await loadAll();
  const waits: Promise<unknown>[] = [];
  for (const [name, create] of Object.entries(elements)) {
    const cases: Placed[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const [where, placement] of Object.entries(placements)) {
        const element = create();
        element.setAttribute('theme', scheme);
        cases.push({ scheme, where, element });
        waits.push(place(element, placement));
      }
    }
    placed.set(name, cases);
    const element = create();
    withTokens.set(name, element);
    waits.push(place(element, placements['a div the theme makes a flex row'], TOKENS));
  }
  await Promise.all(waits);
});

const pageSheet = new CSSStyleSheet();
/** Measures with the theme's rules on the page, then takes them off again. */
function withTheme<T>(rules: string, measure: () => T): T {
  pageSheet.replaceSync(rules);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
  try {
    return measure();
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== pageSheet);
  }
}

const FOCUSABLE = 'a[href], button:enabled, input:enabled, select:enabled, textarea:enabled, summary, [tabindex="0"]';

/**
 * The focus ring on the element's first focusable control. Focused from script, not with the Tab
 * key: keys go to the browser's focused page, and test pages run side by side.
 */
function focusRing(element: HTMLElement): string {
  const first = [...shadowNodes(element.shadowRoot!)].find(
    (node): node is HTMLElement => node instanceof HTMLElement && node.matches(FOCUSABLE),
  );
  if (!first) return 'nothing to focus';
  first.focus({ focusVisible: true });
  try {
    if (!first.matches(':focus-visible')) return `${nameOf(first)} shows no keyboard focus`;
    // A visually hidden file input shows its ring on its label.
    for (const ringed of [first, first.parentElement]) {
      const style = ringed && getComputedStyle(ringed);
      if (style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
        return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
      }
    }
    return `no ring on ${nameOf(first)}`;
  } finally {
    first.blur();
  }
}

interface Look {
  width: number;
  texts: Map<Element, TextLook>;
  controls: Map<HTMLElement, Record<string, string>>;
  problems: string[];
}

/** What a reader sees of the element: its width, its texts' looks and contrast, its controls. */
function look(element: HTMLElement): Look {
  const problems: string[] = [];
  const texts = new Map<Element, TextLook>();
  for (const holder of textHolders(element)) {
    const style = textLook(holder, element);
    texts.set(holder, style);
    // SVG text is painted with fill on shapes, not on a CSS background; options show in the browser's popup.
    if (holder instanceof SVGElement || holder.closest('option')) continue;
    const ratio = contrast(parseColor(style.color), backgroundBehind(holder));
    if (ratio < 4.5) problems.push(`${nameOf(holder)} has a contrast of ${ratio.toFixed(2)}:1`);
  }
  const looks = new Map(controls(element).map((control) => [control, controlLook(control)]));
  return { width: element.getBoundingClientRect().width, texts, controls: looks, problems };
}

/** How the look in the themed page differs from the look in a bare page. */
function differences(bare: Look, themed: Look, keys: (keyof TextLook)[]): string[] {
  const problems = [...themed.problems];
  if (themed.width <= 280) problems.push(`the element is ${Math.round(themed.width)} px wide`);
  for (const [holder, expected] of bare.texts) {
    const found = themed.texts.get(holder);
    if (!found) continue;
    for (const key of keys) {
      if (key === 'size' && found.px === expected.px) continue;
      if (found[key] !== expected[key])
        problems.push(`${nameOf(holder)}: ${key} ${found[key]} instead of ${expected[key]}`);
    }
  }
  for (const [control, expected] of bare.controls) {
    const found = themed.controls.get(control);
    if (found && JSON.stringify(found) !== JSON.stringify(expected)) {
      problems.push(`${nameOf(control)}: ${JSON.stringify(found)} instead of ${JSON.stringify(expected)}`);
    }
  }
  return problems;
}

/** Fails with the first few problems and how many there were, so one run says what broke. */
function expectNone(problems: string[], where: string) {
  expect(problems.slice(0, 6), `${problems.length} problems ${where}`).to.deep.equal([]);
}

for (const name of Object.keys(elements)) {
  describe(`${name} inside a CMS theme`, () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`keeps its colours, line height, proportions, controls, focus ring and width (${scheme})`, () => {
        const problems: string[] = [];
        for (const { where, element } of placed.get(name)!.filter((placing) => placing.scheme === scheme)) {
          const bare = look(element);
          problems.push(...bare.problems.map((problem) => `${where}, bare page: ${problem}`));
          const bareRing = focusRing(element);
          // Firefox gives no focus to a test page running in the background: there the ring is compared only.
          if (document.hasFocus() && !bareRing.startsWith('solid')) problems.push(`${where}, bare page: ${bareRing}`);
          for (const [theme, rules] of Object.entries(themes)) {
            const found = withTheme(rules, () => {
              const themed = differences(bare, look(element), ['color', 'fill', 'size', 'leading']);
              const ring = focusRing(element);
              if (ring !== bareRing) themed.push(`focus ring ${ring} instead of ${bareRing}`);
              if (element.querySelector('script')?.getClientRects().length) themed.push('the inline JSON shows');
              return themed;
            });
            problems.push(...found.map((problem) => `${where}, ${theme}: ${problem}`));
          }
        }
        expectNone(problems, `for the ${name} (${scheme})`);
      });
    }

    it('takes its font from --devisus-font-family and --devisus-font-size over any page rule', () => {
      const element = withTokens.get(name)!;
      const bare = look(element);
      // Sizes compared in pixels here: the tokens, not the page, set the element's size.
      const sizes = () =>
        [...bare.texts.keys()].map((holder) => `${nameOf(holder)} ${getComputedStyle(holder).fontSize}`);
      const bareSizes = sizes();
      const problems: string[] = [];
      for (const [theme, rules] of Object.entries(themes)) {
        const found = withTheme(rules, () => {
          const themed = differences(bare, look(element), ['fontFamily', 'color', 'leading']);
          sizes().forEach((size, index) => {
            if (size !== bareSizes[index]) themed.push(`${size} instead of ${bareSizes[index]}`);
          });
          return themed;
        });
        problems.push(...found.map((problem) => `${theme}: ${problem}`));
      }
      expectNone(problems, `for the ${name} with font tokens`);
    });
  });
}
