import type { Places } from '@devisus/partner-map';

/**
 * Sample data for the `<devisus-partner-map>` stories. Every place here is made up to show the
 * element at work: the members, partners and meetings are fictional ("Member 17"), and only the
 * cities are real, used as locations and nothing more. No figure describes anything real. The
 * DEVISUS default places come from `@devisus/content`, which the element loads when it is given
 * no data.
 */

// ---------------------------------------------------------------------------------------------
// Many members: generated, the same on every run.
// ---------------------------------------------------------------------------------------------

/** Real European cities, as locations only: [name, ISO 3166-1 alpha-2 country, latitude, longitude]. */
const CITIES: readonly (readonly [string, string, number, number])[] = [
  ['Lisbon', 'PT', 38.72, -9.14],
  ['Porto', 'PT', 41.15, -8.61],
  ['Madrid', 'ES', 40.42, -3.7],
  ['Barcelona', 'ES', 41.39, 2.17],
  ['Valencia', 'ES', 39.47, -0.38],
  ['Seville', 'ES', 37.39, -5.98],
  ['Bilbao', 'ES', 43.26, -2.93],
  ['Toulouse', 'FR', 43.6, 1.44],
  ['Bordeaux', 'FR', 44.84, -0.58],
  ['Nantes', 'FR', 47.22, -1.55],
  ['Rennes', 'FR', 48.11, -1.68],
  ['Brest', 'FR', 48.39, -4.49],
  ['Paris', 'FR', 48.86, 2.35],
  ['Lille', 'FR', 50.63, 3.06],
  ['Lyon', 'FR', 45.76, 4.84],
  ['Marseille', 'FR', 43.3, 5.37],
  ['Strasbourg', 'FR', 48.57, 7.75],
  ['Brussels', 'BE', 50.85, 4.35],
  ['Liège', 'BE', 50.63, 5.57],
  ['Namur', 'BE', 50.47, 4.87],
  ['Ghent', 'BE', 51.05, 3.72],
  ['Antwerp', 'BE', 51.22, 4.4],
  ['Amsterdam', 'NL', 52.37, 4.9],
  ['Rotterdam', 'NL', 51.92, 4.48],
  ['Utrecht', 'NL', 52.09, 5.12],
  ['Luxembourg', 'LU', 49.61, 6.13],
  ['Cologne', 'DE', 50.94, 6.96],
  ['Frankfurt', 'DE', 50.11, 8.68],
  ['Hamburg', 'DE', 53.55, 9.99],
  ['Berlin', 'DE', 52.52, 13.4],
  ['Leipzig', 'DE', 51.34, 12.37],
  ['Munich', 'DE', 48.14, 11.58],
  ['Vienna', 'AT', 48.21, 16.37],
  ['Zurich', 'CH', 47.38, 8.54],
  ['Geneva', 'CH', 46.2, 6.14],
  ['Milan', 'IT', 45.46, 9.19],
  ['Turin', 'IT', 45.07, 7.69],
  ['Bologna', 'IT', 44.49, 11.34],
  ['Florence', 'IT', 43.77, 11.26],
  ['Rome', 'IT', 41.9, 12.5],
  ['Naples', 'IT', 40.85, 14.27],
  ['Bari', 'IT', 41.12, 16.87],
  ['Palermo', 'IT', 38.12, 13.36],
  ['Ljubljana', 'SI', 46.06, 14.51],
  ['Zagreb', 'HR', 45.81, 15.98],
  ['Budapest', 'HU', 47.5, 19.04],
  ['Prague', 'CZ', 50.08, 14.44],
  ['Bratislava', 'SK', 48.15, 17.11],
  ['Kraków', 'PL', 50.06, 19.94],
  ['Warsaw', 'PL', 52.23, 21.01],
  ['Copenhagen', 'DK', 55.68, 12.57],
  ['Stockholm', 'SE', 59.33, 18.07],
  ['Oslo', 'NO', 59.91, 10.75],
  ['Helsinki', 'FI', 60.17, 24.94],
  ['Tallinn', 'EE', 59.44, 24.75],
  ['Riga', 'LV', 56.95, 24.11],
  ['Vilnius', 'LT', 54.69, 25.28],
  ['Dublin', 'IE', 53.35, -6.26],
  ['Cork', 'IE', 51.9, -8.47],
  ['Athens', 'GR', 37.98, 23.73],
  ['Thessaloniki', 'GR', 40.64, 22.94],
  ['Bucharest', 'RO', 44.43, 26.1],
  ['Sofia', 'BG', 42.7, 23.32],
];

