/**
 * The DEVISUS default social impact and social utility self-assessment grid, as typed data in English
 * and French, for the <devisus-impact-grid> element.
 *
 * It follows the French "utilité sociale" self-evaluation tradition: families of criteria (registres,
 * here `dimensions`), then the values observed (critères, `criteria`), then what shows them
 * (indicateurs, `indicators`). It is a starting grid that each organisation adapts, not an official
 * standard. The frameworks it draws on are cited by name in each dimension's `sources`; their wording
 * is never copied, and no URL is given because none is known.
 *
 * The `baseline` and `target` of the number indicators are neutral illustration values, not facts
 * about any organisation: every organisation sets its own.
 */
import type { LocalizedText } from './localized-text.js';
import { translated } from './translate.js';
import { loaders as translations } from './translations/impact-framework/loaders.generated.js';

/** One step of a `scale` indicator. */
export interface ScaleLevel {
  readonly value: number;
  readonly label: LocalizedText;
  readonly description?: LocalizedText;
}

/**
 * - `scale`: one of `levels`, e.g. from "not yet" to "exemplary";
 * - `yesno`: yes or no;
 * - `number`: a figure in `unit`, read against `baseline` and `target`;
 * - `text`: a free answer, for qualitative evidence.
 */
export type IndicatorType = 'scale' | 'yesno' | 'number' | 'text';

export interface Indicator {
  /** Unique across the whole framework, dimensions and criteria included. */
  readonly id: string;
  /** A question or a statement that a staff member can answer. */
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Relative weight among the criterion's indicators; 1 when left out. */
  readonly weight?: number;
  readonly type: IndicatorType;
  /** `scale` only: two or more levels, in strictly increasing `value` order. */
  readonly levels?: readonly ScaleLevel[];
  /** `number` only: the starting point. */
  readonly baseline?: number;
  /** `number` only: the value aimed at. */
  readonly target?: number;
  /** `number` only. */
  readonly unit?: LocalizedText;
}

export interface Criterion {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Relative weight among the dimension's criteria; 1 when left out. */
  readonly weight?: number;
  /** How to answer: whom to ask and what evidence to use. */
  readonly guidance?: LocalizedText;
  readonly indicators: readonly Indicator[];
}

/** A framework the grid draws on. `url` only where a public address is known. */
export interface Source {
  readonly label: LocalizedText;
  readonly url?: string;
}

export interface Dimension {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Relative weight among the framework's dimensions; 1 when left out. */
  readonly weight?: number;
  readonly sources?: readonly Source[];
  readonly criteria: readonly Criterion[];
}

export interface Framework {
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly dimensions: readonly Dimension[];
}

/** How far a practice has gone, from 0 (not yet) to 3 (exemplary). */
export const maturityScale: readonly ScaleLevel[] = [
  {
    value: 0,
    label: { en: 'Not yet', fr: 'Pas encore' },
    description: { en: 'Nothing is in place yet.', fr: 'Rien n’est encore en place.' },
  },
  {
    value: 1,
    label: { en: 'Beginning', fr: 'Amorcé' },
    description: {
      en: 'First steps have been taken, but not on a regular basis.',
      fr: 'De premières actions existent, mais sans régularité.',
    },
  },
  {
    value: 2,
    label: { en: 'Established', fr: 'Installé' },
    description: {
      en: 'Part of everyday practice and followed over time.',
      fr: 'Fait partie des pratiques courantes et suivi dans la durée.',
    },
  },
  {
    value: 3,
    label: { en: 'Exemplary', fr: 'Exemplaire' },
    description: {
      en: 'Fully in place, reviewed regularly and shared with others.',
      fr: 'Pleinement en place, revu régulièrement et partagé avec d’autres.',
    },
  },
];

/** How far the people asked agree with a statement, from 1 (strongly disagree) to 5 (strongly agree). */
export const agreementScale: readonly ScaleLevel[] = [
  { value: 1, label: { en: 'Strongly disagree', fr: 'Pas du tout d’accord' } },
  { value: 2, label: { en: 'Disagree', fr: 'Plutôt pas d’accord' } },
  { value: 3, label: { en: 'Neither agree nor disagree', fr: 'Ni d’accord ni pas d’accord' } },
  { value: 4, label: { en: 'Agree', fr: 'Plutôt d’accord' } },
  { value: 5, label: { en: 'Strongly agree', fr: 'Tout à fait d’accord' } },
];

