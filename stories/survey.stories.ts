import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import type { DevisusSurvey } from '@devisus/survey';
import '@devisus/survey/define/devisus-survey.js';
import {
  badConditionSurvey,
  booleanSurvey,
  checkboxSurvey,
  commentSurvey,
  conditionsSurvey,
  dropdownSurvey,
  invalidAnswers,
  matrixSurvey,
  multiPageSurvey,
  outboxNote,
  outboxSurvey,
  panelSurvey,
  radiogroupSurvey,
  ratingSurvey,
  rankingSurvey,
  textSurvey,
  unknownTypeSurvey,
  htmlSurvey,
  multipletextSurvey,
  consentSurvey,
  validationSurvey,
} from './support/survey-samples.js';

/** The controls every story shares; their names are the element's attributes. */
interface SurveyArgs {
  action: string;
}

/** Rows of the manifest that the stories do not drive: shown in the Docs table, without a control. */
const NO_CONTROL = [
  'storage-key',
  'no-autosave',
  'storageKey',
  'answers',
  'devisus-change',
  'devisus-complete',
  'devisus-delivered',
  'progress',
  'error-summary',
  'question',
  'navigation',
  'completed',
];

/**
 * What `src` and `data` (inherited from `DevisusElement`) mean for this element: the Docs table
 * otherwise shows the generic description from the manifest.
 */
const dataSources = {
  src: {
    description: 'URL of the survey as SurveyJS JSON, fetched when no `data` property or inline script is given.',
    control: false,
  },
  data: {
    description:
      'The survey (SurveyJS JSON) as a JavaScript object. Wins over an inline `<script type="application/json">` ' +
      'child and `src`; with none of them, the DEVISUS questionnaire.',
    control: false,
  },
};

/** The localStorage keys the core store writes: `devisus:<store>:<key>`. */
const draftKey = (storageKey: string) => `devisus:survey-draft:${storageKey}`;
const outboxKey = (action: string) => `devisus:survey-outbox:${action}`;

/** The survey of a story, once it has rendered its questions. */
async function readySurvey(canvasElement: HTMLElement): Promise<DevisusSurvey> {
  const survey = canvasElement.querySelector('devisus-survey');
  if (!survey) throw new Error('No <devisus-survey> in the story');
  await waitFor(() => expect(survey.state).toBe('ready'), { timeout: 5000 });
  await survey.updateComplete;
  return survey;
}

/** Presses the survey's Next / Send button, as a reader would. */
async function pressSubmit(survey: DevisusSurvey): Promise<void> {
  survey.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await survey.updateComplete;
}

/**
 * `<devisus-survey>` shows a questionnaire written in SurveyJS's JSON format (the subset described
 * in _Guides_ beside this page): every answer is kept on the reader's device as it is typed, Next
 * checks each page and lists the problems at the top, and a completed response is kept in an outbox
 * on the device until the site's server confirms it.
 *
 * With no data it shows the DEVISUS questionnaire on how social and solidarity economy organisations
 * evaluate their impact. A site gives its own survey with `src`, an inline
 * `<script type="application/json">` or the `data` property. Apart from the default, every survey
 * in these stories is made up to show a feature. Each story keeps its draft under its own
 * `storage-key`, so that answers typed in one story do not appear in another; none of them sends
 * anything anywhere unless it says so.
 */
const meta = {
  title: 'Elements/Survey',
  component: 'devisus-survey',
  tags: ['autodocs'],
  decorators: [withActions],
  argTypes: {
    action: {
      description:
        'Where completed responses are POSTed as JSON, with `Idempotency-Key: <response id>`. Without it, ' +
        'responses stay in the browser (the reader can download them).',
      control: 'text',
    },
    ...dataSources,
    ...Object.fromEntries(NO_CONTROL.map((name) => [name, { control: false }])),
  },
  args: { action: '' },
  parameters: {
    actions: { handles: ['devisus-change', 'devisus-complete', 'devisus-delivered', 'devisus-ready', 'devisus-error'] },
    docs: {
      description: {
        component:
          'A questionnaire in SurveyJS JSON that loses nothing: drafts kept as they are typed, an error summary ' +
          'on each page, responses kept on the device until the server confirms them. Switch the language and ' +
          'theme in the toolbar; the Actions panel shows `devisus-change`, `devisus-complete` and ' +
          '`devisus-delivered`. The supported SurveyJS subset, the response format, a receiving endpoint and ' +
          'the privacy of embeds are in _Guides_, beside this page.',
      },
    },
  },
} satisfies Meta<SurveyArgs>;

