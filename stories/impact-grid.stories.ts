import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withActions } from 'storybook/actions/decorator';
import type { GridMode, ImpactGrid } from '@devisus/impact-grid';
import '@devisus/impact-grid/define/devisus-impact-grid.js';
import {
  duplicateIdFramework,
  earlierDevisusAssessment,
  foodCoopAnswers,
  foodCoopEarlier,
  foodCoopFramework,
  invalidFramework,
  mismatchedAnswers,
  partlyAnsweredDevisus,
  partlyAnsweredDevisusFr,
  sampleDevisusAnswers,
} from './support/impact-grid-samples.js';

/** The controls every story shares; their names are the element's attributes. */
interface GridArgs {
  mode: GridMode;
  'hide-overall': boolean;
  'no-autosave': boolean;
  /** Where the network's benchmark is read (a collector's `…/benchmark`). */
  'benchmark-src'?: string;
}

/**
 * What `src` and `data` (inherited from `DevisusElement`) mean for this element: the Docs table
 * otherwise shows the generic description from the manifest.
 */
const dataSources = {
  src: {
    description: 'URL of the framework as JSON, fetched when no `data` property or inline script is given.',
    control: false,
  },
  data: {
    description:
      'The framework as a JavaScript object. Wins over an inline `<script type="application/json">` child and `src`.',
    control: false,
  },
};

/**
 * `<devisus-impact-grid>` is a social impact / social utility self-assessment grid. An organisation
 * answers it one dimension at a time, sees its scores by dimension, downloads or sends its answers,
 * and months later compares a new assessment with the earlier one.
 *
 * With no data it shows the DEVISUS default grid: a starting point in the French _utilité sociale_
 * tradition (registres → critères → indicateurs) that each network adapts, not an official standard.
 * A network gives its own grid with `src`, an inline `<script type="application/json">` or the `data`
 * property (see _Guides › Impact grid › Writing a grid_).
 *
 * Answers stay on the reader's device (localStorage) unless the site sends them. Every story here
 * uses its own `storage-key`, so that a draft made in one story does not appear in another.
 */
const meta = {
  title: 'Elements/Impact grid',
  component: 'devisus-impact-grid',
  tags: ['autodocs'],
  decorators: [withActions],
  argTypes: {
    mode: {
      description: '`assess` (answer the grid), `browse` (read it, no inputs) or `results`.',
      control: 'inline-radio',
      options: ['assess', 'browse', 'results'],
    },
    'hide-overall': {
      description: 'Hides the overall score: many networks refuse to sum an organisation up in one figure.',
      control: 'boolean',
    },
    'no-autosave': {
      description: 'Keeps nothing on the device: answers live only as long as the page.',
      control: 'boolean',
    },
    ...dataSources,
  },
  args: {
    mode: 'assess',
    'hide-overall': false,
    'no-autosave': false,
  },
  parameters: {
    actions: { handles: ['devisus-change', 'devisus-ready', 'devisus-error'] },
    docs: {
      description: {
        component:
          'A social impact / social utility self-assessment grid: answer it, see the results, keep or send the ' +
          'answers, compare with an earlier assessment. Switch the language and theme in the toolbar. ' +
          'Guides › Impact grid explains how to write a grid, how scores are computed and how to collect answers.',
      },
    },
  },
} satisfies Meta<GridArgs>;

export default meta;
type Story = StoryObj<GridArgs>;

/** The DEVISUS default grid, to answer: one dimension at a time, with every dimension's progress beside it. */
export const Assess: Story = {
  render: (args) =>
    html`<devisus-impact-grid
      storage-key="storybook-assess"
      mode=${args.mode}
      ?hide-overall=${args['hide-overall']}
      ?no-autosave=${args['no-autosave']}
    ></devisus-impact-grid>`,
};