const PERCENT: LocalizedText = { en: '%', fr: '%' };
const PEOPLE: LocalizedText = { en: 'people', fr: 'personnes' };

// The frameworks the dimensions draw on, named as the project's content notes name them.
const AVISE_COORACE: Source = {
  label: {
    en: 'Self-evaluation of social utility: the Avise guide by Hélène Duclos (2007) and the COORACE synthesis (2013)',
    fr: 'Autoévaluation de l’utilité sociale : le guide de l’Avise par Hélène Duclos (2007) et la synthèse du COORACE (2013)',
  },
};
const GADREY: Source = {
  label: {
    en: "Jean Gadrey's definition of social utility",
    fr: 'La définition de l’utilité sociale de Jean Gadrey',
  },
};
const REGIONAL_CHAMBERS: Source = {
  label: {
    en: 'The dimensions used by French regional chambers of the social and solidarity economy',
    fr: 'Les dimensions retenues par les chambres régionales de l’économie sociale et solidaire',
  },
};
const SSE_LAW_2014: Source = {
  label: {
    en: "The criteria of social utility in France's 2014 law on the social and solidarity economy",
    fr: 'Les critères d’utilité sociale de la loi française de 2014 sur l’économie sociale et solidaire',
  },
};
const VISES: Source = {
  label: {
    en: 'VISES (Interreg France-Wallonie-Vlaanderen, 2016-2019)',
    fr: 'VISES (Interreg France-Wallonie-Vlaanderen, 2016-2019)',
  },
};
const IMPACT_MANAGEMENT_PROJECT: Source = {
  label: {
    en: "The Impact Management Project's five dimensions of impact",
    fr: 'Les cinq dimensions de l’impact de l’Impact Management Project',
  },
};
const SOCIAL_VALUE_INTERNATIONAL: Source = {
  label: {
    en: "Social Value International's eight principles of social value",
    fr: 'Les huit principes de la valeur sociale de Social Value International',
  },
};

