import type { Answers, AssessmentFile, Framework } from '@devisus/impact-grid';

/**
 * Sample data for the `<devisus-impact-grid>` stories. The answers are made up to show the element
 * at work: they describe no real organisation. The DEVISUS default grid itself comes from
 * `@devisus/content` (the element loads it when it is given no data).
 */

/** The id and version of the DEVISUS default grid, which drafts and exported assessments refer to. */
export const devisusGridRef = { id: 'devisus-social-utility', version: '1.0.0' } as const;

// ---------------------------------------------------------------------------------------------
// A small custom grid: what a (fictional) network of local food cooperatives might write for itself.
// ---------------------------------------------------------------------------------------------

const agreement = [
  { value: 1, label: { en: 'Not at all', fr: 'Pas du tout' } },
  { value: 2, label: { en: 'A little', fr: 'Un peu' } },
  { value: 3, label: { en: 'Mostly', fr: 'En grande partie' } },
  { value: 4, label: { en: 'Fully', fr: 'Entièrement' } },
];

const progress = [
  {
    value: 0,
    label: { en: 'Not yet', fr: 'Pas encore' },
    description: { en: 'Nothing in place.', fr: 'Rien en place.' },
  },
  {
    value: 1,
    label: { en: 'Started', fr: 'Engagé' },
    description: { en: 'Tried once or twice.', fr: 'Essayé une ou deux fois.' },
  },
  {
    value: 2,
    label: { en: 'Regular', fr: 'Régulier' },
    description: { en: 'Part of how we work.', fr: 'Fait partie de notre fonctionnement.' },
  },
];

/**
 * Three dimensions of a local food cooperative network, in English and French (in the other
 * languages the English text shows). Every indicator type is used, and weights are set on one
 * indicator and one dimension.
 */
