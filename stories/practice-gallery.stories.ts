/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import type { Filters, GallerySort } from '@devisus/practices';
import '@devisus/practices/define/devisus-practice-gallery.js';
// The sample CSV of docs/csv.md, served as a file of its own (never inlined as a data: URL), so
// that its address ends in .csv like a site's spreadsheet export.
import sampleCsv from '../docs/examples/practices/practices.csv?url&no-inline';
import {
  duplicateIdPractices,
  hostilePractice,
  invalidPractices,
  manyPractices,
  repairCafePractice,
  toolLibraryPractice,
} from './support/practice-samples.js';

/** The controls every story shares; their names are the element's attributes. */
interface GalleryArgs {
  query: string;
  sort: GallerySort;
}

/** Rows of the manifest that the stories do not drive: shown in the Docs table, without a control. */
const NO_CONTROL = [
  'sync-url',
  'syncUrl',
  'results',
  'search',
  'count',
  'list',
  'dialog',
  'devisus-filter-change',
  'devisus-select',
];

/**
 * What `src` and `data` (inherited from `DevisusElement`) mean for this element: the Docs table
 * otherwise shows the generic description from the manifest.
 */
const dataSources = {
  src: {
    description:
      'URL of the practices: JSON (an array or `{ practices: [...] }`), or CSV when the address ends in `.csv`. ' +
      'Fetched when no `data` property or inline script is given.',
    control: false,
  },
  data: {
    description:
      'The practices as a JavaScript array (or `{ practices: [...] }`). Wins over an inline ' +
      '`<script type="application/json">` child and `src`.',
    control: false,
  },
};

/**
 * The `filters` property and the `filters` CSS part share a name, and the Docs table keys its rows
 * by name: the manifest's part would replace the property. Both are given here, the part under
 * another key with its display name.
 */
const sameName = {
  filters: {
    description:
      "The chosen filter values, e.g. `{ country: ['FR'], theme: ['training'] }`; keys `country`, `theme`, " +
      '`dimension`, `method` and `project`, each a list of values. A property only (no attribute).',
    control: false,
    table: { category: 'properties', type: { summary: 'Filters' }, defaultValue: { summary: '{}' } },
  },
  'filters-part': {
    name: 'filters',
    description: 'The facets.',
    control: false,
    table: { category: 'css shadow parts' },
  },
};

/** The search, filters and sort of the "Filtered" story. */
const FILTERS: Filters = { country: ['FR', 'BE'], theme: ['food'] };

/**
 * `<devisus-practice-gallery>` makes a list of good practices searchable and filterable: a search
 * box (accents, case and small typos do not matter), facets by country, theme, impact dimension,
 * evaluation method and source project, a sort, and a count announced to screen readers. Each
 * practice opens in full in a modal dialog. Long lists show 24 practices at a time.
 *
 * With no data it shows the DEVISUS, Impact & ValuESS and VISES activities. A site gives its own
 * list with `src` (JSON, or CSV exported from a spreadsheet), an inline
 * `<script type="application/json">` or the `data` property. Apart from the default, every practice
 * in these stories is fictional. The guides beside this page describe the record format, the CSV
 * columns and how to embed a filtered gallery.
 */
const meta = {
  title: 'Elements/Practice gallery',
  component: 'devisus-practice-gallery',
  tags: ['autodocs'],
  decorators: [withActions],
  argTypes: {
    query: {
      description: 'The search, reflected to the attribute as the reader types.',
      control: 'text',
    },
    sort: {
      description: '`relevance` (default), `title` or `date` (newest first).',
      control: 'inline-radio',
      options: ['relevance', 'title', 'date'],
    },
    ...dataSources,
    ...sameName,
    ...Object.fromEntries(NO_CONTROL.map((name) => [name, { control: false }])),
  },
  args: { query: '', sort: 'relevance' },
  parameters: {
    actions: { handles: ['devisus-filter-change', 'devisus-select', 'devisus-ready', 'devisus-error'] },
    docs: {
      description: {
        component:
          'A searchable, filterable gallery of good practices, each opening in a dialog. Switch the language ' +
          'and theme in the toolbar; the Actions panel shows `devisus-filter-change` and `devisus-select`. ' +
          'The record format, the CSV columns and how to embed a filtered gallery are in _Guides_, beside ' +
          'this page.',
      },
    },
  },
} satisfies Meta<GalleryArgs>;

export default meta;
type Story = StoryObj<GalleryArgs>;

/** No data: the DEVISUS, Impact & ValuESS and VISES activities from `@devisus/content`, loaded only now. */
export const DefaultContent: Story = {
  name: 'DEVISUS default',
  render: (args) => html`<devisus-practice-gallery query=${args.query} sort=${args.sort}></devisus-practice-gallery>`,
};