const territorial: Dimension = {
  id: 'territorial',
  title: { en: 'Territorial anchoring and cohesion', fr: 'Ancrage et cohésion territoriale' },
  description: {
    en: 'How the organisation is rooted in its area, works with local actors and helps hold the area together.',
    fr: 'Comment la structure s’ancre dans son territoire, coopère avec les acteurs locaux et contribue à sa cohésion.',
  },
  sources: [AVISE_COORACE, REGIONAL_CHAMBERS, SSE_LAW_2014],
  criteria: [
    {
      id: 'territorial-anchoring',
      title: { en: 'Local anchoring', fr: 'Ancrage local' },
      description: {
        en: 'The activity meets needs of the area and draws on its resources.',
        fr: 'L’activité répond à des besoins du territoire et s’appuie sur ses ressources.',
      },
      guidance: {
        en: 'Ask the director and whoever handles purchasing; use the accounts, the list of suppliers and any study of local needs.',
        fr: 'Interrogez la direction et la personne chargée des achats ; appuyez-vous sur les comptes, la liste des fournisseurs et les éventuels diagnostics de territoire.',
      },
      indicators: [
        {
          id: 'territorial-anchoring-needs-study',
          title: {
            en: 'Have you carried out, or taken part in, a study of local needs in the last three years?',
            fr: 'Avez-vous réalisé, ou contribué à, un diagnostic des besoins du territoire au cours des trois dernières années ?',
          },
          type: 'yesno',
        },
        {
          id: 'territorial-anchoring-needs-response',
          title: {
            en: 'Our activities meet needs that people in the area have expressed.',
            fr: 'Nos activités répondent à des besoins exprimés par les habitants du territoire.',
          },
          type: 'scale',
          levels: maturityScale,
        },
        {
          id: 'territorial-anchoring-local-purchasing',
          title: {
            en: 'What share of your purchases goes to suppliers based in your area?',
            fr: 'Quelle part de vos achats va à des fournisseurs implantés sur votre territoire ?',
          },
          description: {
            en: 'Spending with local suppliers divided by total purchases, over the last financial year.',
            fr: 'Montant des achats locaux divisé par le total des achats, sur le dernier exercice.',
          },
          type: 'number',
          baseline: 0,
          target: 50,
          unit: PERCENT,
        },
      ],
    },
    {
      id: 'territorial-cooperation',
      title: { en: 'Cooperation with local actors', fr: 'Coopération avec les acteurs locaux' },
      description: {
        en: 'The organisation works with other organisations, businesses and public bodies in its area.',
        fr: 'La structure travaille avec d’autres associations, des entreprises et des collectivités de son territoire.',
      },
      guidance: {
        en: 'List your partners with the team; count only partnerships that led to a joint action in the last twelve months, such as an agreement or a shared project.',
        fr: 'Dressez la liste des partenaires avec l’équipe ; ne comptez que les partenariats qui ont donné lieu à une action commune au cours des douze derniers mois, comme une convention ou un projet partagé.',
      },
      indicators: [
        {
          id: 'territorial-cooperation-partnerships',
          title: {
            en: 'How many active partnerships do you have with local organisations?',
            fr: 'Combien de partenariats actifs avez-vous avec des structures locales ?',
          },
          type: 'number',
          baseline: 0,
          target: 5,
          unit: { en: 'partnerships', fr: 'partenariats' },
        },
        {
          id: 'territorial-cooperation-network',
          title: {
            en: 'Are you a member of a local or regional network of the social and solidarity economy?',
            fr: 'Êtes-vous membre d’un réseau local ou régional de l’économie sociale et solidaire ?',
          },
          type: 'yesno',
        },
        {
          id: 'territorial-cooperation-pooling',
          title: {
            en: 'We share resources such as premises, equipment or skills with other local organisations.',
            fr: 'Nous mutualisons des ressources (locaux, matériel, compétences) avec d’autres structures du territoire.',
          },
          type: 'scale',
          levels: maturityScale,
        },
      ],
    },
    {
      id: 'territorial-cohesion',
      title: { en: 'Territorial cohesion', fr: 'Cohésion territoriale' },
      description: {
        en: 'The activity helps people throughout the area, including places with few services, reach what they need.',
        fr: 'L’activité aide les habitants de tout le territoire, y compris là où les services manquent, à accéder à ce dont ils ont besoin.',
      },
      guidance: {
        en: 'Ask the people who deliver the service and a few users; use attendance figures by place of residence and what users tell you.',
        fr: 'Interrogez les personnes qui assurent le service et quelques usagers ; appuyez-vous sur la fréquentation par lieu de résidence et sur ce que disent les usagers.',
      },
      indicators: [
        {
          id: 'territorial-cohesion-underserved-areas',
          title: {
            en: 'Does your activity reach rural areas or neighbourhoods with few services?',
            fr: 'Votre activité touche-t-elle des zones rurales ou des quartiers peu dotés en services ?',
          },
          type: 'yesno',
        },
        {
          id: 'territorial-cohesion-accessibility',
          title: {
            en: 'Our services are easy to reach: opening hours, transport, prices and premises.',
            fr: 'Nos services sont faciles d’accès : horaires, transports, tarifs et locaux.',
          },
          type: 'scale',
          levels: maturityScale,
        },
        {
          id: 'territorial-cohesion-example',
          title: {
            en: 'Describe one way your activity has changed daily life in your area.',
            fr: 'Décrivez une façon dont votre activité a changé la vie quotidienne sur votre territoire.',
          },
          type: 'text',
        },
      ],
    },
  ],
};

