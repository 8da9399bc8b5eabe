import type { Practice } from '@devisus/practices';

/**
 * Sample data for the `<devisus-practice-card>` and `<devisus-practice-gallery>` stories. Every
 * record here is made up to show the elements at work: the organisations, places, people and
 * results are fictional (addresses on example.org), and no figure describes anything real. The
 * DEVISUS default practices come from `@devisus/content`, which the elements load when they are
 * given no data.
 */

// ---------------------------------------------------------------------------------------------
// One practice with every field the format has, in English and French.
// ---------------------------------------------------------------------------------------------

/** A fictional repair café that fills in every field, so that `layout="full"` shows each section. */
export const repairCafePractice: Practice = {
  id: 'example-repair-cafe',
  title: {
    en: 'A neighbourhood repair café run by volunteers',
    fr: 'Un repair café de quartier animé par des bénévoles',
  },
  summary: {
    en:
      'Once a month, residents bring a broken lamp, a torn coat or a bike that will not brake, and mend it ' +
      'together with volunteers who know how.\n\n' +
      'This record is a made-up example: the network, the town and the people are fictional.',
    fr:
      'Une fois par mois, les habitants apportent une lampe en panne, un manteau déchiré ou un vélo qui ne freine ' +
      'plus, et le réparent avec des bénévoles qui savent faire.\n\n' +
      'Cette fiche est un exemple inventé : le réseau, la ville et les personnes sont fictifs.',
  },
  organisations: [
    { name: 'Example Repair Network', url: 'https://example.org/repair-network', country: 'FR' },
    { name: 'Sample Neighbourhood Association' },
  ],
  country: 'FR',
  region: { en: 'Example region', fr: 'Région exemple' },
  city: { en: 'Example town', fr: 'Ville exemple' },
  // Themes as texts in several languages (a plain slug such as 'food' works too, in every language).
  themes: [
    { en: 'Circular economy', fr: 'Économie circulaire' },
    { en: 'Social ties', fr: 'Liens sociaux' },
    { en: 'Volunteering', fr: 'Bénévolat' },
  ],
  dimensions: ['social', 'ecological', 'territorial'],
  problem: {
    en:
      'Objects that could be mended are thrown away, and many residents of the neighbourhood rarely meet ' +
      'their neighbours.',
    fr:
      'Des objets réparables finissent à la poubelle, et beaucoup d’habitants du quartier croisent rarement ' +
      'leurs voisins.',
  },
  approach: {
    en:
      'The association lends its hall one Saturday a month. Volunteers bring their tools; visitors stay ' +
      'at the table and learn to repair rather than drop an object off.\n\n' +
      'A coffee corner keeps people talking while they wait.',
    fr:
      'L’association prête sa salle un samedi par mois. Les bénévoles apportent leurs outils ; les visiteurs ' +
      'restent à la table et apprennent à réparer plutôt que de déposer un objet.\n\n' +
      'Un coin café fait parler ceux qui attendent.',
  },
  results: {
    en: 'Regular visitors have started to volunteer in turn, and some of them now run a sewing table.',
    fr: 'Des habitués sont devenus bénévoles à leur tour, et certains tiennent désormais une table de couture.',
  },
  evidence: [
    {
      label: { en: 'Yearly activity report (sample)', fr: 'Rapport d’activité annuel (exemple)' },
      url: 'https://example.org/repair-network/report',
    },
    { label: { en: 'Sign-in sheets, kept by the association', fr: 'Feuilles de présence, tenues par l’association' } },
  ],
  evaluationMethod: { en: 'Interviews', fr: 'Entretiens' },
  transferability: {
    en: 'Any association with a hall, a few tables and volunteers who like to fix things can start one.',
    fr: 'Toute association disposant d’une salle, de quelques tables et de bénévoles bricoleurs peut se lancer.',
  },
  resources: {
    en: 'A hall one day a month, basic tools, insurance for the volunteers.',
    fr: 'Une salle un jour par mois, un outillage de base, une assurance pour les bénévoles.',
  },
  timeframe: { start: '2019-03' },
  contacts: [{ name: 'The volunteer team', email: 'repair@example.org', url: 'https://example.org/contact' }],
  links: [
    { label: { en: 'How to start a repair café', fr: 'Lancer un repair café' }, url: 'https://example.org/start' },
  ],
  languages: ['en', 'fr'],
  source: { project: 'Sample collection', url: 'https://example.org/collection' },
  licence: 'CC BY 4.0',
};