/** `mode="browse"`: the whole default grid to read, with the sources of each dimension, and no inputs. */
export const Browse: Story = {
  args: { mode: 'browse' },
  render: (args) =>
    html`<devisus-impact-grid
      storage-key="storybook-browse"
      mode=${args.mode}
      ?hide-overall=${args['hide-overall']}
      ?no-autosave=${args['no-autosave']}
    ></devisus-impact-grid>`,
};

/**
 * `mode="results"` with most of the default grid answered (sample answers, set with the `answers`
 * property): the overall score, a radar chart with a table of the same figures, strengths and areas
 * to work on. Tick `hide-overall` to drop the overall figure.
 */
export const Results: Story = {
  args: { mode: 'results' },
  render: (args) =>
    html`<devisus-impact-grid
      storage-key="storybook-results"
      mode=${args.mode}
      ?hide-overall=${args['hide-overall']}
      ?no-autosave=${args['no-autosave']}
      benchmark-src=${ifDefined(args['benchmark-src'])}
      .answers=${sampleDevisusAnswers}
    ></devisus-impact-grid>`,
};

/**
 * The results beside a network's benchmark, as a collector serves it (`benchmark-src`, or next to
 * `share-url`): the network's median as a dotted outline on the radar, the middle half of its scores
 * as a band, and both in the table. The figures are an example made for this story, not real data.
 */
export const NetworkBenchmark: Story = {
  ...Results,
  name: 'Network benchmark',
  args: { mode: 'results', 'benchmark-src': '/fixtures/network-benchmark.json' },
};

/**
 * A network's own grid, given with the `data` property: three dimensions of a (fictional) network of
 * local food cooperatives, using every indicator type, with weights on one dimension and one
 * indicator. Its texts are in English and French; the other languages show the English.
 */
export const CustomGrid: Story = {
  name: 'Custom grid',
  render: (args) =>
    html`<devisus-impact-grid
      storage-key="storybook-custom-grid"
      mode=${args.mode}
      ?hide-overall=${args['hide-overall']}
      ?no-autosave=${args['no-autosave']}
      .data=${foodCoopFramework}
    ></devisus-impact-grid>`,
};

/**
 * Answers given with the `answers` property (they win over a stored draft): a yes, a level with a
 * comment, an indicator marked not applicable with the reason, and one flagged to come back to.
 */
export const PartlyAnswered: Story = {
  name: 'Partly answered',
  render: (args) =>
    html`<devisus-impact-grid
      storage-key="storybook-partly-answered"
      mode=${args.mode}
      ?hide-overall=${args['hide-overall']}
      ?no-autosave=${args['no-autosave']}
      .answers=${partlyAnsweredDevisus}
    ></devisus-impact-grid>`,
};

/**
 * Answers that do not all fit the grid (given with `answers`, or imported from a file): an
 * indicator the grid does not have, a value of the wrong type, a value that is not a level. The
 * element keeps what fits and says, in the reader's language, what it left out and why.
 */
export const AnswersThatDoNotFit: Story = {
  name: 'Answers that do not fit the grid',
  render: (args) =>
    html`<devisus-impact-grid
      storage-key="storybook-mismatched"
      mode=${args.mode}
      ?hide-overall=${args['hide-overall']}
      no-autosave
      .answers=${mismatchedAnswers}
    ></devisus-impact-grid>`,
};

/**
 * `comparison` set to an earlier assessment (`{ framework: { id, version }, date, answers }`, as
 * `exportAssessment()` writes it): the earlier scores are drawn beside this year's, and the table
 * gives both with the change.
 */
export const Comparison: Story = {
  args: { mode: 'results' },
  render: (args) =>
    html`<devisus-impact-grid
      storage-key="storybook-comparison"
      mode=${args.mode}
      ?hide-overall=${args['hide-overall']}
      ?no-autosave=${args['no-autosave']}
      .data=${foodCoopFramework}
      .answers=${foodCoopAnswers}
      .comparison=${foodCoopEarlier}
    ></devisus-impact-grid>`,
};

