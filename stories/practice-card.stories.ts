import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import '@devisus/practices/define/devisus-practice-card.js';
import { hostilePractice, invalidPractice, repairCafePractice } from './support/practice-samples.js';

/** The control every story shares; its name is the element's attribute. */
interface CardArgs {
  layout: 'compact' | 'full';
}

/** Rows of the manifest that the stories do not drive: shown in the Docs table, without a control. */
const NO_CONTROL = ['practice-id', 'practiceId', 'practice', 'card', 'themes'];

/**
 * What `src` and `data` (inherited from `DevisusElement`) mean for this element: the Docs table
 * otherwise shows the generic description from the manifest.
 */
const dataSources = {
  src: {
    description:
      'URL of a practice, or of a list of practices (with `practice-id`), as JSON; fetched when no `data` ' +
      'property or inline script is given.',
    control: false,
  },
  data: {
    description: 'The same as `practice`. Wins over an inline `<script type="application/json">` child and `src`.',
    control: false,
  },
};

/**
 * `<devisus-practice-card>` shows one good practice of the social and solidarity economy:
 * `layout="compact"` (the default: title, organisations, place, themes and summary) for lists and
 * teasers, `layout="full"` for a page of its own, with every field the record has.
 *
 * Give it the record with the `practice` (or `data`) property, an inline
 * `<script type="application/json">`, or `src`; with a list, `practice-id` picks one. With no data
 * it shows the first DEVISUS default practice. Apart from the default, every practice in these
 * stories is fictional (see _Practice gallery › Guides_ for the record format).
 */
const meta = {
  title: 'Elements/Practice card',
  component: 'devisus-practice-card',
  tags: ['autodocs'],
  decorators: [withActions],
  argTypes: {
    layout: {
      description: '`compact` (title, who, where, themes, summary) or `full` (every field).',
      control: 'inline-radio',
      options: ['compact', 'full'],
    },
    ...dataSources,
    ...Object.fromEntries(NO_CONTROL.map((name) => [name, { control: false }])),
  },
  args: { layout: 'compact' },
  parameters: {
    actions: { handles: ['devisus-ready', 'devisus-error'] },
    docs: {
      description: {
        component:
          'One good practice, compact for lists or full with every field. Switch the language and theme in ' +
          'the toolbar. The record format, the CSV columns and how to embed a gallery are in ' +
          '_Practice gallery › Guides_.',
      },
    },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** No data: the first DEVISUS default practice (the DEVISUS partnership), loaded only now. */
export const DefaultContent: Story = {
  name: 'DEVISUS default',
  render: (args) => html`<devisus-practice-card layout=${args.layout}></devisus-practice-card>`,
};

/**
 * A DEVISUS default practice picked by `practice-id`, in the full layout: the Impact & ValuESS
 * questionnaire, with its evaluation method and its one link out.
 */
export const DefaultById: Story = {
  name: 'DEVISUS default, by id',
  args: { layout: 'full' },
  render: (args) =>
    html`<devisus-practice-card
      layout=${args.layout}
      practice-id="impact-valuess-questionnaire"
    ></devisus-practice-card>`,
};

/**
 * `layout="compact"`: title, organisations, place, themes and summary, for a list or a teaser.
 * The practice (fictional) is given with the `practice` property.
 */
export const Compact: Story = {
  render: (args) =>
    html`<devisus-practice-card layout=${args.layout} .practice=${repairCafePractice}></devisus-practice-card>`,
};

/**
 * A compact card for a practice carried by eight organisations: it names the first two and counts
 * the others ("and 6 more"), and its "Read the whole practice" button shows every field in place,
 * the full list of organisations included, with the reader's focus on the title.
 */
export const ManyOrganisations: Story = {
  name: 'Compact, eight organisations',
  render: (args) =>
    html`<devisus-practice-card
      layout=${args.layout}
      .practice=${{
        ...repairCafePractice,
        organisations: [
          'MES',
          'ADEPES',
          'Solidarity Hub',
          'Coop Lab',
          'Green Works',
          'Town Network',
          'Repair Circle',
          'Youth Link',
        ].map((name) => ({ name })),
      }}
    ></devisus-practice-card>`,
};

/**
 * `layout="full"`: every field the record has, each in a section of its own. Links out carry an
 * arrow and, for screen readers, the words "(external link)"; dates follow the reader's language.
 */
export const Full: Story = {
  args: { layout: 'full' },
  render: (args) =>
    html`<devisus-practice-card layout=${args.layout} .practice=${repairCafePractice}></devisus-practice-card>`,
};

/**
 * `lang="fr"` on the element (or on any ancestor, such as `<html>`): the interface, the practice's
 * French texts, the country names and the dates are in French, whatever the toolbar says.
 */
export const French: Story = {
  name: 'French',
  args: { layout: 'full' },
  render: (args) =>
    html`<devisus-practice-card
      lang="fr"
      layout=${args.layout}
      .practice=${repairCafePractice}
    ></devisus-practice-card>`,
};

/**
 * `theme="dark"` on the element forces the dark palette (by default the reader's system preference
 * decides). The toolbar's Theme, when not on auto, overrides it.
 */
export const Dark: Story = {
  name: 'Dark theme',
  args: { layout: 'full' },
  render: (args) =>
    html`<devisus-practice-card
      theme="dark"
      layout=${args.layout}
      .practice=${repairCafePractice}
    ></devisus-practice-card>`,
};

/** A `practice-id` that no practice of the list has: the card says so, in `part="empty"`. */
export const NotFound: Story = {
  name: 'No such practice',
  render: (args) =>
    html`<devisus-practice-card layout=${args.layout} practice-id="no-such-practice"></devisus-practice-card>`,
};

/**
 * A practice that does not match the format (`country` written out instead of `BE`): the card shows
 * nothing of it, names the problem and where it is, and fires `devisus-error`. Switch the language:
 * the message follows.
 */
export const InvalidData: Story = {
  name: 'Invalid data',
  render: (args) =>
    html`<devisus-practice-card layout=${args.layout} .practice=${invalidPractice}></devisus-practice-card>`,
};

/**
 * Every text of this record holds markup or script, and every URL a `javascript:`, `data:` or
 * `vbscript:` address. The card shows the markup as text, keeps only the safe link as a link, and
 * leaves out the image whose address is unsafe; nothing runs.
 */
export const HostileText: Story = {
  name: 'Hostile text shown as text',
  args: { layout: 'full' },
  render: (args) =>
    html`<devisus-practice-card layout=${args.layout} .practice=${hostilePractice}></devisus-practice-card>`,
};