export const foodCoopFramework: Framework = {
  id: 'food-coop-network',
  version: '1.0.0',
  title: {
    en: 'Food cooperative network: our social utility',
    fr: 'Réseau de coopératives alimentaires : notre utilité sociale',
  },
  description: {
    en: 'A short grid that the member cooperatives answer once a year, written by the network from the DEVISUS default grid.',
    fr: 'Une grille courte que les coopératives membres remplissent chaque année, écrite par le réseau à partir de la grille DEVISUS.',
  },
  dimensions: [
    {
      id: 'access',
      title: { en: 'Access to good food', fr: 'Accès à une alimentation de qualité' },
      description: {
        en: 'Whether people on low incomes, or far from shops, can buy from the cooperative.',
        fr: 'Les personnes à faibles revenus, ou éloignées des commerces, peuvent-elles acheter à la coopérative ?',
      },
      sources: [
        {
          label: {
            en: "Support to vulnerable people, one of the criteria of social utility in France's 2014 law on the social and solidarity economy",
            fr: "Le soutien aux personnes en situation de fragilité, l'un des critères d'utilité sociale de la loi française de 2014 sur l'économie sociale et solidaire",
          },
        },
      ],
      criteria: [
        {
          id: 'access-prices',
          title: { en: 'Affordable prices', fr: 'Des prix accessibles' },
          guidance: {
            en: 'Ask the treasurer; use the membership list and the price list.',
            fr: 'Interrogez la personne trésorière ; appuyez-vous sur la liste des membres et la grille de prix.',
          },
          indicators: [
            {
              id: 'access-solidarity-prices',
              title: {
                en: 'Do members on low incomes pay reduced prices?',
                fr: 'Les membres à faibles revenus paient-ils des prix réduits ?',
              },
              type: 'yesno',
            },
            {
              id: 'access-low-income-share',
              title: {
                en: 'Share of members who pay the reduced prices',
                fr: 'Part des membres qui paient les prix réduits',
              },
              type: 'number',
              unit: '%',
              baseline: 0,
              target: 30,
            },
          ],
        },
        {
          id: 'access-reach',
          title: { en: 'Reaching people far from shops', fr: 'Aller vers les personnes éloignées des commerces' },
          indicators: [
            {
              id: 'access-collection-points',
              title: {
                en: 'Collection points or deliveries in areas with few shops',
                fr: 'Points de retrait ou livraisons dans les quartiers peu commerçants',
              },
              type: 'scale',
              levels: progress,
            },
          ],
        },
      ],
    },
    {
      id: 'producers',
      title: { en: 'Fair relations with producers', fr: 'Des relations équitables avec les producteurs' },
      weight: 2,
      criteria: [
        {
          id: 'producers-prices',
          title: { en: 'Fair prices', fr: 'Des prix justes' },
          indicators: [
            {
              id: 'producers-price-setting',
              title: {
                en: 'Are prices set together with the producers?',
                fr: 'Les prix sont-ils fixés avec les producteurs ?',
              },
              type: 'scale',
              levels: agreement,
            },
            {
              id: 'producers-local-share',
              title: {
                en: 'Share of purchases from producers less than 100 km away',
                fr: 'Part des achats faits auprès de producteurs situés à moins de 100 km',
              },
              description: {
                en: 'In value, over the last financial year.',
                fr: 'En valeur, sur le dernier exercice.',
              },
              type: 'number',
              unit: '%',
              baseline: 0,
              target: 60,
              weight: 2,
            },
          ],
        },
        {
          id: 'producers-commitment',
          title: { en: 'Commitment over time', fr: 'Un engagement dans la durée' },
          indicators: [
            {
              id: 'producers-multi-year',
              title: {
                en: 'Do you commit to buying from some producers for several years?',
                fr: 'Vous engagez-vous à acheter à certains producteurs sur plusieurs années ?',
              },
              type: 'yesno',
            },
          ],
        },
      ],
    },
    {
      id: 'members',
      title: { en: "Members' participation", fr: 'Participation des membres' },
      criteria: [
        {
          id: 'members-governance',
          title: { en: 'Shared decisions', fr: 'Des décisions partagées' },
          indicators: [
            {
              id: 'members-one-vote',
              title: {
                en: 'Does each member have one vote, whatever their share?',
                fr: 'Chaque membre a-t-il une voix, quelle que soit sa part ?',
              },
              type: 'yesno',
            },
            {
              id: 'members-volunteer-hours',
              title: {
                en: 'Volunteer hours per member and per month',
                fr: 'Heures de bénévolat par membre et par mois',
              },
              type: 'number',
              unit: { en: 'hours', fr: 'heures' },
              baseline: 0,
              target: 3,
            },
          ],
        },
        {
          id: 'members-voice',
          title: { en: 'Members are heard', fr: 'Des membres écoutés' },
          indicators: [
            {
              id: 'members-changed-decision',
              title: {
                en: 'Give an example of a decision that members changed this year.',
                fr: 'Donnez un exemple de décision que les membres ont fait changer cette année.',
              },
              type: 'text',
            },
          ],
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------

/**
 * A few answers to the first dimension of the DEVISUS default grid: a yes, a level with a
 * comment, an indicator marked not applicable and one flagged to come back to.
 */
export const partlyAnsweredDevisus: Answers = {
  'territorial-anchoring-needs-study': { value: true },
  'territorial-anchoring-needs-response': {
    value: 2,
    comment: 'Two of the three needs found in the study are covered; the third is planned for next year.',
  },
  'territorial-anchoring-local-purchasing': { na: true, comment: 'We buy almost nothing: no purchasing to speak of.' },
  'territorial-cooperation-partnerships': { value: 3, revisit: true },
};

/**
 * Answers written for another version of the grid: one indicator the grid does not have, one value
 * of the wrong type and one that is not a level. The element keeps the rest and says what it left out.
 */
export const mismatchedAnswers: Record<string, unknown> = {
  'territorial-anchoring-needs-study': { value: 'yes' },
  'territorial-anchoring-needs-response': { value: 7, comment: 'Written against a 1-to-7 scale.' },
  'territorial-cooperation-partnerships': { value: 3 },
  'an-indicator-from-an-older-grid': { value: 2 },
};

/** The same answers as written by a French-speaking organisation, for the French story. */
export const partlyAnsweredDevisusFr: Answers = {
  'territorial-anchoring-needs-study': { value: true },
  'territorial-anchoring-needs-response': {
    value: 2,
    comment:
      "Deux des trois besoins relevés par le diagnostic sont couverts ; le troisième est prévu pour l'an prochain.",
  },
  'territorial-anchoring-local-purchasing': {
    na: true,
    comment: 'Nous n’achetons presque rien : pas de politique d’achat à proprement parler.',
  },
  'territorial-cooperation-partnerships': { value: 3, revisit: true },
};

/** Answers to most of the DEVISUS default grid, for the results; the ecological dimension is barely begun. */
export const sampleDevisusAnswers: Answers = {
  'territorial-anchoring-needs-study': { value: true },
  'territorial-anchoring-needs-response': { value: 2 },
  'territorial-anchoring-local-purchasing': { value: 35 },
  'territorial-cooperation-partnerships': { value: 4 },
  'territorial-cooperation-network': { value: true },
  'territorial-cooperation-pooling': { value: 1 },
  'territorial-cohesion-underserved-areas': { value: false },
  'territorial-cohesion-accessibility': { value: 2 },
  'territorial-cohesion-example': {
    value: 'A weekly shuttle now takes older people from two outlying villages to the market.',
  },
  'economic-resources-income-types': { value: 3 },
  'economic-resources-volunteer-time': { value: true },
  'economic-resources-planning': { value: 1 },
  'economic-jobs-permanent-contracts': { value: 60 },
  'economic-jobs-training-hours': { value: 12 },
  'economic-jobs-working-conditions': { value: 4 },
  'economic-value-surplus-reinvested': { value: true },
  'economic-value-contribution': { value: 2 },
  'social-inclusion-reach': { value: 20 },
  'social-inclusion-affordable': { value: true },
  'social-inclusion-lasting-outcomes': { value: 1 },
  'social-ties-meeting-places': { value: true },
  'social-ties-isolation': { value: 4 },
  'social-development-skills': { na: true },
  'social-development-wellbeing': { value: 4 },
  'social-development-autonomy': { value: 2 },
  'democratic-governance-voting-rule': { value: true },
  'democratic-governance-stakeholders': { value: 1 },
  'democratic-governance-attendance': { value: 30 },
  'democratic-citizenship-volunteers': { value: 8 },
  'democratic-citizenship-education': { value: false },
  'democratic-citizenship-voice': { value: 3 },
  'democratic-general-interest-public-policy': { value: 0 },
  'democratic-general-interest-transparency': { value: true },
  'ecological-resources-reuse': { value: true },
  'ecological-resources-energy': { value: 1, revisit: true },
};

/** The food cooperative grid, answered this year. */
export const foodCoopAnswers: Answers = {
  'access-solidarity-prices': { value: true },
  'access-low-income-share': { value: 18 },
  'access-collection-points': { value: 1, comment: 'One collection point opened in the spring.' },
  'producers-price-setting': { value: 3 },
  'producers-local-share': { value: 48 },
  'producers-multi-year': { value: true },
  'members-one-vote': { value: true },
  'members-volunteer-hours': { value: 1.5 },
  'members-changed-decision': { value: 'Members voted to open on Saturday mornings rather than Monday evenings.' },
};

/**
 * The same grid answered a year earlier, as `exportAssessment()` writes it (the scores it also
 * writes are left out: the element recomputes them).
 */
export const foodCoopEarlier: AssessmentFile = {
  framework: { id: foodCoopFramework.id, version: foodCoopFramework.version },
  date: '2024-11-15T10:00:00.000Z',
  answers: {
    'access-solidarity-prices': { value: false },
    'access-low-income-share': { value: 5 },
    'access-collection-points': { value: 0 },
    'producers-price-setting': { value: 2 },
    'producers-local-share': { value: 40 },
    'producers-multi-year': { value: false },
    'members-one-vote': { value: true },
    'members-volunteer-hours': { value: 2 },
  },
};

/** A DEVISUS assessment made earlier, for comparing with `sampleDevisusAnswers`. */
export const earlierDevisusAssessment: AssessmentFile = {
  framework: { ...devisusGridRef },
  date: '2024-10-01T09:00:00.000Z',
  answers: {
    'territorial-anchoring-needs-study': { value: false },
    'territorial-anchoring-needs-response': { value: 1 },
    'territorial-cooperation-network': { value: true },
    'territorial-cohesion-accessibility': { value: 1 },
    'economic-resources-income-types': { value: 2 },
    'economic-jobs-permanent-contracts': { value: 45 },
    'economic-jobs-working-conditions': { value: 3 },
    'social-inclusion-reach': { value: 25 },
    'social-inclusion-affordable': { value: true },
    'social-ties-isolation': { value: 3 },
    'democratic-governance-voting-rule': { value: true },
    'democratic-governance-attendance': { value: 20 },
    'democratic-citizenship-voice': { value: 2 },
    'ecological-resources-reuse': { value: false },
  },
};

// ---------------------------------------------------------------------------------------------
// Invalid grids
// ---------------------------------------------------------------------------------------------

/**
 * The food cooperative grid with two mistakes: an indicator type that does not exist, and a
 * criterion without its indicators. The element names the first and counts the others.
 */
export const invalidFramework: unknown = {
  ...foodCoopFramework,
  dimensions: [
    foodCoopFramework.dimensions[0],
    {
      ...foodCoopFramework.dimensions[1],
      criteria: [
        {
          ...foodCoopFramework.dimensions[1].criteria[0],
          indicators: [
            foodCoopFramework.dimensions[1].criteria[0].indicators[0],
            { ...foodCoopFramework.dimensions[1].criteria[0].indicators[1], type: 'stars' },
          ],
        },
        { id: 'producers-commitment', title: 'Commitment over time' },
      ],
    },
    foodCoopFramework.dimensions[2],
  ],
};

/** A grid whose criterion reuses its dimension's id: ids must be unique across the whole grid. */
export const duplicateIdFramework: unknown = {
  id: 'duplicate-ids',
  version: '1',
  title: 'A grid with a repeated id',
  dimensions: [
    {
      id: 'access',
      title: 'Access to good food',
      criteria: [
        {
          id: 'access',
          title: 'Affordable prices',
          indicators: [{ id: 'access-solidarity-prices', title: 'Reduced prices?', type: 'yesno' }],
        },
      ],
    },
  ],
};