const economic: Dimension = {
  id: 'economic',
  title: { en: 'Economic utility', fr: 'Utilité économique' },
  description: {
    en: 'How the organisation creates and shares economic value, secures its resources and offers good jobs.',
    fr: 'Comment la structure crée et partage de la valeur économique, consolide ses ressources et offre des emplois de qualité.',
  },
  sources: [REGIONAL_CHAMBERS, AVISE_COORACE, VISES, IMPACT_MANAGEMENT_PROJECT, SOCIAL_VALUE_INTERNATIONAL],
  criteria: [
    {
      id: 'economic-resources',
      title: { en: 'Diverse and sound resources', fr: 'Des ressources diversifiées et solides' },
      description: {
        en: 'The organisation combines several kinds of income and can plan ahead.',
        fr: 'La structure combine plusieurs types de ressources et peut se projeter.',
      },
      guidance: {
        en: 'Work with whoever keeps the accounts; use the last two financial years and the budget.',
        fr: 'Travaillez avec la personne qui tient les comptes ; appuyez-vous sur les deux derniers exercices et sur le budget prévisionnel.',
      },
      indicators: [
        {
          id: 'economic-resources-income-types',
          title: {
            en: 'How many kinds of income do you have (sales, public funding, donations, membership fees, other)?',
            fr: 'Combien de types de ressources avez-vous (ventes, financements publics, dons, cotisations, autres) ?',
          },
          type: 'number',
          baseline: 1,
          target: 4,
          unit: { en: 'kinds of income', fr: 'types de ressources' },
        },
        {
          id: 'economic-resources-volunteer-time',
          title: {
            en: 'Do you record the time that volunteers give to the organisation?',
            fr: 'Comptabilisez-vous le temps donné par les bénévoles ?',
          },
          type: 'yesno',
        },
        {
          id: 'economic-resources-planning',
          title: {
            en: 'Our finances let us plan at least one year ahead.',
            fr: 'Notre situation financière nous permet de nous projeter sur au moins un an.',
          },
          type: 'scale',
          levels: maturityScale,
        },
      ],
    },
    {
      id: 'economic-jobs',
      title: { en: 'Quality jobs', fr: 'Des emplois de qualité' },
      description: {
        en: 'The organisation offers stable jobs, training and good working conditions.',
        fr: 'La structure offre des emplois stables, de la formation et de bonnes conditions de travail.',
      },
      guidance: {
        en: 'Use the staff register and the training plan; for the statement, run a short anonymous survey of staff.',
        fr: 'Appuyez-vous sur le registre du personnel et le plan de formation ; pour l’affirmation, menez une courte enquête anonyme auprès des salariés.',
      },
      indicators: [
        {
          id: 'economic-jobs-permanent-contracts',
          title: {
            en: 'What share of your staff have a permanent contract?',
            fr: 'Quelle part de vos salariés est en contrat à durée indéterminée ?',
          },
          type: 'number',
          baseline: 0,
          target: 75,
          unit: PERCENT,
        },
        {
          id: 'economic-jobs-training-hours',
          title: {
            en: 'How many hours of training does each employee receive per year, on average?',
            fr: 'Combien d’heures de formation chaque salarié reçoit-il en moyenne par an ?',
          },
          type: 'number',
          baseline: 0,
          target: 20,
          unit: { en: 'hours per employee per year', fr: 'heures par salarié et par an' },
        },
        {
          id: 'economic-jobs-working-conditions',
          title: {
            en: 'Staff are satisfied with their working conditions.',
            fr: 'Les salariés sont satisfaits de leurs conditions de travail.',
          },
          type: 'scale',
          levels: agreementScale,
        },
      ],
    },
    {
      id: 'economic-value',
      title: { en: 'Value created and shared', fr: 'Valeur créée et partagée' },
      description: {
        en: 'What the activity brings to the local economy, and what its surplus is used for.',
        fr: 'Ce que l’activité apporte à l’économie locale, et l’usage qui est fait de ses excédents.',
      },
      guidance: {
        en: 'Discuss it with the board and the team; do not claim changes that would have happened anyway or that others brought about.',
        fr: 'Échangez avec le conseil d’administration et l’équipe ; ne vous attribuez pas des changements qui auraient eu lieu de toute façon ou qui sont dus à d’autres.',
      },
      indicators: [
        {
          id: 'economic-value-surplus-reinvested',
          title: {
            en: 'Is any surplus put back into the project rather than paid out as profit?',
            fr: 'Les excédents sont-ils réinvestis dans le projet plutôt que distribués sous forme de bénéfices ?',
          },
          type: 'yesno',
        },
        {
          id: 'economic-value-contribution',
          title: {
            en: 'We can tell which part of the changes we observe is due to our own action.',
            fr: 'Nous savons distinguer la part des changements observés qui revient à notre propre action.',
          },
          type: 'scale',
          levels: maturityScale,
        },
        {
          id: 'economic-value-new-activity',
          title: {
            en: 'Describe a product, service or job that would not exist in your area without you.',
            fr: 'Décrivez un produit, un service ou un emploi qui n’existerait pas sur votre territoire sans vous.',
          },
          type: 'text',
        },
      ],
    },
  ],
};