/**
 * 2,000 generated practices (fictional, the same on every run), given with the `data` property: the
 * search answers as you type, the facets count what each choice would give, and the list shows 24
 * at a time with a "Show more" button.
 */
export const ManyPractices: Story = {
  name: 'Many practices (2,000)',
  render: (args) =>
    html`<devisus-practice-gallery
      query=${args.query}
      sort=${args.sort}
      .data=${manyPractices}
    ></devisus-practice-gallery>`,
};

/**
 * The `filters` property (`{ country: ['FR', 'BE'], theme: ['food'] }`) and the `query` attribute
 * (`coop`, which finds "cooperative" in English and "coopérative" in French) set by the page, on the
 * 2,000 generated practices, sorted by title. The reader can change them; each change fires
 * `devisus-filter-change` with the query, the filters and the count.
 */
export const Filtered: Story = {
  name: 'Filtered gallery',
  args: { query: 'coop', sort: 'title' },
  render: (args) =>
    html`<devisus-practice-gallery
      query=${args.query}
      sort=${args.sort}
      .filters=${FILTERS}
      .data=${manyPractices}
    ></devisus-practice-gallery>`,
};

/**
 * The gallery in a phone-wide column (360 px): the filters fold behind a "Filters (n)" button that
 * counts the chosen ones, so the first practices come right after the search. Long facets show six
 * options and "Show all (n)".
 */
export const OnAPhone: Story = {
  name: 'On a phone (360 px)',
  render: () =>
    html`<div style="max-width: 360px">
      <devisus-practice-gallery .filters=${FILTERS} .data=${manyPractices}></devisus-practice-gallery>
    </div>`,
};

/** A search that matches nothing (`query="zzzz"`): the gallery says so and offers to clear the search and filters. */
export const NoMatch: Story = {
  name: 'No match',
  args: { query: 'zzzz' },
  render: (args) => html`<devisus-practice-gallery query=${args.query} sort=${args.sort}></devisus-practice-gallery>`,
};

/**
 * `src` pointing at a CSV file (`docs/examples/practices/practices.csv`, four fictional practices in
 * English and French): an address ending in `.csv` is read as a spreadsheet export, one row per
 * practice. See _Guides_ for the columns.
 */
export const FromCsv: Story = {
  name: 'From a CSV file',
  render: (args) =>
    html`<devisus-practice-gallery query=${args.query} sort=${args.sort} src=${sampleCsv}></devisus-practice-gallery>`,
};

/**
 * `lang="fr"` on the element (or on any ancestor, such as `<html>`): the interface, the practices'
 * French texts, the country names and the sort order are in French, whatever the toolbar says.
 */
export const French: Story = {
  name: 'French',
  render: (args) =>
    html`<devisus-practice-gallery lang="fr" query=${args.query} sort=${args.sort}></devisus-practice-gallery>`,
};

/** `theme="dark"` on the element forces the dark palette; the toolbar's Theme, when not on auto, overrides it. */
export const Dark: Story = {
  name: 'Dark theme',
  render: (args) =>
    html`<devisus-practice-gallery theme="dark" query=${args.query} sort=${args.sort}></devisus-practice-gallery>`,
};

/**
 * A list that does not match the format: the second practice has no `summary` (and its `country`
 * is written out). The gallery shows none of the list, names the first problem and where it is
 * (`practices[1].summary`), counts the others, and fires `devisus-error`.
 */
export const InvalidData: Story = {
  name: 'Invalid data',
  render: (args) =>
    html`<devisus-practice-gallery
      query=${args.query}
      sort=${args.sort}
      .data=${invalidPractices}
    ></devisus-practice-gallery>`,
};

/** Two practices with the same id: a rule of the list, checked by the element (JSON Schema cannot say it). */
export const DuplicateIds: Story = {
  name: 'Invalid data: duplicate ids',
  render: (args) =>
    html`<devisus-practice-gallery
      query=${args.query}
      sort=${args.sort}
      .data=${duplicateIdPractices}
    ></devisus-practice-gallery>`,
};

/** A valid, empty list: the gallery says there is nothing to show yet. */
export const Empty: Story = {
  name: 'Empty list',
  render: (args) =>
    html`<devisus-practice-gallery query=${args.query} sort=${args.sort} .data=${[]}></devisus-practice-gallery>`,
};

/**
 * A practice whose every text holds markup or script, beside two ordinary (fictional) ones: titles,
 * themes and summaries show the markup as text, and nothing runs. Open it to see the full record,
 * where unsafe links are shown as plain text.
 */
export const HostileText: Story = {
  name: 'Hostile text shown as text',
  render: (args) =>
    html`<devisus-practice-gallery
      query=${args.query}
      sort=${args.sort}
      .data=${[hostilePractice, repairCafePractice, toolLibraryPractice]}
    ></devisus-practice-gallery>`,
};