const THEMES = ['food', 'housing', 'mobility', 'repair', 'culture', 'energy'];

/** A small seeded random generator (mulberry32), so that the generated members are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (value: number) => Math.round(value * 10000) / 10000;

let manyCache: Places | undefined;

/**
 * `count` fictional places scattered around real European cities (most within some 30 km of the
 * centre): about 85 % `member`, 8 % `Cooperative` (a kind of the site's own, shown as written) and
 * 7 % `partner`, each named after its kind and number ("Member 17").
 */
export function manyMembers(count = 5000): Places {
  if (manyCache?.features.length === count) return manyCache;
  const random = seeded(2022);
  const numbers: Record<string, number> = {};
  const features: Places['features'] = [];
  for (let index = 0; index < count; index++) {
    const [city, country, lat, lon] = CITIES[Math.floor(random() * CITIES.length)];
    // A rough normal spread around the centre (Box-Muller), wider in longitude as degrees shrink northwards.
    const radius = Math.sqrt(-2 * Math.log(1 - random())) * 0.12;
    const angle = 2 * Math.PI * random();
    const draw = random();
    const kind = draw < 0.07 ? 'partner' : draw < 0.15 ? 'Cooperative' : 'member';
    const label = kind === 'partner' ? 'Partner' : kind === 'member' ? 'Member' : kind;
    const number = (numbers[kind] = (numbers[kind] ?? 0) + 1);
    const theme = THEMES[Math.floor(random() * THEMES.length)];
    features.push({
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [
          round(lon + (radius * Math.cos(angle)) / Math.cos((lat * Math.PI) / 180)),
          round(lat + radius * Math.sin(angle)),
        ],
      },
      properties: {
        id: `generated-${index + 1}`,
        name: `${label} ${number}`,
        kind,
        description: {
          en: 'A fictional place, generated for this story.',
          fr: 'Un lieu fictif, généré pour cette démonstration.',
        },
        city,
        country,
        themes: [theme],
        ...(index % 10 === 0 ? { url: `https://example.org/members/${index + 1}` } : {}),
      },
    });
  }
  manyCache = { type: 'FeatureCollection', features };
  return manyCache;
}

// ---------------------------------------------------------------------------------------------
// A few places, some of which cannot be placed.
// ---------------------------------------------------------------------------------------------

/**
 * Seven fictional members: three placed, four whose coordinates the map cannot use (no geometry,
 * numbers written as text, a decimal comma lost on the way, an empty list). All seven are in the
 * list; the map places three and says how many it could not.
 */
export const placesWithoutCoordinates = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-9.1393, 38.7223] },
      properties: { id: 'member-1', name: 'Member 1', city: 'Lisbon', country: 'PT' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [13.405, 52.52] },
      properties: { id: 'member-2', name: 'Member 2', city: 'Berlin', country: 'DE' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [9.19, 45.4642] },
      properties: { id: 'member-3', name: 'Member 3', city: 'Milan', country: 'IT' },
    },
    {
      type: 'Feature',
      geometry: null,
      properties: {
        id: 'member-4',
        name: 'Member 4',
        city: 'Dublin',
        country: 'IE',
        description: {
          en: 'No coordinates yet: `"geometry": null`.',
          fr: 'Pas encore de coordonnées : `"geometry": null`.',
        },
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: ['4.3517', '50.8503'] },
      properties: {
        id: 'member-5',
        name: 'Member 5',
        city: 'Brussels',
        country: 'BE',
        description: {
          en: 'Coordinates written as text ("4.3517"), not as numbers.',
          fr: 'Coordonnées écrites comme du texte (« 4.3517 »), pas comme des nombres.',
        },
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [435, 5085] },
      properties: {
        id: 'member-6',
        name: 'Member 6',
        city: 'Namur',
        country: 'BE',
        description: {
          en: 'A decimal comma lost on the way: 4,35 became 435, which is off the globe.',
          fr: 'Une virgule décimale perdue en route : 4,35 est devenu 435, hors du globe.',
        },
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [] },
      properties: { id: 'member-7', name: 'Member 7', kind: 'partner', country: 'NL' },
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Data that does not match the format.
// ---------------------------------------------------------------------------------------------

/** The second entry of `features` is text, not a place: the map says so, naming `features[1]`. */
export const invalidPlaces = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [4.8357, 45.764] },
      properties: { id: 'member-1', name: 'Member 1', city: 'Lyon', country: 'FR' },
    },
    'Member 2, Ghent',
  ],
};