const social: Dimension = {
  id: 'social',
  title: { en: 'Social cohesion and human development', fr: 'Cohésion sociale et développement humain' },
  description: {
    en: 'How the organisation supports people in vulnerable situations, reduces inequalities, strengthens social ties and helps people grow.',
    fr: 'Comment la structure soutient les personnes en situation de fragilité, réduit les inégalités, renforce le lien social et aide chacun à se développer.',
  },
  sources: [GADREY, SSE_LAW_2014, IMPACT_MANAGEMENT_PROJECT, SOCIAL_VALUE_INTERNATIONAL],
  criteria: [
    {
      id: 'social-inclusion',
      title: { en: 'Support to vulnerable people', fr: 'Soutien aux personnes vulnérables' },
      description: {
        en: 'The activity reaches people facing hardship and helps them in a lasting way.',
        fr: 'L’activité touche des personnes en difficulté et les aide durablement.',
      },
      guidance: {
        en: 'Ask the staff who work with beneficiaries; use follow-up records with the names removed, never personal files.',
        fr: 'Interrogez les personnes qui accompagnent les bénéficiaires ; appuyez-vous sur des données de suivi anonymisées, jamais sur des dossiers personnels.',
      },
      indicators: [
        {
          id: 'social-inclusion-reach',
          title: {
            en: 'What share of the people you support face economic or social hardship?',
            fr: 'Quelle part des personnes que vous accompagnez connaît des difficultés économiques ou sociales ?',
          },
          type: 'number',
          baseline: 0,
          target: 50,
          unit: PERCENT,
        },
        {
          id: 'social-inclusion-affordable',
          title: {
            en: 'Do you adapt prices or conditions so that people on low incomes can take part?',
            fr: 'Adaptez-vous vos tarifs ou vos conditions pour que les personnes à faibles revenus puissent participer ?',
          },
          type: 'yesno',
        },
        {
          id: 'social-inclusion-lasting-outcomes',
          title: {
            en: 'The support we give leads to lasting results, such as a job, housing or training.',
            fr: 'Notre accompagnement débouche sur des résultats durables, comme un emploi, un logement ou une formation.',
          },
          type: 'scale',
          levels: maturityScale,
        },
      ],
    },
    {
      id: 'social-ties',
      title: { en: 'Social ties and sociability', fr: 'Lien social et convivialité' },
      description: {
        en: 'The activity brings people together and breaks isolation.',
        fr: 'L’activité fait se rencontrer des personnes et rompt l’isolement.',
      },
      guidance: {
        en: 'Ask participants directly, in a short survey or a group discussion, and note what they say in their own words.',
        fr: 'Posez la question directement aux participants, par un court questionnaire ou un temps d’échange collectif, et notez leurs propos avec leurs mots.',
      },
      indicators: [
        {
          id: 'social-ties-meeting-places',
          title: {
            en: 'Do you offer places or times where people who would not otherwise meet come together?',
            fr: 'Proposez-vous des lieux ou des moments où se retrouvent des personnes qui ne se croiseraient pas autrement ?',
          },
          type: 'yesno',
        },
        {
          id: 'social-ties-isolation',
          title: {
            en: 'Participants feel less isolated since they joined our activities.',
            fr: 'Les participants se sentent moins isolés depuis qu’ils prennent part à nos activités.',
          },
          type: 'scale',
          levels: agreementScale,
        },
        {
          id: 'social-ties-reported-change',
          title: {
            en: 'Describe one change your beneficiaries report.',
            fr: 'Décrivez un changement dont vos bénéficiaires témoignent.',
          },
          type: 'text',
        },
      ],
    },
    {
      id: 'social-development',
      title: { en: 'Human development', fr: 'Développement humain' },
      description: {
        en: 'The activity helps people learn, look after their health and become more independent.',
        fr: 'L’activité aide chacun à apprendre, à prendre soin de sa santé et à gagner en autonomie.',
      },
      guidance: {
        en: 'Use training and attendance records; ask beneficiaries how they see their own progress, ideally when they arrive and when they leave.',
        fr: 'Appuyez-vous sur les relevés de formation et de présence ; demandez aux bénéficiaires comment ils voient leurs propres progrès, idéalement à leur arrivée et à leur départ.',
      },
      indicators: [
        {
          id: 'social-development-skills',
          title: {
            en: 'How many people gained a skill or a qualification through your activity this year?',
            fr: 'Combien de personnes ont acquis une compétence ou une qualification grâce à votre activité cette année ?',
          },
          type: 'number',
          baseline: 0,
          target: 20,
          unit: PEOPLE,
        },
        {
          id: 'social-development-wellbeing',
          title: {
            en: 'Beneficiaries say the activity has improved their health or well-being.',
            fr: 'Les bénéficiaires estiment que l’activité a amélioré leur santé ou leur bien-être.',
          },
          type: 'scale',
          levels: agreementScale,
        },
        {
          id: 'social-development-autonomy',
          title: {
            en: 'The people we support become more able to act on their own.',
            fr: 'Les personnes que nous accompagnons gagnent en capacité d’agir par elles-mêmes.',
          },
          type: 'scale',
          levels: maturityScale,
        },
      ],
    },
  ],
};