export default meta;
type Story = StoryObj<SurveyArgs>;

/** Renders a survey story: `data` (none for the default questionnaire) under its own storage key. */
const survey = (storageKey: string, data?: unknown) => (args: SurveyArgs) =>
  html`<devisus-survey
    storage-key=${storageKey}
    action=${ifDefined(args.action || undefined)}
    .data=${data}
  ></devisus-survey>`;

/**
 * No data: the DEVISUS questionnaire on impact-evaluation practices (`@devisus/content`, loaded only
 * now), five pages with a progress bar. Its questions show or hide with the answers: say your
 * organisation evaluates its impact to see the panel "Your evaluation so far". Without `action`,
 * the response stays in the browser when sent, and can be downloaded.
 */
export const DefaultQuestionnaire: Story = {
  name: 'DEVISUS default questionnaire',
  render: survey('storybook-survey-default'),
};

/**
 * `type: "text"` with each `inputType`: `text`, `number` (a numeric validator from 0 to 10,000),
 * `email` (checked on Send), `url` (a `regex` validator with its own message), `tel` and `date`.
 * A number is kept as a number; a date as `YYYY-MM-DD`.
 */
export const TextQuestion: Story = {
  name: 'Question: text (every inputType)',
  render: survey('storybook-survey-text', textSurvey),
};

/** `type: "comment"`: a multi-line text, with a `text` validator (between 20 and 500 characters). */
export const CommentQuestion: Story = {
  name: 'Question: comment',
  render: survey('storybook-survey-comment', commentSurvey),
};

/**
 * `type: "radiogroup"` with `showOtherItem` and `showNoneItem`: "Other" opens a text box, whose text
 * is kept under `main_funding-Comment`; choosing "Other" and leaving the box empty is refused.
 */
export const RadiogroupQuestion: Story = {
  name: 'Question: radiogroup (other, none)',
  render: survey('storybook-survey-radiogroup', radiogroupSurvey),
};

/** `type: "checkbox"`: the answer is an array of values; "None" unticks every other choice. */
export const CheckboxQuestion: Story = {
  name: 'Question: checkbox',
  render: survey('storybook-survey-checkbox', checkboxSurvey),
};

/** `type: "dropdown"`: a native `<select>`, with "Other" and its text box. */
export const DropdownQuestion: Story = {
  name: 'Question: dropdown',
  render: survey('storybook-survey-dropdown', dropdownSurvey),
};

/** `type: "boolean"`: Yes / No (the answer is `true` or `false`), or the survey's `labelTrue` / `labelFalse` (stored as `valueTrue` / `valueFalse` when given). */
export const BooleanQuestion: Story = {
  name: 'Question: boolean',
  render: survey('storybook-survey-boolean', booleanSurvey),
};

/** `type: "rating"`: a range (`rateMin` 0, `rateMax` 10, `rateStep` 2), and `rateValues` with a label each. */
export const RatingQuestion: Story = {
  name: 'Question: rating',
  render: survey('storybook-survey-rating', ratingSurvey),
};

/**
 * `type: "matrix"`: one answer per row, each row a fieldset of its own. With `isRequired`, every row
 * needs an answer. The answer is `{ row: column }`, e.g. `{ "staff": "decides" }`.
 */
export const MatrixQuestion: Story = {
  name: 'Question: matrix',
  render: survey('storybook-survey-matrix', matrixSurvey),
};

/**
 * `type: "ranking"`: the items in order, moved with ↑ and ↓ buttons (each move is announced to
 * screen readers). The answer, the values in order, is given only once an item has been moved.
 */
export const RankingQuestion: Story = {
  name: 'Question: ranking',
  render: survey('storybook-survey-ranking', rankingSurvey),
};

/**
 * `type: "panel"`: questions grouped in a fieldset with its legend. The panel's `visibleIf` shows or
 * hides all of them: answer Yes.
 */
export const PanelQuestion: Story = {
  name: 'Question: panel',
  render: survey('storybook-survey-panel', panelSurvey),
};

