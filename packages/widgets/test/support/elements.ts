// Every DEVISUS element as a site would place it, for the tests that go through all of them.
import { practices } from '../../../practices/test/support/practices.js';

const survey = {
  title: 'How do you evaluate your impact?',
  elements: [
    {
      type: 'radiogroup',
      name: 'kind',
      title: 'What kind of organisation is yours?',
      choices: ['Cooperative', 'Association'],
    },
    { type: 'rating', name: 'ease', title: 'How easy is it?' },
  ],
};
const responses = [
  { kind: 'Cooperative', ease: 4 },
  { kind: 'Association', ease: 2 },
];

export type Settling = HTMLElement & { state: string; updateComplete: Promise<boolean> };
const make =
  (tag: string, attributes: Record<string, string> = {}, properties: object = {}) =>
  () => {
    const element = document.createElement(tag) as Settling;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return Object.assign(element, properties);
  };

/** Every element, as a site would place it; each with its DEVISUS default data unless it needs its own. */
export const elements: Record<string, () => Settling> = {
  'impact grid': make('devisus-impact-grid'),
  // Its data in an inline JSON child, which a theme's `script { display: block }` must not reveal.
  'practice card': () => {
    const card = make('devisus-practice-card', { layout: 'full' })();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(practices[0]);
    card.append(script);
    return card;
  },
  'practice gallery': make('devisus-practice-gallery'),
  'partner map': make('devisus-partner-map'),
  survey: make('devisus-survey'),
  'survey embed': make('devisus-survey-embed', { src: 'https://example.org/our-survey' }),
  'survey results': make('devisus-survey-results', {}, { survey, data: responses }),
};