const democratic: Dimension = {
  id: 'democratic',
  title: { en: 'Democracy and citizenship', fr: 'Démocratie et citoyenneté' },
  description: {
    en: 'How the organisation shares power, encourages active citizenship and works with others to shape the general interest.',
    fr: 'Comment la structure partage le pouvoir, encourage la citoyenneté active et construit l’intérêt général avec d’autres.',
  },
  sources: [REGIONAL_CHAMBERS, SSE_LAW_2014, VISES, SOCIAL_VALUE_INTERNATIONAL],
  criteria: [
    {
      id: 'democratic-governance',
      title: { en: 'Shared governance', fr: 'Gouvernance partagée' },
      description: {
        en: 'Decisions are taken collectively, and the people concerned have a say.',
        fr: 'Les décisions sont prises collectivement et les personnes concernées y ont voix.',
      },
      guidance: {
        en: 'Use the statutes, the minutes of meetings and the attendance lists; ask board members and staff how decisions are made in practice.',
        fr: 'Appuyez-vous sur les statuts, les comptes rendus et les feuilles de présence ; demandez aux administrateurs et aux salariés comment les décisions se prennent en pratique.',
      },
      indicators: [
        {
          id: 'democratic-governance-voting-rule',
          title: {
            en: 'Does each member have one vote, whatever their financial stake?',
            fr: 'Chaque membre dispose-t-il d’une voix, quel que soit son apport financier ?',
          },
          type: 'yesno',
        },
        {
          id: 'democratic-governance-stakeholders',
          title: {
            en: 'Beneficiaries, staff, volunteers and partners have a place where decisions are made.',
            fr: 'Bénéficiaires, salariés, bénévoles et partenaires ont leur place dans les instances de décision.',
          },
          type: 'scale',
          levels: maturityScale,
        },
        {
          id: 'democratic-governance-attendance',
          title: {
            en: 'What share of members attended your last general meeting?',
            fr: 'Quelle part des membres a assisté à votre dernière assemblée générale ?',
          },
          type: 'number',
          baseline: 0,
          target: 50,
          unit: PERCENT,
        },
      ],
    },
    {
      id: 'democratic-citizenship',
      title: { en: 'Active citizenship', fr: 'Citoyenneté active' },
      description: {
        en: 'The organisation gives people ways to get involved and to understand public life.',
        fr: 'La structure offre à chacun des moyens de s’engager et de comprendre la vie publique.',
      },
      guidance: {
        en: 'Count the volunteers who took part at least once in the last three months; ask participants whether they feel listened to.',
        fr: 'Comptez les bénévoles qui ont participé au moins une fois au cours des trois derniers mois ; demandez aux participants s’ils se sentent écoutés.',
      },
      indicators: [
        {
          id: 'democratic-citizenship-volunteers',
          title: {
            en: 'How many volunteers are active in your organisation?',
            fr: 'Combien de bénévoles sont actifs dans votre structure ?',
          },
          type: 'number',
          baseline: 0,
          target: 20,
          unit: PEOPLE,
        },
        {
          id: 'democratic-citizenship-education',
          title: {
            en: 'Do you run activities that help people understand public life and take part in it?',
            fr: 'Menez-vous des actions qui aident chacun à comprendre la vie publique et à y prendre part ?',
          },
          type: 'yesno',
        },
        {
          id: 'democratic-citizenship-voice',
          title: {
            en: 'Participants feel that their opinion counts in the organisation.',
            fr: 'Les participants ont le sentiment que leur avis compte dans la structure.',
          },
          type: 'scale',
          levels: agreementScale,
        },
      ],
    },
    {
      id: 'democratic-general-interest',
      title: { en: 'Shaping the general interest together', fr: 'Co-construction de l’intérêt général' },
      description: {
        en: 'The organisation takes part in public debate and in shaping local policy, and is open about what it does.',
        fr: 'La structure participe au débat public et à l’élaboration des politiques locales, et rend compte de son action en toute transparence.',
      },
      guidance: {
        en: 'List with the board the consultations, working groups and public debates you joined this year; keep minutes or letters as evidence.',
        fr: 'Recensez avec le conseil d’administration les concertations, groupes de travail et débats publics auxquels vous avez participé cette année ; gardez comptes rendus ou courriers comme preuves.',
      },
      indicators: [
        {
          id: 'democratic-general-interest-public-policy',
          title: {
            en: 'We contribute to local public policy through consultations, working groups or proposals.',
            fr: 'Nous contribuons aux politiques publiques locales par des concertations, des groupes de travail ou des propositions.',
          },
          type: 'scale',
          levels: maturityScale,
        },
        {
          id: 'democratic-general-interest-transparency',
          title: {
            en: 'Can anyone who asks read your accounts and your activity report?',
            fr: 'Vos comptes et votre rapport d’activité sont-ils accessibles à toute personne qui le demande ?',
          },
          type: 'yesno',
        },
        {
          id: 'democratic-general-interest-example',
          title: {
            en: 'Describe one public debate or decision that you helped to shape.',
            fr: 'Décrivez un débat public ou une décision que vous avez contribué à faire évoluer.',
          },
          type: 'text',
        },
      ],
    },
    {
      id: 'democratic-evaluation',
      title: { en: 'Evaluation with stakeholders', fr: 'Une évaluation partagée' },
      description: {
        en: 'The people affected by the activity help decide what is evaluated, and hear the results.',
        fr: 'Les personnes concernées par l’activité participent au choix de ce qui est évalué et sont informées des résultats.',
      },
      guidance: {
        en: 'Look back at your last evaluation: who chose the questions, who was interviewed and who received the results.',
        fr: 'Reprenez votre dernière évaluation : qui a choisi les questions, qui a été interrogé et qui en a reçu les résultats.',
      },
      indicators: [
        {
          id: 'democratic-evaluation-involvement',
          title: {
            en: 'Beneficiaries and partners help choose what we evaluate and how.',
            fr: 'Bénéficiaires et partenaires participent au choix de ce que nous évaluons et de la façon de le faire.',
          },
          type: 'scale',
          levels: maturityScale,
        },
        {
          id: 'democratic-evaluation-feedback',
          title: {
            en: 'Do you share the results of your evaluations with the people who took part?',
            fr: 'Partagez-vous les résultats de vos évaluations avec celles et ceux qui y ont contribué ?',
          },
          type: 'yesno',
        },
      ],
    },
  ],
};