/** A second fictional practice, shorter, in English only (in other languages its English text shows). */
export const toolLibraryPractice: Practice = {
  id: 'example-tool-library',
  title: 'A tool library in a shared garage',
  summary: 'Members borrow a drill or a ladder instead of buying one. A made-up example.',
  organisations: [{ name: 'Sample Tool Library' }],
  country: ['BE', 'NL'],
  themes: ['circular-economy', 'sharing'],
  dimensions: ['ecological', 'economic'],
  evaluationMethod: 'Questionnaire',
  timeframe: { start: '2021-09-15', end: '2023-06-30' },
  source: { project: 'Sample collection' },
};

// ---------------------------------------------------------------------------------------------
// Invalid data: what a mistake in a file looks like.
// ---------------------------------------------------------------------------------------------

/** A list whose second practice has no `summary` and a country written out in full. */
export const invalidPractices: unknown = {
  practices: [
    toolLibraryPractice,
    {
      id: 'example-shared-kitchen',
      title: 'A shared kitchen for small food producers',
      organisations: [{ name: 'Sample Kitchen Cooperative' }],
      country: 'France',
      themes: ['food'],
    },
  ],
};

/** A single practice with a country written out in full instead of its two-letter code. */
export const invalidPractice: unknown = {
  ...toolLibraryPractice,
  country: 'Belgium',
};

/** Two practices with the same id: a rule of the list that JSON Schema cannot express. */
export const duplicateIdPractices: unknown = [
  toolLibraryPractice,
  { ...repairCafePractice, id: toolLibraryPractice.id },
];

// ---------------------------------------------------------------------------------------------
// Hostile text: markup and script in the data must be shown as text, and unsafe links dropped.
// ---------------------------------------------------------------------------------------------

/** A record whose every text tries to inject markup, and whose every URL tries to run script. */
export const hostilePractice: Practice = {
  id: 'hostile-text',
  title: '<img src=x onerror="alert(\'title\')"> Hostile <b>title</b>',
  summary:
    '</p><script>alert("summary")</script> A summary with <em>tags</em>, &amp; entities and {{braces}}.\n\n' +
    '<iframe src="javascript:alert(1)"></iframe> A second paragraph.',
  organisations: [
    { name: '<a href="javascript:alert(1)">Organisation</a>', url: 'javascript:alert("organisation")' },
    { name: 'Data URL organisation', url: 'data:text/html,<script>alert(1)</script>' },
  ],
  country: 'FR',
  city: '"><svg onload=alert("city")>',
  themes: ['<script>alert("theme")</script>', 'plain-theme'],
  problem: '<style>* { display: none !important; }</style> The page should not disappear.',
  evidence: [{ label: '<u>Evidence</u>', url: 'vbscript:msgbox(1)' }],
  contacts: [{ name: '<b>Contact</b>', email: 'x@example.org"><script>alert(1)</script>', url: 'javascript:void 0' }],
  links: [
    { label: '<a href="https://example.org">A link label with markup</a>', url: 'javascript:alert("link")' },
    { label: 'A safe link', url: 'https://example.org/safe' },
  ],
  image: { src: 'javascript:alert("image")', alt: '<img src=x onerror=alert(1)>' },
  source: { project: '<marquee>Project</marquee>', url: 'JaVaScRiPt:alert("source")' },
  licence: '<blink>licence</blink>',
};

// ---------------------------------------------------------------------------------------------
// Many practices: 2,000 generated, fictional records, the same on every run.
// ---------------------------------------------------------------------------------------------

