import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../support/demo-list.js';
import { samplePractices } from '../support/sample-practices.js';

/**
 * Every DEVISUS element goes through the same states: **loading**, then **ready**, **empty** or
 * **error**. These stories show them on `<devisus-demo-list>`, a small demo element built on
 * `DevisusElement` (it lives in `stories/support/` and is not shipped). Use the toolbar to switch
 * the language (the messages, the heading and the practice titles follow) and the theme.
 *
 * Data comes from, in this order: the `data` property, an inline `<script type="application/json">`
 * child, the `src` URL, and the element's DEVISUS default.
 */
const meta = {
  title: 'Core/States',
  // No `component`: the demo element is not shipped, so it has no custom-elements.json entry.
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The states every DEVISUS element shares, on a demo element that is not shipped. ' +
          'Switch the language and theme in the toolbar: each element follows `<html lang>` live.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Data given as a JavaScript object through the `data` property: the first source an element looks at. */
export const Ready: Story = {
  render: () => html`<devisus-demo-list .data=${samplePractices}></devisus-demo-list>`,
};

/**
 * Data written inside the element as `<script type="application/json">`: what a CMS page can do
 * without any JavaScript of its own.
 */
export const InlineJson: Story = {
  name: 'Inline JSON',
  render: () =>
    html`<devisus-demo-list>
      <script type="application/json">
        {
          "items": [
            {
              "id": "tool-library",
              "title": {
                "en": "Tool library",
                "fr": "Outilthèque",
                "it": "Biblioteca degli attrezzi",
                "nl": "Gereedschapsbibliotheek",
                "es": "Biblioteca de herramientas",
                "de": "Werkzeugbibliothek",
                "pt": "Biblioteca de ferramentas",
                "ca": "Biblioteca d’eines"
              },
              "place": "Lyon"
            },
            {
              "id": "community-land-trust",
              "title": {
                "en": "Community land trust",
                "fr": "Organisme de foncier solidaire",
                "it": "Community land trust",
                "nl": "Community land trust",
                "es": "Fideicomiso comunitario de tierras",
                "de": "Community Land Trust",
                "pt": "Fundo comunitário de terras",
                "ca": "Fideïcomís comunitari de terres"
              },
              "place": "Bruxelles"
            }
          ]
        }
      </script>
    </devisus-demo-list>`,
};

/** Data fetched from the `src` URL (here a JSON file served next to the stories). */
export const FromSrc: Story = {
  name: 'From src',
  render: () => html`<devisus-demo-list src="fixtures/practices.json"></devisus-demo-list>`,
};

/**
 * A `src` that cannot be loaded: the element says which address failed and why, in `part="error"`
 * (role="alert"), and fires `devisus-error`. It never throws into the page.
 */
export const SrcUnreachable: Story = {
  name: 'From src: unreachable',
  render: () => html`<devisus-demo-list src="fixtures/no-such-file.json"></devisus-demo-list>`,
};

/** No data, no inline JSON, no `src`: the element shows its DEVISUS default, imported only now. */
export const DefaultContent: Story = {
  name: 'DEVISUS default',
  render: () => html`<devisus-demo-list></devisus-demo-list>`,
};

/**
 * Data that does not match the schema: the message names what is wrong and where
 * (`items[1].id is missing.`), and says how many other problems there are.
 */
export const InvalidData: Story = {
  name: 'Invalid data',
  render: () =>
    html`<devisus-demo-list
      .data=${{
        items: [
          { id: 'repair-cafe', title: 'Repair café', place: 'Liège' },
          { title: 'A practice without an id', place: 42 },
        ],
      }}
    ></devisus-demo-list>`,
};

/** A rule of the element's own schema (unique ids), with the message in the element's own namespace. */
export const DuplicateIds: Story = {
  name: 'Invalid data: duplicate ids',
  render: () =>
    html`<devisus-demo-list
      .data=${{
        items: [
          { id: 'repair-cafe', title: 'Repair café' },
          { id: 'repair-cafe', title: 'Another repair café' },
        ],
      }}
    ></devisus-demo-list>`,
};

/** Valid data with nothing to show. */
export const Empty: Story = {
  render: () => html`<devisus-demo-list .data=${{ items: [] }}></devisus-demo-list>`,
};

/**
 * While the data is on its way (`role="status"`). Here the demo's default content never arrives
 * (the demo-only `pending` attribute), so the state stays on screen.
 */
export const Loading: Story = {
  render: () => html`<devisus-demo-list pending></devisus-demo-list>`,
};
