/**
 * The DEVISUS project and the Impact & ValuESS cooperation, as typed data in English and French.
 *
 * Where the facts come from: the public pages of the DEVISUS project and of RIPESS Europe, as
 * summarised in the project's content notes. The texts are the project's own wording (paraphrased,
 * never copied), and nothing is invented: an organisation, place, date or URL that the notes do not
 * give is left out rather than guessed. That is why most partners have no city or country and why the
 * sources carry no URL.
 */
import type { LocalizedText } from './localized-text.js';

/** Where a record's facts come from. `url` is present only where a public address is known. */
export interface Source {
  readonly id: string;
  readonly label: LocalizedText;
  readonly url?: string;
}

/** `lead` coordinates the project; `supporting` organisations back it without being members. */
export type OrganisationRole = 'lead' | 'partner' | 'supporting';

export interface Organisation {
  /** Unique across all the organisations in this module. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly role: OrganisationRole;
  readonly description?: LocalizedText;
  /** Only where a source gives it. */
  readonly region?: LocalizedText;
  /** ISO 3166-1 alpha-2, only where a source gives it. */
  readonly country?: string;
  /** The `id` of one of the enclosing record's `sources`. */
  readonly source: string;
}

/** A point in WGS 84 decimal degrees. */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

export interface Meeting {
  readonly id: string;
  /** 1-based, in date order. */
  readonly number: number;
  /** "YYYY-MM": only the month of each meeting is known. */
  readonly date: string;
  readonly city: LocalizedText;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** The city centre, not the venue, which the sources do not give. */
  readonly location: GeoPoint;
  readonly theme: LocalizedText;
  /** What the sources report of the meeting, when they report anything beyond its theme. */
  readonly summary?: LocalizedText;
  readonly source: string;
}

export interface Funding {
  /** The EU programme's own name, the same in every language. */
  readonly programme: string;
  readonly action?: LocalizedText;
  readonly code?: string;
  readonly projectNumber?: string;
}

/** Months as "YYYY-MM", both included. */
export interface Period {
  readonly start: string;
  readonly end: string;
}

export interface Project {
  readonly id: string;
  readonly acronym: string;
  /** The full name the acronym stands for. */
  readonly name: LocalizedText;
  readonly funding: Funding;
  readonly period: Period;
  /** The question that gave rise to the project. */
  readonly why: LocalizedText;
  readonly aims: readonly LocalizedText[];
  /** How the partnership is made up, in a sentence. */
  readonly partnership: LocalizedText;
  readonly partners: readonly Organisation[];
  readonly meetings: readonly Meeting[];
  readonly sources: readonly Source[];
}

/** Calendar days as "YYYY-MM-DD", both included. */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

export interface EvaluationStep {
  /** 1-based, in the order the cooperation ran them. */
  readonly number: number;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  /** A public address the step used, e.g. the online questionnaire. */
  readonly url?: string;
  readonly dates?: DateRange;
  readonly source: string;
}

export interface Cooperation {
  readonly id: string;
  readonly name: LocalizedText;
  readonly funding: Funding;
  readonly description: LocalizedText;
  readonly partners: readonly Organisation[];
  readonly goals: readonly LocalizedText[];
  /** The steps of the cooperation's impact-evaluation strand. */
  readonly evaluationSteps: readonly EvaluationStep[];
  readonly sources: readonly Source[];
}

// Two sources, because the notes say where the partner list comes from (RIPESS pages) but not which
// of the two sites gives each of the other facts.
const DEVISUS_PAGES = 'devisus-public-pages';
const RIPESS_PARTNER_PAGES = 'ripess-europe-partner-pages';

