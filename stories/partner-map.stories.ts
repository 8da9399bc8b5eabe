/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withActions } from 'storybook/actions/decorator';
import '@devisus/partner-map/define/devisus-partner-map.js';
// The sample file of docs/partner-map/data.md, served as a file of its own (never inlined as a
// data: URL), so that `src` fetches it as a site would.
import sampleMembers from '../docs/examples/partner-map/members.geojson?url&no-inline';
// Real files from public repositories, kept with their sources in the package's test corpus.
import swissCooperative from '../packages/partner-map/test/corpus/swiss-housing-cooperative-Q132179684.geojson?url&no-inline';
import uMapExport from '../packages/partner-map/test/corpus/umap-test_upload_data.umap?url&no-inline';
import goGoCartoElements from '../packages/partner-map/test/corpus/gogocarto-elements.json.txt?raw';
import goGoCartoTaxonomy from '../packages/partner-map/test/corpus/gogocarto-taxonomy.json.txt?raw';
import transiscopeRecords from '../packages/partner-map/test/corpus/transiscope-niort.json.txt?raw';
import {
  debugTilesTemplate,
  gogocartoExport,
  invalidPlaces,
  manyMembers,
  placesWithoutCoordinates,
} from './support/map-samples.js';

/** The controls every story shares; their names are the element's attributes. */
interface MapArgs {
  view: 'map' | 'list';
  route: boolean;
  tiles: string;
  'tiles-attribution': string;
}

/**
 * What `src` and `data` (inherited from `DevisusElement`) mean for this element: the Docs table
 * otherwise shows the generic description from the manifest.
 */
const dataSources = {
  src: {
    description:
      'URL of the places: GeoJSON, a uMap export, a GoGoCarto or Transiscope export, or CSV with latitude and ' +
      'longitude columns, each recognised as such. Fetched when no `data` property or inline script is given.',
    control: false,
  },
  data: {
    description:
      'The places as a JavaScript object (GeoJSON, a uMap, GoGoCarto or Transiscope export) or CSV text. Wins ' +
      'over an inline `<script type="application/json">` or `<script type="text/csv">` child and `src`.',
    control: false,
  },
};

/** Renders the element with the shared controls, plus what a story gives it. */
function partnerMap(
  args: MapArgs,
  {
    data,
    src,
    lang,
    theme,
    fields,
  }: { data?: unknown; src?: string; lang?: string; theme?: 'light' | 'dark'; fields?: string } = {},
) {
  return html`<devisus-partner-map
    view=${args.view}
    ?route=${args.route}
    tiles=${ifDefined(args.tiles || undefined)}
    tiles-attribution=${ifDefined(args['tiles-attribution'] || undefined)}
    src=${ifDefined(src)}
    lang=${ifDefined(lang)}
    theme=${ifDefined(theme)}
    fields=${ifDefined(fields)}
    .data=${data}
  ></devisus-partner-map>`;
}

/**
 * `<devisus-partner-map>` puts partners, meetings and network members on a map of Europe drawn in
 * the page from country shapes shipped with the package: no tile server, no request to anyone. It
 * groups nearby places into clusters so that tens of thousands stay readable, joins the meetings
 * in date order with `route`, filters by kind (the legend), country and name, and shows every place
 * in an accessible, sortable list as well (`view="list"` or the Map / List toggle). Choosing a place
 * on the map or in the list opens its details and fires `devisus-select`.
 *
 * With no data it shows the DEVISUS partner meetings and partners. A site gives its own places
 * with `src` (GeoJSON, or a GoGoCarto export), an inline `<script type="application/json">` or the
 * `data` property. Apart from the default, every place in these stories is fictional ("Member 17");
 * only the cities are real. The guides beside this page describe the data format, converting a
 * spreadsheet and reusing a GoGoCarto map.
 */