/** The same on the DEVISUS default grid, compared with an assessment made a year earlier. */
export const ComparisonDefault: Story = {
  name: 'Comparison: default grid',
  args: { mode: 'results' },
  render: (args) =>
    html`<devisus-impact-grid
      storage-key="storybook-comparison-default"
      mode=${args.mode}
      ?hide-overall=${args['hide-overall']}
      ?no-autosave=${args['no-autosave']}
      .answers=${sampleDevisusAnswers}
      .comparison=${earlierDevisusAssessment}
    ></devisus-impact-grid>`,
};

/**
 * A grid that does not match the format: the element shows nothing of it, names the first problem
 * and where it is (`dimensions[1].criteria[0].indicators[1].type`), counts the others, and fires
 * `devisus-error`. Switch the language: the message follows.
 */
export const InvalidFramework: Story = {
  name: 'Invalid framework',
  parameters: { controls: { disable: true } },
  render: () =>
    html`<devisus-impact-grid storage-key="storybook-invalid" .data=${invalidFramework}></devisus-impact-grid>`,
};

/** Ids must be unique across the whole grid, dimensions, criteria and indicators together. */
export const DuplicateIds: Story = {
  name: 'Invalid framework: duplicate ids',
  parameters: { controls: { disable: true } },
  render: () =>
    html`<devisus-impact-grid
      storage-key="storybook-duplicate-ids"
      .data=${duplicateIdFramework}
    ></devisus-impact-grid>`,
};

/**
 * `lang="fr"` on the element itself: it speaks French whatever the page's language, interface and
 * grid alike. French texts run longer than English ones; the layout has to hold them.
 */
export const LongFrench: Story = {
  name: 'Long French',
  render: (args) =>
    html`<devisus-impact-grid
      lang="fr"
      storage-key="storybook-long-french"
      mode=${args.mode}
      ?hide-overall=${args['hide-overall']}
      ?no-autosave=${args['no-autosave']}
      .answers=${partlyAnsweredDevisusFr}
    ></devisus-impact-grid>`,
};

/**
 * In a plain HTML form: with `name`, the form receives the answers as JSON under that name; with
 * `required`, it cannot be sent until every indicator but the texts is answered or marked not
 * applicable. Here the submit is caught and the FormData shown below instead of being sent; when the
 * form is refused, the grid's `validationMessage` is shown.
 */
const NOTHING_SENT = '(nothing sent yet)';

export const InAForm: Story = {
  name: 'In a form',
  args: { 'no-autosave': true },
  render: (args) => {
    const output = (form: HTMLFormElement) => form.querySelector<HTMLElement>('.form-output')!;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const lines = [...new FormData(form)].map(([name, value]) => `${name} = ${String(value)}`);
      // Text, never markup: the answers are whatever the person typed.
      output(form).textContent = lines.join('\n');
    };
    const onReset = (event: Event) => {
      output(event.target as HTMLFormElement).textContent = NOTHING_SENT;
    };
    const onInvalid = (event: Event) => {
      const grid = event.target as ImpactGrid;
      if (grid.form) output(grid.form).textContent = `Not sent: ${grid.validationMessage}`;
    };
    return html`<form method="post" action="/assessments" @submit=${onSubmit} @reset=${onReset}>
      <devisus-impact-grid
        name="assessment"
        required
        storage-key="storybook-in-a-form"
        mode=${args.mode}
        ?hide-overall=${args['hide-overall']}
        ?no-autosave=${args['no-autosave']}
        .data=${foodCoopFramework}
        @invalid=${onInvalid}
      ></devisus-impact-grid>
      <div style="padding-inline: 1rem">
        <p>
          <button type="submit">Send the assessment</button>
          <button type="reset">Clear the answers</button>
        </p>
        <p>What the form would send:</p>
        <pre class="form-output" role="status" style="white-space: pre-wrap; overflow-wrap: anywhere">
${NOTHING_SENT}</pre>
      </div>
    </form>`;
  },
};