/** DEVISUS: an Erasmus+ small-scale partnership on valuing social impact and social utility. */
export const devisus: Project = {
  id: 'devisus',
  acronym: 'DEVISUS',
  name: {
    en: 'Development of an Ecosystem for Valuing Social Impact and Social Utility',
    fr: 'Développement d’un Écosystème de Valorisation de l’Impact Social et de l’Utilité Sociale',
  },
  funding: {
    programme: 'Erasmus+',
    action: {
      en: 'Adult Education Small-scale Partnerships',
      fr: 'Partenariats de petite envergure dans le domaine de l’éducation des adultes',
    },
    code: 'KA210-ADU',
    projectNumber: '2021-2-FR01-KA210-ADU-000051132',
  },
  period: { start: '2022-04', end: '2023-10' },
  why: {
    en:
      'Measuring social impact and social utility matters a great deal to the social and solidarity economy, ' +
      'but across Europe there is no common understanding of it that goes further than the usual, ' +
      'figures-first approach to impact assessment.',
    fr:
      'Mesurer l’impact social et l’utilité sociale est un enjeu central pour l’économie sociale et solidaire, ' +
      'mais l’Europe ne partage pas encore de vision commune de cette question qui dépasse l’approche ' +
      'habituelle, centrée sur les chiffres, de l’évaluation d’impact.',
  },
  aims: [
    {
      en:
        'Grow a common culture among the partners, and from it reference points and guidance that other ' +
        'European countries can take up.',
      fr:
        'Construire une culture commune entre partenaires, puis en tirer des repères et des lignes ' +
        'directrices capables d’essaimer ailleurs en Europe.',
    },
    {
      en: 'Strengthen the skills of the coaches, teachers and trainers who work in the social and solidarity economy.',
      fr:
        'Renforcer les compétences des accompagnateurs, enseignants et formateurs ' +
        'de l’économie sociale et solidaire.',
    },
    {
      en: 'Bring social and solidarity economy networks closer together around social impact and social utility.',
      fr:
        'Resserrer les liens entre réseaux de l’économie sociale et solidaire autour de l’impact ' +
        'et de l’utilité sociale.',
    },
    {
      en:
        'Lay the ground for a follow-up project offering training in social impact and social utility ' +
        'assessment throughout Europe.',
      fr:
        'Préparer un projet de suite qui proposerait, partout en Europe, des formations à l’évaluation de ' +
        'l’impact social et de l’utilité sociale.',
    },
  ],
  partnership: {
    en:
      'Seven member organisations, most of which belong to RIPESS Europe, backed by two supporting ' +
      'organisations; the coordinator is based in France.',
    fr:
      'Sept organisations membres, pour la plupart adhérentes de RIPESS Europe, épaulées par deux structures ' +
      'de soutien ; la coordination est assurée depuis la France.',
  },
  partners: [
    {
      id: 'mes',
      name: 'MES',
      role: 'lead',
      description: { en: 'Coordinator of the project.', fr: 'Coordinateur du projet.' },
      country: 'FR',
      source: RIPESS_PARTNER_PAGES,
    },
    { id: 'adepes', name: 'ADEPES', role: 'partner', source: RIPESS_PARTNER_PAGES },
    { id: 'apes', name: 'Apes', role: 'partner', source: RIPESS_PARTNER_PAGES },
    { id: 'ries', name: 'RIES', role: 'partner', source: RIPESS_PARTNER_PAGES },
    { id: 'unipso', name: 'UNIPSO', role: 'partner', source: RIPESS_PARTNER_PAGES },
    { id: 'concertes', name: 'ConcertES', role: 'partner', source: RIPESS_PARTNER_PAGES },
    {
      id: 'ripess-europe',
      name: 'RIPESS Europe',
      role: 'partner',
      description: {
        en: 'The European network of the solidarity economy.',
        fr: 'Le réseau européen de l’économie solidaire.',
      },
      source: RIPESS_PARTNER_PAGES,
    },
    {
      id: 'initiative-europe-conseil',
      name: 'Initiative Europe Conseil',
      role: 'supporting',
      source: RIPESS_PARTNER_PAGES,
    },
    {
      id: 'lifelong-learning-platform',
      name: 'Lifelong Learning Platform',
      role: 'supporting',
      source: RIPESS_PARTNER_PAGES,
    },
  ],
  // Coordinates are the usual public city-centre points: the sources name only the city.
  meetings: [
    {
      id: 'devisus-2022-04-paris',
      number: 1,
      date: '2022-04',
      city: { en: 'Paris', fr: 'Paris' },
      country: 'FR',
      location: { lat: 48.8566, lon: 2.3522 },
      theme: {
        en: 'Setting up the consortium: how it works, the overall timetable and the deliverables.',
        fr: 'Mise en place du consortium : son fonctionnement, le calendrier général et les livrables.',
      },
      source: DEVISUS_PAGES,
    },
    {
      id: 'devisus-2022-09-lille',
      number: 2,
      date: '2022-09',
      city: { en: 'Lille', fr: 'Lille' },
      country: 'FR',
      location: { lat: 50.6292, lon: 3.0573 },
      theme: {
        en: 'Building a common culture: the partners exchange experience and hear from researchers.',
        fr:
          'Construire une culture commune : échanges d’expériences entre partenaires ' +
          'et interventions de chercheurs.',
      },
      summary: {
        en:
          'Researchers from the Chaire ESS Hauts-de-France spoke about the difference between measuring and ' +
          'evaluating, and between impact and utility; CIRAD presented participatory guarantee systems; ' +
          'ConcertES and CES Liège presented VISES and what followed it in Wallonia.',
        fr:
          'Des chercheurs de la Chaire ESS Hauts-de-France ont distingué mesure et évaluation, impact et ' +
          'utilité ; le CIRAD a présenté les systèmes participatifs de garantie ; ConcertES et le CES Liège ' +
          'ont présenté VISES et ses prolongements en Wallonie.',
      },
      source: DEVISUS_PAGES,
    },
    {
      id: 'devisus-2022-10-rome',
      number: 3,
      date: '2022-10',
      city: { en: 'Rome', fr: 'Rome' },
      country: 'IT',
      location: { lat: 41.9028, lon: 12.4964 },
      theme: {
        en: 'What skills and know-how it takes to help organisations assess their social impact.',
        fr: 'Les compétences et savoir-faire nécessaires pour aider les structures à évaluer leur impact social.',
      },
      source: DEVISUS_PAGES,
    },
    {
      id: 'devisus-2023-02-namur',
      number: 4,
      date: '2023-02',
      city: { en: 'Namur', fr: 'Namur' },
      country: 'BE',
      location: { lat: 50.4669, lon: 4.8675 },
      theme: {
        en: 'A training framework for people who coach organisations on social impact.',
        fr: 'Un référentiel de formation pour les accompagnateurs en impact social.',
      },
      source: DEVISUS_PAGES,
    },
    {
      id: 'devisus-2023-05-brussels',
      number: 5,
      date: '2023-05',
      city: { en: 'Brussels', fr: 'Bruxelles' },
      country: 'BE',
      location: { lat: 50.8503, lon: 4.3517 },
      theme: {
        en: 'Sharing the results and bringing the project to a close.',
        fr: 'Diffusion des résultats et clôture du projet.',
      },
      source: DEVISUS_PAGES,
    },
  ],
  sources: [
    {
      id: DEVISUS_PAGES,
      label: {
        en: "Public pages of the DEVISUS project and of RIPESS Europe, as summarised in the project's content notes",
        fr:
          'Pages publiques du projet DEVISUS et de RIPESS Europe, telles que résumées ' +
          'dans les notes de contenu du projet',
      },
    },
    {
      id: RIPESS_PARTNER_PAGES,
      label: {
        en: 'Public pages of RIPESS Europe naming the DEVISUS partners',
        fr: 'Pages publiques de RIPESS Europe qui nomment les partenaires de DEVISUS',
      },
    },
  ],
};