const meta = {
  title: 'Elements/Partner map',
  component: 'devisus-partner-map',
  tags: ['autodocs'],
  decorators: [withActions],
  argTypes: {
    view: {
      description: '`map` (default) or `list`: a sortable table of every place. The reader can switch with the toggle.',
      control: 'inline-radio',
      options: ['map', 'list'],
    },
    route: {
      description: 'Joins the places of kind `meeting` that have a date, in date order, with numbered stops.',
      control: 'boolean',
    },
    tiles: {
      description:
        'An XYZ raster tile URL template (`https://…/{z}/{x}/{y}.png`), for close zoom; the map then switches to ' +
        'Web Mercator. Nothing is requested until it is set: the site owner picks the provider.',
      control: 'text',
    },
    'tiles-attribution': {
      description: 'The attribution the tile provider requires, shown on the map while `tiles` is set.',
      control: 'text',
      table: { category: 'attributes', type: { summary: 'string | undefined' } },
    },
    ...dataSources,
    // Rows the stories do not drive: no control.
    ...Object.fromEntries(
      [
        'selected',
        'devisus-select',
        '--devisus-map-land',
        '--devisus-map-sea',
        '--devisus-map-borders',
        'hint',
        '--devisus-map-kind-1',
        'map',
        'list',
        'marker',
        'cluster',
        'details',
        'legend',
      ].map((name) => [name, { control: false }]),
    ),
  },
  args: { view: 'map', route: false, tiles: '', 'tiles-attribution': '' },
  parameters: {
    actions: { handles: ['devisus-select', 'devisus-ready', 'devisus-error'] },
    docs: {
      description: {
        component:
          'Partners, meetings and members on a map of Europe drawn in the page, with clusters, a route, filters ' +
          'and an accessible list. Switch the language and theme in the toolbar; the Actions panel shows ' +
          '`devisus-select`. The data format, converting a spreadsheet and reusing a GoGoCarto map are in ' +
          '_Guides_, beside this page.',
      },
    },
  },
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

/**
 * No data: the five DEVISUS partner meetings from `@devisus/content`, loaded only now, joined in
 * date order by `route` (Paris, Lille, Rome, Namur, Brussels) and named on the map, and the partners
 * as precisely as their sources place them: MES at France's centre, the Impact & ValuESS partners
 * at the centre of their area (Pays de Rennes, Pays de Brest, England), each marked "approximate
 * location". Partners with no sourced place are in the list, and the status line says how many.
 */
export const DefaultContent: Story = {
  name: 'DEVISUS default with route',
  args: { route: true },
  render: (args) => partnerMap(args),
};

/**
 * 5,000 generated places (fictional, the same on every run) around real European cities, given
 * with the `data` property. Nearby places are grouped into clusters showing their count; activating
 * a cluster zooms in on it. Any view draws a bounded number of marks, whatever the number of places.
 * `Cooperative` is a kind of the data's own: it gets its own symbol and legend entry, shown as written.
 */
export const ManyMembers: Story = {
  name: 'Many members (5,000)',
  render: (args) => partnerMap(args, { data: manyMembers(5000) }),
};

/**
 * `src` pointing at a GeoJSON file (`docs/examples/partner-map/members.geojson`: fictional members,
 * partners and two sample meetings, one member without coordinates). See _Guides_ for the format.
 */
export const FromFile: Story = {
  name: 'From a GeoJSON file',
  args: { route: true },
  render: (args) => partnerMap(args, { src: sampleMembers }),
};

/**
 * `view="list"`: every place in a table, the alternative to the map for screen-reader and keyboard
 * users (and anyone who prefers a list). Sort by any column; choose a place to open its details.
 * Places without coordinates are there too, marked as such. The DEVISUS default here.
 */
export const ListView: Story = {
  name: 'List view',
  args: { view: 'list' },
  render: (args) => partnerMap(args),
};

/**
 * Tiles are opt-in: with `tiles` unset the map requests nothing. A real site sets its provider's
 * template (`https://tiles.example.org/{z}/{x}/{y}.png`) and the attribution the provider requires.
 * This Storybook has no tile server and must not call one, so the template here is a `data:` URL
 * that draws each tile in the page with its own z/x/y: no request leaves the page. With tiles set,
 * the map switches to Web Mercator (the projection raster tiles come in) and shows the attribution.
 */
export const Tiles: Story = {
  name: 'Tiles (opt-in)',
  args: {
    tiles: debugTilesTemplate,
    'tiles-attribution': 'tiles drawn by this Storybook (no tile server)',
  },
  render: (args) => partnerMap(args, { src: sampleMembers }),
};

/**
 * `lang="fr"` on the element (or on any ancestor, such as `<html>`): the interface, the places' French
 * names and descriptions, the country names and the dates are in French, whatever the toolbar says.
 */
export const French: Story = {
  name: 'French',
  args: { route: true },
  render: (args) => partnerMap(args, { lang: 'fr' }),
};

/** `theme="dark"` on the element forces the dark palette; the toolbar's Theme, when not on auto, overrides it. */
export const Dark: Story = {
  name: 'Dark theme',
  args: { route: true },
  render: (args) => partnerMap(args, { src: sampleMembers, theme: 'dark' }),
};

/**
 * Data the map cannot read: the second entry of `features` is text, not a place. The map names the
 * entry and why (`features[1] cannot be read as a place: …`) in the reader's language, and fires
 * `devisus-error`. (A place without a name, or drawn as a line, is read: see the format guide.)
 */
export const InvalidData: Story = {
  name: 'Invalid data',
  render: (args) => partnerMap(args, { data: invalidPlaces }),
};

/**
 * A GoGoCarto elements export (the JSON of a GoGoCarto site's `/api/elements.json`), fictional,
 * given as is: the map recognises it and reads each element's name, coordinates, first category
 * (as its kind), city, country, description and website. An element without coordinates is listed
 * only; a country written out ("Belgique") rather than as a code is left aside.
 */
export const GogocartoExport: Story = {
  name: 'GoGoCarto export',
  render: (args) => partnerMap(args, { data: gogocartoExport }),
};

/**
 * Seven fictional members, four of whose coordinates cannot be used: `"geometry": null`, numbers
 * written as text, a lost decimal comma (off the globe), an empty list. They are kept: the count
 * says how many could not be placed, and the list (switch to it) shows all seven, marked.
 */
export const WithoutCoordinates: Story = {
  name: 'Places without coordinates',
  render: (args) => partnerMap(args, { data: placesWithoutCoordinates }),
};

/**
 * A building from an OpenStreetMap (Overpass) export, as a housing-cooperative map publishes it
 * (`imagoiq/swiss-housing-cooperative-map`): a `Polygon`, drawn at its centre, its id on the
 * feature, and no `name`: the cooperative is the `owner`, which `fields="name=owner"` makes its name.
 */
export const FromOpenStreetMap: Story = {
  name: 'GeoJSON from OpenStreetMap (fields mapping)',
  render: (args) => partnerMap(args, { src: swissCooperative, fields: 'name=owner' }),
};

/**
 * A whole uMap map exported as it is (uMap's own test file): its layers (`Cities`, `Tunnels`)
 * become the kinds of the legend; the area (Brussels) and the line (the Channel tunnel) are drawn
 * at their centre.
 */
export const UMapExport: Story = {
  name: 'uMap export',
  render: (args) => partnerMap(args, { src: uMapExport }),
};

/**
 * A GoGoCarto export whose categories are numeric ids (from the GoGoCartoJs repository), with the
 * taxonomy that names them beside `data`: each place's top-level category is its kind in the
 * legend, the others its themes. Transiscope / Près de chez nous records are read the same way: see
 * the next story.
 */
export const GoGoCartoWithTaxonomy: Story = {
  name: 'GoGoCarto export with its taxonomy',
  render: (args) =>
    partnerMap(args, {
      data: { ...(JSON.parse(goGoCartoElements) as object), taxonomy: JSON.parse(goGoCartoTaxonomy) as unknown },
    }),
};

/** Transiscope records (title, location, categories with their parent), as a public repository keeps them. */
export const Transiscope: Story = {
  name: 'Transiscope records',
  render: (args) => partnerMap(args, { data: JSON.parse(transiscopeRecords) as unknown }),
};

/**
 * A spreadsheet saved as CSV, in an inline `<script type="text/csv">`: separator `;` and decimal
 * commas, as a French spreadsheet writes them, detected. The places are fictional; the cities real.
 */
export const Csv: Story = {
  name: 'CSV from a spreadsheet',
  render: () =>
    html`<devisus-partner-map>
      <script type="text/csv">
        Nom;Latitude;Longitude;Ville;Type
        Member 1;48,1173;-1,6778;Rennes;Cooperative
        Member 2;48,3904;-4,4861;Brest;Cooperative
        Member 3;50,6292;3,0573;Lille;member
      </script>
    </devisus-partner-map>`,
};

/** On a 360 pixel wide phone: a taller map, marks that stay 24 pixel targets, icon buttons in a corner. */
export const Phone: Story = {
  name: 'Phone (360 px)',
  args: { route: true },
  decorators: [(story) => html`<div style="width: 360px">${story()}</div>`],
  render: (args) => partnerMap(args),
};

/** 100,000 generated places (fictional, the same on every run): read in turns, clustered. */
export const HundredThousand: Story = {
  name: '100,000 places',
  render: (args) => partnerMap(args, { data: manyMembers(100000) }),
};
