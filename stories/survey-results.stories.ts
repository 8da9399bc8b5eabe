import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import type { ResultsFilter, SurveyResults } from '../packages/survey/src/results/survey-results.component.js';
import '@devisus/survey/define/devisus-survey-results.js';
import { SAMPLE_RESPONSE_COUNT, sampleResponses } from './support/survey-samples.js';

/** Rows of the manifest that the stories do not drive: shown in the Docs table, without a control. */
const NO_CONTROL = [
  'survey',
  'survey-src',
  'surveySrc',
  'summaries',
  'title',
  'count',
  'export',
  'question',
  'stats',
  'chart',
  'table',
  'answers',
];

/**
 * What `src` and `data` (inherited from `DevisusElement`) mean for this element: the Docs table
 * otherwise shows the generic description from the manifest.
 */
const dataSources: ArgTypes = {
  src: {
    description:
      'URL of the responses: JSON (an array of response records or of SurveyJS `data` objects), or, for an ' +
      'address ending in `.csv`, a CSV export (ours, LimeSurvey’s, SurveyMonkey’s, Google Forms’ or ' +
      'KoboToolbox’s): without `survey` or `survey-src`, its questions are read from the file. Fetched when no ' +
      '`data` property or inline script is given.',
    control: false,
  },
  data: {
    description:
      'The responses as a JavaScript array (response records or SurveyJS `data` objects). Wins over an inline ' +
      '`<script type="application/json">` child and `src`.',
    control: false,
  },
};

/**
 * The `filter` property and the `filter` CSS part share a name, and the Docs table keys its rows by
 * name: the manifest's part would replace the property. Both are given here, the part under another
 * key with its display name.
 */
const sameName: ArgTypes = {
  filter: {
    description:
      'Shows the results of the responses with one answer only, e.g. `{ question: "evaluates_impact", answer: ' +
      '"c:yes" }` (`c:<value>` for a choice; `other`, `none`, `true`, `false`). The reader can change it. A ' +
      'property only (no attribute).',
    control: false,
    table: { category: 'properties', type: { summary: 'ResultsFilter | undefined' } },
  },
  'filter-part': {
    name: 'filter',
    description: 'The filter by one question’s answer.',
    control: false,
    table: { category: 'css shadow parts' },
  },
};

/** The filter of the "Filtered" and "CSV export" stories: organisations that evaluate their impact. */
const EVALUATES: ResultsFilter = { question: 'evaluates_impact', answer: 'c:yes' };

/** Said above every story's results, so that no one reads the generated figures as findings. */
const NOTE = html`<p style="margin: 0 0 1rem; font-style: italic">
  ${SAMPLE_RESPONSE_COUNT} generated, fictional responses: these figures describe no real organisation.
</p>`;

/**
 * `<devisus-survey-results>` shows a survey's results question by question: counts and
 * percentages as bar charts, each with a table of the same figures, the mean and median of ratings
 * and numbers, matrix grids, average ranks and the texts given. A filter keeps the responses with
 * one answer; the summary downloads as CSV.
 *
 * The survey comes from the `survey` property or `survey-src`, else it is the DEVISUS
 * questionnaire; the responses from `data`, an inline `<script type="application/json">` or `src`
 * (JSON, or a CSV export of ours, LimeSurvey's or SurveyMonkey's). The responses in these stories
 * are **generated** by a seeded random generator (the same on every run) and describe nothing real.
 */