const IMPACT_VALUESS_NOTES = 'impact-valuess-notes';

/** Impact & ValuESS: an Interreg cooperation between two Breton SSE hubs and an English organisation. */
export const impactValuess: Cooperation = {
  id: 'impact-valuess',
  name: 'Impact & ValuESS',
  funding: { programme: 'Interreg' },
  description: {
    en:
      'A cross-border Interreg cooperation between two development hubs of the social and solidarity economy ' +
      'in Brittany and an English partner organisation.',
    fr:
      'Une coopération transfrontalière Interreg entre deux pôles de développement de l’économie sociale et ' +
      'solidaire en Bretagne et une organisation partenaire anglaise.',
  },
  partners: [
    {
      id: 'reso-solidaire',
      name: 'Réso Solidaire',
      role: 'partner',
      description: {
        en: 'A social and solidarity economy development hub in Brittany.',
        fr: 'Un pôle de développement de l’économie sociale et solidaire en Bretagne.',
      },
      region: { en: 'Pays de Rennes, Brittany', fr: 'Pays de Rennes, Bretagne' },
      country: 'FR',
      source: IMPACT_VALUESS_NOTES,
    },
    {
      id: 'adess',
      name: 'Adess',
      role: 'partner',
      description: {
        en: 'A social and solidarity economy development hub in Brittany.',
        fr: 'Un pôle de développement de l’économie sociale et solidaire en Bretagne.',
      },
      region: { en: 'Pays de Brest, Brittany', fr: 'Pays de Brest, Bretagne' },
      country: 'FR',
      source: IMPACT_VALUESS_NOTES,
    },
    {
      id: 'south-west-forum',
      name: 'South West Forum',
      role: 'partner',
      description: { en: 'An English organisation.', fr: 'Une organisation anglaise.' },
      region: { en: 'England', fr: 'Angleterre' },
      country: 'GB',
      source: IMPACT_VALUESS_NOTES,
    },
  ],
  goals: [
    {
      en:
        'Make the dealings of social and solidarity economy organisations with businesses and public bodies ' +
        'more fruitful, so that their resources become more varied and their activities last.',
      fr:
        'Rendre plus fructueuses les relations des structures de l’économie sociale et solidaire avec les ' +
        'entreprises et les pouvoirs publics, pour varier leurs ressources et pérenniser leurs activités.',
    },
    {
      en:
        'Help these organisations learn to demonstrate the impact of their work on their area and to explain ' +
        'their social utility to their partners.',
      fr:
        'Aider ces structures à savoir démontrer l’impact de leur action sur leur territoire et à faire valoir ' +
        'leur utilité sociale auprès de leurs partenaires.',
    },
  ],
  evaluationSteps: [
    {
      number: 1,
      title: { en: 'Questionnaire', fr: 'Questionnaire' },
      description: {
        en:
          'Social and solidarity economy organisations were asked, through an online survey, how they assess the ' +
          'effects of their activities on their area, on the people they serve and on society as a whole.',
        fr:
          'Un questionnaire en ligne a demandé aux structures de l’économie sociale et solidaire comment elles ' +
          'évaluent les effets de leurs activités sur leur territoire, sur leurs bénéficiaires ' +
          'et sur la société.',
      },
      url: 'https://www.surveymonkey.com/s/B86S2K8',
      source: IMPACT_VALUESS_NOTES,
    },
    {
      number: 2,
      title: { en: 'Case studies in France and England', fr: 'Études de cas en France et en Angleterre' },
      description: {
        en:
          'Detailed interviews, then a qualitative look at how organisations evaluate their work and where ' +
          'those practices fall short.',
        fr:
          'Des entretiens approfondis, suivis d’une analyse qualitative des pratiques d’évaluation des ' +
          'structures et de leurs limites.',
      },
      source: IMPACT_VALUESS_NOTES,
    },
    {
      number: 3,
      title: { en: 'French-English meeting', fr: 'Rencontre franco-anglaise' },
      description: {
        en:
          'A three-day meeting to discuss what the questionnaire and the case studies showed, with working ' +
          'groups on impact evaluation and on communication strategy and visits to social and solidarity ' +
          'economy organisations in England. The Interreg programme covered the travel of the French participants.',
        fr:
          'Trois jours pour revenir sur les enseignements du questionnaire et des études de cas, avec des ' +
          'ateliers sur l’évaluation d’impact et sur la stratégie de communication, et des visites de structures ' +
          'de l’économie sociale et solidaire en Angleterre. Le programme Interreg a pris en charge le ' +
          'déplacement des participants français.',
      },
      dates: { start: '2014-05-13', end: '2014-05-15' },
      source: IMPACT_VALUESS_NOTES,
    },
    {
      number: 4,
      title: { en: 'Good-practice guide', fr: 'Guide de bonnes pratiques' },
      description: {
        en:
          'A guide on demonstrating the impact of social and solidarity economy activities: why evaluating ' +
          'impact is worth it, and a straightforward method for doing it in your own organisation.',
        fr:
          'Un guide pour mettre en valeur l’impact des activités de l’économie sociale et solidaire : pourquoi ' +
          'évaluer son impact, et une méthode simple pour le faire dans sa propre structure.',
      },
      source: IMPACT_VALUESS_NOTES,
    },
  ],
  sources: [
    {
      id: IMPACT_VALUESS_NOTES,
      label: {
        en: "Presentation of the Impact & ValuESS cooperation, as summarised in the DEVISUS project's content notes",
        fr:
          'Présentation de la coopération Impact & ValuESS, telle que résumée ' +
          'dans les notes de contenu du projet DEVISUS',
      },
    },
  ],
};