/**
 * `type: "html"`: the survey author's markup, sanitised with DOMPurify before it is shown: the
 * `onclick` and the `<script>` this one carries are taken out, and its link opens safely. Its code,
 * and the sanitiser's, load only when a survey has such an item.
 */
export const HtmlItem: Story = {
  name: 'Question: html (sanitised)',
  render: survey('storybook-survey-html', htmlSurvey),
};

/**
 * `type: "multipletext"`: one labelled field per item, checked as a text question of its own; the
 * answer is `{ "employees": 12, "volunteers": 30 }`. Then `type: "tagbox"`: a combobox whose picks
 * become chips (Down, Up, Enter, Escape, Backspace); the answer is the list of values.
 */
export const MultipletextQuestion: Story = {
  name: 'Question: multipletext, tagbox',
  render: survey('storybook-survey-multipletext', multipletextSurvey),
};

/**
 * `image`, `imagepicker`, `signaturepad` and `file`. The pictures of an imagepicker are radio buttons
 * named by their choice's text. The signature is drawn with a mouse, a finger or a pen, or
 * typed (the name is written on the pad), and kept as a PNG data URL; the file as
 * `{ name, type, content }`, turned away over `maxSize`.
 */
export const ConsentQuestions: Story = {
  name: 'Question: image, imagepicker, signaturepad, file',
  render: survey('storybook-survey-consent', consentSurvey),
};

/**
 * `visibleIf`, `enableIf` and `requiredIf`, each question saying its own condition: `=`,
 * `contains`, `anyof`, `and`, `!=`. A question shown but not enabled keeps its place, greyed out;
 * a hidden one disappears, and its answer is left out of the response.
 */
export const Conditions: Story = {
  render: survey('storybook-survey-conditions', conditionsSurvey),
};

/**
 * Three pages with `showProgressBar`: "Page 1 of 3". Next checks the page before moving on; Back
 * keeps the answers. The second page has a `visibleIf`: answer No and it is skipped, and the count
 * becomes "of 2".
 */
export const MultiPage: Story = {
  name: 'Several pages with progress',
  render: survey('storybook-survey-multi-page', multiPageSurvey),
};

/**
 * `lang="fr"` on the element (or on any ancestor, such as `<html>`): the interface and the
 * questionnaire's `fr` texts are in French, whatever the toolbar says.
 */
export const French: Story = {
  render: (args) =>
    html`<devisus-survey
      lang="fr"
      storage-key="storybook-survey-french"
      action=${ifDefined(args.action || undefined)}
    ></devisus-survey>`,
};

/**
 * Answers given with the `answers` property break every check of the page: a required text left
 * empty, a number out of range, an email without `@`, "Other" without its text, a required matrix
 * with a row missing, a `regex` and a `text` validator (with the survey's own message). The story's
 * play function presses Next: the error summary ("There is a problem") lists each problem and links
 * to its question, and each question shows its message. Press Next yourself in the Docs page.
 */
export const ValidationErrors: Story = {
  name: 'Validation errors',
  render: (args) =>
    html`<devisus-survey
      storage-key="storybook-survey-validation"
      action=${ifDefined(args.action || undefined)}
      .data=${validationSurvey}
      .answers=${invalidAnswers}
    ></devisus-survey>`,
  play: async ({ canvasElement }) => {
    const element = await readySurvey(canvasElement);
    await pressSubmit(element);
    await waitFor(() => expect(element.shadowRoot?.querySelectorAll('[part="error-summary"] li')).toHaveLength(7));
  },
};

/**
 * A draft left on the device by an earlier visit (written into `localStorage` under
 * `devisus:survey-draft:storybook-survey-draft` when the story opens): the survey opens on the page
 * where the reader stopped, with their answers, and says so.
 */
export const DraftRestored: Story = {
  name: 'Draft restored',
  beforeEach: () => {
    const key = draftKey('storybook-survey-draft');
    const draft = { data: { evaluates: true, usefulness: 4 }, page: 1, startedAt: '2025-05-12T09:30:00.000Z' };
    localStorage.setItem(key, JSON.stringify({ version: 1, savedAt: '2025-05-12T09:34:00.000Z', value: draft }));
    return () => localStorage.removeItem(key);
  },
  render: survey('storybook-survey-draft', multiPageSurvey),
};

const REFUSING_ACTION = '/this-endpoint-does-not-exist';
const UNREACHABLE_ACTION = 'http://127.0.0.1:9/responses';