/** A small seeded random generator (mulberry32), so that the generated list never changes. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIVITIES = [
  { en: 'Repair café', fr: 'Repair café', themes: ['circular-economy', 'social-ties'] },
  { en: 'Tool library', fr: 'Outilthèque', themes: ['circular-economy', 'sharing'] },
  { en: 'Community garden', fr: 'Jardin partagé', themes: ['food', 'social-ties'] },
  { en: 'Food cooperative', fr: 'Coopérative alimentaire', themes: ['food', 'cooperatives'] },
  { en: 'Shared kitchen', fr: 'Cuisine partagée', themes: ['food', 'entrepreneurship'] },
  { en: 'Citizen energy cooperative', fr: 'Coopérative citoyenne d’énergie', themes: ['energy', 'cooperatives'] },
  { en: 'Second-hand shop', fr: 'Boutique de seconde main', themes: ['circular-economy', 'employment'] },
  { en: 'Local currency', fr: 'Monnaie locale', themes: ['finance', 'local-development'] },
  { en: 'Car-sharing club', fr: 'Club d’autopartage', themes: ['mobility', 'sharing'] },
  { en: 'Housing cooperative', fr: 'Coopérative d’habitants', themes: ['housing', 'cooperatives'] },
  { en: 'Bike workshop', fr: 'Atelier vélo', themes: ['mobility', 'circular-economy'] },
  { en: 'Solidarity grocery', fr: 'Épicerie solidaire', themes: ['food', 'inclusion'] },
  { en: 'Work-integration workshop', fr: 'Atelier d’insertion', themes: ['employment', 'inclusion'] },
  { en: 'Cultural third place', fr: 'Tiers-lieu culturel', themes: ['culture', 'social-ties'] },
  { en: 'Solidarity savings club', fr: 'Club d’épargne solidaire', themes: ['finance', 'citizenship'] },
  { en: 'Mentoring scheme', fr: 'Programme de parrainage', themes: ['employment', 'training'] },
  { en: 'Short food supply chain', fr: 'Circuit court alimentaire', themes: ['food', 'local-development'] },
  { en: 'Textile upcycling workshop', fr: 'Atelier de surcyclage textile', themes: ['circular-economy', 'training'] },
  { en: 'Neighbourhood assembly', fr: 'Assemblée de quartier', themes: ['citizenship', 'social-ties'] },
  { en: 'Social economy incubator', fr: 'Incubateur d’économie sociale', themes: ['entrepreneurship', 'training'] },
] as const;

const SETTINGS = [
  { en: 'for young people', fr: 'pour les jeunes' },
  { en: 'with older people', fr: 'avec les personnes âgées' },
  { en: 'in a rural area', fr: 'en milieu rural' },
  { en: 'in a city neighbourhood', fr: 'dans un quartier urbain' },
  { en: 'for newcomers', fr: 'pour les nouveaux arrivants' },
  { en: 'with jobseekers', fr: 'avec des demandeurs d’emploi' },
  { en: 'run by volunteers', fr: 'animé par des bénévoles' },
  { en: 'in schools', fr: 'dans les écoles' },
] as const;

const COUNTRIES = ['FR', 'BE', 'IT', 'ES', 'PT', 'DE', 'NL', 'LU', 'IE', 'GR', 'PL', 'AT', 'SE', 'FI', 'CZ', 'RO'];
const DIMENSIONS = ['territorial', 'economic', 'social', 'democratic', 'ecological'];
const METHODS = [
  { en: 'Questionnaire', fr: 'Questionnaire' },
  { en: 'Case study', fr: 'Étude de cas' },
  { en: 'Interviews', fr: 'Entretiens' },
  { en: 'Focus group', fr: 'Groupe de discussion' },
  { en: 'Self-assessment grid', fr: 'Grille d’auto-évaluation' },
];
const PROJECTS = ['Sample project A', 'Sample project B', 'Sample project C', 'Sample project D'];

/**
 * `count` fictional practices in English and French, generated from a fixed seed: the same list on
 * every run, with countries, themes, dimensions, methods, projects and dates spread so that every
 * facet has values to filter on.
 */
export function generatePractices(count: number, seed = 2022): Practice[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(4, '0');
    const activity = pick(ACTIVITIES);
    const setting = pick(SETTINGS);
    const country = pick(COUNTRIES);
    const second = random() < 0.1 ? pick(COUNTRIES) : country;
    const dimensions = DIMENSIONS.filter(() => random() < 0.35);
    const method = random() < 0.7 ? pick(METHODS) : undefined;
    const year = 2010 + Math.floor(random() * 15);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const ended = random() < 0.5;
    return {
      id: `sample-${number}`,
      title: {
        en: `${activity.en} ${setting.en} (sample ${number})`,
        fr: `${activity.fr} ${setting.fr} (exemple ${number})`,
      },
      summary: {
        en: `A fictional ${activity.en.toLowerCase()} ${setting.en}, generated for the Storybook stories.`,
        fr: `Un exemple fictif : ${activity.fr.toLowerCase()} ${setting.fr}, généré pour les démonstrations Storybook.`,
      },
      organisations: [{ name: `Example association ${1 + (index % 97)}` }],
      country: second === country ? country : [country, second],
      themes: [...activity.themes],
      ...(dimensions.length ? { dimensions } : {}),
      ...(method ? { evaluationMethod: method } : {}),
      timeframe: ended ? { start: `${year}-${month}`, end: `${year + 2}-${month}` } : { start: `${year}-${month}` },
      source: { project: pick(PROJECTS) },
    };
  });
}

/** The 2,000 practices of the "Many practices" story. */
export const manyPractices: Practice[] = generatePractices(2000);