// ---------------------------------------------------------------------------------------------
// A GoGoCarto export.
// ---------------------------------------------------------------------------------------------

/**
 * A made-up export in the shape of a GoGoCarto site's `/api/elements.json` (the full form, with
 * named fields): the map reads it as is. Categories, texts and addresses are fictional; the cities
 * are real. GoGoCarto maps are often kept in French, so these are too: categories become kinds and
 * are shown as written, whatever the reader's language.
 */
export const gogocartoExport = {
  licence: 'Sample data for this story',
  ontology: 'gogofull',
  data: [
    {
      id: 'Xa1',
      name: 'Member 31',
      geo: { latitude: 48.1173, longitude: -1.6778 },
      address: { streetAddress: '1 rue Exemple', addressLocality: 'Rennes', postalCode: '35000', addressCountry: 'FR' },
      categories: ['Alimentation', 'Circuits courts'],
      description: 'Épicerie fictive, inventée pour cet exemple.',
      website: 'https://example.org/member-31',
    },
    {
      id: 'Xa2',
      name: 'Member 32',
      // Some exports give the coordinates as text: they are read as numbers.
      geo: { latitude: '47.2184', longitude: '-1.5536' },
      address: { addressLocality: 'Nantes', addressCountry: 'FR' },
      categories: ['Réparation'],
      description: 'Atelier de réparation fictif.',
    },
    {
      id: 'Xa3',
      name: 'Member 33',
      geo: { latitude: 43.6047, longitude: 1.4442 },
      address: { addressLocality: 'Toulouse', addressCountry: 'FR' },
      // Categories may also come as objects with a name.
      categories: [{ name: 'Habitat' }, { name: 'Alimentation' }],
      description: 'Habitat participatif fictif.',
      website: 'https://example.org/member-33',
    },
    {
      id: 'Xa4',
      name: 'Member 34',
      geo: { latitude: 50.6292, longitude: 3.0573 },
      address: { addressLocality: 'Lille', addressCountry: 'FR' },
      categories: ['Alimentation'],
    },
    {
      id: 'Xa5',
      name: 'Member 35',
      geo: { latitude: 50.4669, longitude: 4.8675 },
      // A country written out rather than as a two-letter code is left aside.
      address: { addressLocality: 'Namur', addressCountry: 'Belgique' },
      categories: ['Réparation'],
    },
    {
      id: 'Xa6',
      name: 'Member 36',
      // No coordinates: the element is listed, not placed.
      geo: {},
      address: { addressLocality: 'Lyon', addressCountry: 'FR' },
      categories: ['Habitat'],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Tiles drawn in the page, for the tiles story.
// ---------------------------------------------------------------------------------------------

const DEBUG_TILE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">' +
  '<rect width="256" height="256" fill="#7d97ab" fill-opacity="0.15" stroke="#7d97ab" stroke-width="2"/>' +
  '<text x="128" y="136" font-family="sans-serif" font-size="22" text-anchor="middle" fill="#7d97ab">' +
  'tile {z}/{x}/{y}</text></svg>';

/**
 * An XYZ tile template that needs no server: each tile is a small SVG, written into a `data:` URL,
 * that shows its own z/x/y. A real site puts its tile provider's template here instead
 * (`https://tiles.example.org/{z}/{x}/{y}.png`).
 */
export const debugTilesTemplate = `data:image/svg+xml,${encodeURIComponent(DEBUG_TILE).replace(/%7B([xyz])%7D/g, '{$1}')}`;