/** Empties a story's outbox when it opens and when it is left, so that test responses do not pile up. */
const emptyOutbox = (action: string) => () => {
  localStorage.removeItem(outboxKey(action));
  return () => localStorage.removeItem(outboxKey(action));
};

/** The play function of the outbox stories: types a note and sends. */
async function sendNote({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const element = await readySurvey(canvasElement);
  const note = element.shadowRoot?.querySelector('textarea');
  if (note) {
    note.value = outboxNote;
    note.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await pressSubmit(element);
}

/**
 * `action` pointing at an address of this Storybook that does not exist: the server answers 404. A
 * 4xx other than 408 and 429 means the server will never accept this response, so it is not sent
 * again: the survey says the server refused it, offers to download it, and fires `devisus-error`.
 * The story's play function types a note and sends it.
 */
export const OutboxRejected: Story = {
  name: 'Outbox: refused by the server (404)',
  args: { action: REFUSING_ACTION },
  beforeEach: emptyOutbox(REFUSING_ACTION),
  render: survey('storybook-survey-outbox-rejected', outboxSurvey),
  play: async (context) => {
    await sendNote(context);
    const element = await readySurvey(context.canvasElement);
    await waitFor(() => expect(element.shadowRoot?.querySelector('[part="completed"]')?.textContent).toContain('404'));
  },
};

const REFUSED_EARLIER_ACTION = '/this-endpoint-refused-earlier';

/**
 * A response the server refused (403) on an earlier visit, still kept in the browser (written into
 * `localStorage` under `devisus:survey-outbox:<action>` when the story opens). The survey shows it
 * above its questions, never hiding it: when it was sent, that the server refused it, a button to
 * download it and one to delete it from the device. It is not sent again.
 */
export const OutboxRefusedEarlier: Story = {
  name: 'Outbox: refused on an earlier visit',
  args: { action: REFUSED_EARLIER_ACTION },
  beforeEach: () => {
    const key = outboxKey(REFUSED_EARLIER_ACTION);
    const response = {
      id: '0b6f2a52-8d3e-4c1e-9a57-3f0d6f1c2b11',
      surveyId: 'storybook-outbox',
      locale: 'en',
      startedAt: '2025-05-12T09:28:00.000Z',
      completedAt: '2025-05-12T09:30:00.000Z',
      data: { note: outboxNote },
    };
    const entry = { response, attempts: 1, status: 'rejected', lastStatus: 403 };
    localStorage.setItem(key, JSON.stringify({ version: 1, savedAt: response.completedAt, value: [entry] }));
    return () => localStorage.removeItem(key);
  },
  render: survey('storybook-survey-outbox-refused-earlier', outboxSurvey),
};

/**
 * `action` on a port where nothing listens (`http://127.0.0.1:9/responses`): the request fails
 * before any answer, as it would offline. The response stays in the outbox on the device
 * (`localStorage`, `devisus:survey-outbox:<action>`) and the survey says it will be sent as soon as
 * possible: it is tried again with a growing delay (about 2 s, 4 s, 8 s… up to 5 minutes), when the
 * browser comes back online, and on the next page load. The browser's console shows each failed
 * try. The story's play function types a note and sends it; the story empties its outbox when it
 * opens and when you leave it.
 */
export const OutboxQueued: Story = {
  name: 'Outbox: kept on the device (offline)',
  args: { action: UNREACHABLE_ACTION },
  beforeEach: emptyOutbox(UNREACHABLE_ACTION),
  render: survey('storybook-survey-outbox-queued', outboxSurvey),
  play: sendNote,
};

/**
 * A survey made with SurveyJS tools that uses a question type this element cannot show
 * (`paneldynamic`): none of it is shown; the message names the question and its type, and the
 * element fires `devisus-error`. Switch the language: the message follows.
 */
export const InvalidSurvey: Story = {
  name: 'Invalid survey: unknown question type',
  parameters: { controls: { disable: true } },
  render: survey('storybook-survey-invalid', unknownTypeSurvey),
};

/** A condition that cannot be read (`{share} = true)`): the message names the question and the position of the problem. */
export const InvalidCondition: Story = {
  name: 'Invalid survey: unreadable condition',
  parameters: { controls: { disable: true } },
  render: survey('storybook-survey-invalid-condition', badConditionSurvey),
};