const ecological: Dimension = {
  id: 'ecological',
  title: { en: 'Ecological transition', fr: 'Transition écologique' },
  description: {
    en: 'How the organisation limits its effects on the environment and helps others do the same.',
    fr: 'Comment la structure limite ses effets sur l’environnement et aide d’autres acteurs à en faire autant.',
  },
  sources: [REGIONAL_CHAMBERS, GADREY, SSE_LAW_2014, IMPACT_MANAGEMENT_PROJECT],
  criteria: [
    {
      id: 'ecological-resources',
      title: { en: 'Careful use of resources', fr: 'Sobriété dans l’usage des ressources' },
      description: {
        en: 'The organisation uses less energy and material, and reuses what it can.',
        fr: 'La structure consomme moins d’énergie et de matières et réemploie ce qui peut l’être.',
      },
      guidance: {
        en: 'Use energy bills, waste collection records and the list of equipment; ask the person in charge of the premises.',
        fr: 'Appuyez-vous sur les factures d’énergie, les relevés de collecte des déchets et l’inventaire du matériel ; interrogez la personne responsable des locaux.',
      },
      indicators: [
        {
          id: 'ecological-resources-waste-sorted',
          title: {
            en: 'What share of your waste is sorted, reused or recycled?',
            fr: 'Quelle part de vos déchets est triée, réemployée ou recyclée ?',
          },
          type: 'number',
          baseline: 0,
          target: 75,
          unit: PERCENT,
        },
        {
          id: 'ecological-resources-reuse',
          title: {
            en: 'Do you repair, share or buy second-hand before buying new equipment?',
            fr: 'Réparez-vous, partagez-vous ou achetez-vous d’occasion avant d’acheter du matériel neuf ?',
          },
          type: 'yesno',
        },
        {
          id: 'ecological-resources-energy',
          title: {
            en: 'We track our energy use and act to reduce it.',
            fr: 'Nous suivons notre consommation d’énergie et agissons pour la réduire.',
          },
          type: 'scale',
          levels: maturityScale,
        },
      ],
    },
    {
      id: 'ecological-practices',
      title: { en: 'Responsible practices', fr: 'Pratiques responsables' },
      description: {
        en: 'Purchasing, travel and awareness-raising take the environment into account.',
        fr: 'Les achats, les déplacements et la sensibilisation tiennent compte de l’environnement.',
      },
      guidance: {
        en: 'Ask staff to note their work trips over one typical month; go through the purchasing rules with whoever applies them.',
        fr: 'Demandez aux salariés de noter leurs déplacements professionnels pendant un mois type ; relisez les règles d’achat avec la personne qui les applique.',
      },
      indicators: [
        {
          id: 'ecological-practices-low-carbon-travel',
          title: {
            en: 'What share of work trips are made on foot, by bike, by public transport or by car-sharing?',
            fr: 'Quelle part des déplacements professionnels se fait à pied, à vélo, en transports en commun ou en covoiturage ?',
          },
          type: 'number',
          baseline: 0,
          target: 50,
          unit: PERCENT,
        },
        {
          id: 'ecological-practices-purchasing',
          title: {
            en: 'Our purchasing choices include environmental criteria.',
            fr: 'Nos choix d’achat intègrent des critères environnementaux.',
          },
          type: 'scale',
          levels: maturityScale,
        },
        {
          id: 'ecological-practices-awareness',
          title: {
            en: 'Do you raise awareness of environmental issues among staff, volunteers or the public?',
            fr: 'Sensibilisez-vous vos salariés, vos bénévoles ou le public aux enjeux environnementaux ?',
          },
          type: 'yesno',
        },
      ],
    },
    {
      id: 'ecological-effects',
      title: { en: 'Environmental effects of the activity', fr: 'Effets de l’activité sur l’environnement' },
      description: {
        en: 'The organisation knows the harm its activity may do to the environment, and the good it does.',
        fr: 'La structure connaît les dommages que son activité peut causer à l’environnement, et les bienfaits qu’elle lui apporte.',
      },
      guidance: {
        en: 'Go through the activity step by step with the team; tell apart what is measured from what is only estimated.',
        fr: 'Passez l’activité en revue étape par étape avec l’équipe ; distinguez ce qui est mesuré de ce qui est seulement estimé.',
      },
      indicators: [
        {
          id: 'ecological-effects-risks',
          title: {
            en: 'We know the main risks our activity poses to the environment and act to limit them.',
            fr: 'Nous connaissons les principaux risques de notre activité pour l’environnement et agissons pour les limiter.',
          },
          type: 'scale',
          levels: maturityScale,
        },
        {
          id: 'ecological-effects-benefit',
          title: {
            en: 'Describe one benefit of your activity for the environment.',
            fr: 'Décrivez un bienfait de votre activité pour l’environnement.',
          },
          type: 'text',
        },
      ],
    },
  ],
};