const meta = {
  title: 'Elements/Survey results',
  component: 'devisus-survey-results',
  tags: ['autodocs'],
  decorators: [withActions],
  argTypes: {
    ...dataSources,
    ...sameName,
    ...Object.fromEntries(NO_CONTROL.map((name) => [name, { control: false }])),
  },
  parameters: {
    actions: { handles: ['devisus-ready', 'devisus-error'] },
    docs: {
      description: {
        component:
          'A survey’s results as accessible bar charts with tables, with a filter and a CSV export. Switch the ' +
          'language and theme in the toolbar. The responses of these stories are generated and fictional. The ' +
          'response format is in _Elements › Survey › Guides_.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * 320 generated responses to the DEVISUS default questionnaire, given with the `data` property as
 * the records `<devisus-survey>` sends. They follow the questionnaire's conditions (an organisation
 * that does not evaluate its impact was not asked about its methods), so each question says how
 * many people answered it and how many gave no answer.
 */
export const GeneratedResponses: Story = {
  name: 'Generated responses (320)',
  render: () => html`${NOTE}<devisus-survey-results .data=${sampleResponses}></devisus-survey-results>`,
};

/**
 * The `filter` property set to `{ question: 'evaluates_impact', answer: 'c:yes' }`: only the
 * responses of organisations that evaluate their impact. The count says how many of the 320 that
 * is; the reader can choose another question and answer, or show all responses again.
 */
export const Filtered: Story = {
  name: 'Filtered',
  render: () =>
    html`${NOTE}<devisus-survey-results .data=${sampleResponses} .filter=${EVALUATES}></devisus-survey-results>`,
};

const NOT_YET = '(the CSV appears once the results are shown)';

/**
 * `exportCSV()` returns the summary shown (filter included) as CSV: one row per question with how
 * many answered it (and the mean and median of ratings and numbers), then one row per answer. The
 * element's own "Download the summary (CSV)" button saves the same text as a file. The CSV below is
 * written when the element fires `devisus-ready`; after switching the language in the toolbar,
 * press the button under the results to write it again in that language.
 */
export const CsvExport: Story = {
  name: 'CSV export',
  render: () => {
    const output = (from: Element) => from.closest('.csv-export')?.querySelector<HTMLElement>('.csv-output');
    const show = (results: SurveyResults) => {
      const target = output(results);
      // Text, never markup: answer labels come from the survey.
      if (target) target.textContent = results.exportCSV() || NOT_YET;
    };
    return html`<div class="csv-export">
      ${NOTE}
      <devisus-survey-results
        .data=${sampleResponses}
        .filter=${EVALUATES}
        @devisus-ready=${(event: Event) => show(event.target as SurveyResults)}
      ></devisus-survey-results>
      <p>
        <button
          type="button"
          @click=${(event: Event) => {
            const results = (event.target as Element).closest('.csv-export')?.querySelector('devisus-survey-results');
            if (results) show(results);
          }}
        >
          Write the CSV again
        </button>
      </p>
      <p id="csv-output-label">What <code>exportCSV()</code> returns:</p>
      <!-- A box that scrolls: reachable with Tab and named, so keyboards can scroll it too. -->
      <pre
        class="csv-output"
        tabindex="0"
        role="region"
        aria-labelledby="csv-output-label"
        style="white-space: pre-wrap; overflow-wrap: anywhere; max-height: 30rem; overflow: auto"
      >
${NOT_YET}</pre>
    </div>`;
  },
};

/**
 * A real Google Forms export (40 responses to a party questionnaire, personal columns removed; see
 * packages/survey/test/corpus/exports/SOURCES.md) given as `src` with no survey: the element reads
 * the questions from the file, says so, and says under each question how it was read (one choice,
 * several choices joined by “, ”, a rating, free text grouped with counts).
 */
export const ExportAlone: Story = {
  name: 'Export without its survey (Google Forms)',
  render: () => html`<devisus-survey-results src="/fixtures/google-forms-export.csv"></devisus-survey-results>`,
};

/**
 * A real LimeSurvey export with full-text headings (`Question [option]`), read without its survey:
 * grids and a ranking from the column headers. Its long German labels wrap, whole, at any width;
 * try it in a narrow viewport.
 */
export const LimeSurveyAlone: Story = {
  name: 'Export without its survey (LimeSurvey, long labels)',
  render: () => html`<devisus-survey-results src="/fixtures/limesurvey-export.csv"></devisus-survey-results>`,
};

/** An empty list of responses: the element says there are none yet for this survey. */
export const NoResponses: Story = {
  name: 'No responses yet',
  render: () => html`<devisus-survey-results .data=${[]}></devisus-survey-results>`,
};