/** The DEVISUS default grid: five dimensions, each with its criteria and indicators. */
export const devisusFramework: Framework = {
  id: 'devisus-social-utility',
  version: '1.0.0',
  title: {
    en: 'DEVISUS social utility self-assessment grid',
    fr: 'Grille d’autoévaluation de l’utilité sociale DEVISUS',
  },
  description: {
    en:
      'A starting grid for assessing the social utility and social impact of a social and solidarity economy ' +
      'organisation. It is not an official standard or a label: in the French tradition of social utility ' +
      'self-evaluation, each organisation adapts it, keeping, rewording or adding dimensions (registres), ' +
      'criteria (critères) and indicators (indicateurs). The baselines and targets of the figures are neutral ' +
      'examples, not data about any organisation: set your own.',
    fr:
      'Une grille de départ pour évaluer l’utilité sociale et l’impact social d’une structure de l’économie ' +
      'sociale et solidaire. Ce n’est ni une norme officielle ni un label : dans la tradition française de ' +
      'l’autoévaluation de l’utilité sociale, chaque structure l’adapte en gardant, reformulant ou ajoutant des ' +
      'registres, des critères et des indicateurs. Les valeurs de départ et les cibles des indicateurs chiffrés ' +
      'sont des exemples neutres, pas des données sur une structure réelle : à chacune de fixer les siennes.',
  },
  dimensions: [territorial, economic, social, democratic, ecological],
};

/** The grid with its texts in `language` too, where a translation is shipped (translations/impact-framework/). */
export const devisusFrameworkIn = (language: string): Promise<Framework> =>
  translated(devisusFramework, language, translations);
