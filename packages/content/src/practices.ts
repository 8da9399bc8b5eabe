/**
 * The activities of DEVISUS, Impact & ValuESS and VISES, as good-practice records in English and
 * French: the default list of `<devisus-practice-card>` and `<devisus-practice-gallery>`.
 *
 * Where the facts come from: the public pages of the DEVISUS project and of RIPESS Europe, the
 * presentation of the Impact & ValuESS cooperation, and the description of VISES, as summarised in
 * the project's content notes. The texts are paraphrased, never copied, and nothing is invented: an
 * organisation, place, date, figure, result or URL that the notes do not give is left out rather
 * than guessed. So no record has an image, a licence, contacts or evidence; `results` appears only
 * where the notes name an output; the only link is the Impact & ValuESS questionnaire; and the
 * `transferability` texts are suggestions of what another network could reuse, not reported results.
 */
import type { LocalizedText } from './localized-text.js';
import { translated } from './translate.js';
import { loaders as translations } from './translations/practices/loaders.generated.js';

/** An organisation behind a practice. `country` (ISO 3166-1 alpha-2) only where a source gives it. */
export interface PracticeOrganisation {
  readonly name: string;
  readonly url?: string;
  readonly country?: string;
}

export interface PracticeLink {
  readonly label: LocalizedText;
  readonly url: string;
}

/**
 * One good practice. The same shape as `practiceSchema` in @devisus/practices (its single source),
 * declared again here because this package must not import another @devisus package.
 */
export interface PracticeRecord {
  /** Unique within a list, kebab-case. */
  readonly id: string;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly organisations: readonly PracticeOrganisation[];
  /** ISO 3166-1 alpha-2: where the practice took place. */
  readonly country: string | readonly string[];
  readonly region?: LocalizedText;
  readonly city?: LocalizedText;
  /** WGS 84 decimal degrees; here always a city centre, never a venue. */
  readonly location?: { readonly lat: number; readonly lon: number };
  /**
   * Shared across records so that a gallery can filter on them: a LocalizedText (shown in the
   * reader's language) or a lower-case slug (`social-ties`).
   */
  readonly themes: readonly LocalizedText[];
  /** Ids of the dimensions of the impact grid (territorial, economic, social, democratic, ecological). */
  readonly dimensions?: readonly string[];
  readonly problem?: LocalizedText;
  readonly approach?: LocalizedText;
  readonly results?: LocalizedText;
  readonly evidence?: readonly { readonly label: LocalizedText; readonly url?: string }[];
  readonly evaluationMethod?: LocalizedText;
  /** A short stable key for the gallery's method filter and its URL. */
  readonly evaluationMethodId?: string;
  /** The method in a few words, for the gallery's method filter. */
  readonly evaluationMethodLabel?: LocalizedText;
  readonly transferability?: LocalizedText;
  readonly resources?: LocalizedText;
  /** ISO 8601 year, month or day: "2016", "2022-09", "2014-05-13". */
  readonly timeframe?: { readonly start?: string; readonly end?: string };
  readonly contacts?: readonly { readonly name?: string; readonly email?: string; readonly url?: string }[];
  readonly links?: readonly PracticeLink[];
  readonly image?: { readonly src: string; readonly alt: LocalizedText };
  /** Language tags of the record's texts. */
  readonly languages?: readonly string[];
  readonly source?: { readonly project: string; readonly url?: string };
  readonly licence?: string;
}

/**
 * The themes the records share, in English and French. The gallery filters on them by a slug of
 * the English text (`impact-evaluation`), which stays the same in every language and in the URL.
 */
const THEMES = {
  socialUtility: { en: 'Social utility', fr: 'Utilité sociale' },
  impactEvaluation: { en: 'Impact evaluation', fr: 'Évaluation d’impact' },
  networks: { en: 'Networks', fr: 'Réseaux' },
  training: { en: 'Training', fr: 'Formation' },
  participatoryEvaluation: { en: 'Participatory evaluation', fr: 'Évaluation participative' },
  research: { en: 'Research', fr: 'Recherche' },
  dissemination: { en: 'Dissemination', fr: 'Diffusion' },
  survey: { en: 'Survey', fr: 'Enquête' },
  crossBorderCooperation: { en: 'Cross-border cooperation', fr: 'Coopération transfrontalière' },
  caseStudies: { en: 'Case studies', fr: 'Études de cas' },
  communication: { en: 'Communication', fr: 'Communication' },
} as const satisfies Record<string, LocalizedText>;

const LANGUAGES = ['en', 'fr'] as const;
const DEVISUS = { project: 'DEVISUS' } as const;
const IMPACT_VALUESS = { project: 'Impact & ValuESS' } as const;
const VISES = { project: 'VISES' } as const;

// The DEVISUS partners as RIPESS Europe's pages name them. Only the lead's country is sourced, except
// ConcertES, which the notes tie to VISES (Interreg France-Wallonie-Vlaanderen) and its follow-up in
// Wallonia.
const devisusPartners: readonly PracticeOrganisation[] = [
  { name: 'MES', country: 'FR' },
  { name: 'ADEPES' },
  { name: 'Apes' },
  { name: 'RIES' },
  { name: 'UNIPSO' },
  { name: 'ConcertES', country: 'BE' },
  { name: 'RIPESS Europe' },
  { name: 'Initiative Europe Conseil' },
  { name: 'Lifelong Learning Platform' },
];

// The Impact & ValuESS partners: two hubs in Brittany and an English organisation.
const impactValuessPartners: readonly PracticeOrganisation[] = [
  { name: 'Réso Solidaire', country: 'FR' },
  { name: 'Adess', country: 'FR' },
  { name: 'South West Forum', country: 'GB' },
];

// The sources give the countries of the cooperation, not those of the organisations the
// questionnaire reached, so the cooperation-wide records carry both of its countries.
const IMPACT_VALUESS_COUNTRIES = ['FR', 'GB'] as const;

const devisusProblem: LocalizedText = {
  en:
    'Assessing social impact and social utility is a central question for the social and solidarity economy, ' +
    'yet Europe has no common understanding of it that goes further than the usual, figures-first view of ' +
    'impact assessment.',
  fr:
    'L’évaluation de l’impact social et de l’utilité sociale est une question centrale pour l’économie sociale ' +
    'et solidaire, mais l’Europe n’en partage aucune vision commune qui dépasse l’approche habituelle, ' +
    'centrée sur les chiffres, de l’évaluation d’impact.',
};

const skillsProblem: LocalizedText = {
  en:
    'DEVISUS sets out to strengthen the skills of the coaches, teachers and trainers of the social and solidarity ' +
    'economy, and to prepare a follow-up project offering training in social impact and social utility ' +
    'assessment across Europe.',
  fr:
    'DEVISUS entend renforcer les compétences des accompagnateurs, enseignants et formateurs de l’économie ' +
    'sociale et solidaire, et préparer un projet de suite proposant, partout en Europe, des formations à ' +
    'l’évaluation de l’impact social et de l’utilité sociale.',
};

const impactValuessProblem: LocalizedText = {
  en:
    'Social and solidarity economy organisations need to show the impact of their activities on their area and ' +
    'to explain their social utility to partners, so as to work better with businesses and public bodies, ' +
    'diversify their resources and keep their activities going.',
  fr:
    'Les structures de l’économie sociale et solidaire ont besoin de montrer l’impact de leurs activités sur ' +
    'leur territoire et de faire valoir leur utilité sociale auprès de leurs partenaires, pour mieux travailler ' +
    'avec les entreprises et les pouvoirs publics, diversifier leurs ressources et pérenniser leurs activités.',
};

/** The good practices of DEVISUS, Impact & ValuESS and VISES; the first is the DEVISUS partnership. */
export const devisusPractices: PracticeRecord[] = [
  {
    id: 'devisus-partnership',
    title: {
      en: 'DEVISUS: a shared culture of social utility between SSE networks',
      fr: 'DEVISUS : une culture commune de l’utilité sociale entre réseaux de l’ESS',
    },
    summary: {
      en:
        'An Erasmus+ small-scale partnership in adult education, from April 2022 to October 2023, in which seven ' +
        'organisations of the social and solidarity economy, most of them members of RIPESS Europe, set out to ' +
        'build a common understanding of social impact and social utility over five partner meetings.',
      fr:
        'Un partenariat Erasmus+ de petite envergure dans l’éducation des adultes, d’avril 2022 à octobre 2023, ' +
        'où sept organisations de l’économie sociale et solidaire, pour la plupart membres de RIPESS Europe, se sont ' +
        'donné pour but de construire une vision commune de l’impact social et de l’utilité sociale, au fil ' +
        'de cinq rencontres de partenaires.',
    },
    organisations: devisusPartners,
    // Where the partners met: Paris and Lille, Rome, Namur and Brussels.
    country: ['FR', 'IT', 'BE'],
    themes: [THEMES.socialUtility, THEMES.impactEvaluation, THEMES.networks, THEMES.training],
    problem: devisusProblem,
    approach: {
      en:
        'Seven organisations, backed by two supporting ones and coordinated from France, met five times, each ' +
        'meeting given to one axis of the work. The first, in Paris in April 2022, set up the consortium: how it ' +
        'would run, the overall timetable and the deliverables. Lille, Rome, Namur and Brussels followed. The ' +
        'partners aim to draw from their common culture reference points and guidelines that can spread across ' +
        'Europe, and to strengthen the alliances between their networks.',
      fr:
        'Sept organisations, épaulées par deux structures de soutien et coordonnées depuis la France, se sont ' +
        'réunies cinq fois, chaque rencontre étant consacrée à un axe du travail. La première, à Paris en avril ' +
        '2022, a mis en place le consortium : son fonctionnement, le calendrier général et les livrables. Lille, ' +
        'Rome, Namur et Bruxelles ont suivi. Les partenaires veulent tirer de leur culture commune des repères ' +
        'et des lignes directrices capables d’essaimer en Europe, et resserrer les alliances entre leurs réseaux.',
    },
    transferability: {
      en:
        'Other networks could borrow the format: a small consortium meeting in several cities, one axis of work ' +
        'per meeting, starting with a shared vocabulary before moving on to skills, training and dissemination.',
      fr:
        'D’autres réseaux pourraient reprendre ce format : un petit consortium qui se réunit dans plusieurs ' +
        'villes, un axe de travail par rencontre, en commençant par un vocabulaire commun avant de passer aux ' +
        'compétences, à la formation et à la diffusion.',
    },
    timeframe: { start: '2022-04', end: '2023-10' },
    languages: LANGUAGES,
    source: DEVISUS,
  },
  {
    id: 'devisus-lille-shared-culture',
    title: {
      en: 'Lille: building a shared culture with researchers',
      fr: 'Lille : construire une culture commune avec des chercheurs',
    },
    summary: {
      en:
        'At the second DEVISUS partner meeting, in September 2022, the partners compared their experience and ' +
        'heard talks on measuring versus evaluating, impact versus utility, participatory guarantee ' +
        'systems and VISES.',
      fr:
        'Lors de la deuxième rencontre des partenaires de DEVISUS, en septembre 2022, les partenaires ont ' +
        'confronté leurs expériences et entendu des interventions sur la mesure et l’évaluation, l’impact et ' +
        'l’utilité, les systèmes participatifs de garantie et VISES.',
    },
    organisations: [
      ...devisusPartners,
      { name: 'Chaire ESS Hauts-de-France', country: 'FR' },
      { name: 'CIRAD' },
      { name: 'CES Liège', country: 'BE' },
    ],
    country: 'FR',
    city: { en: 'Lille', fr: 'Lille' },
    location: { lat: 50.6292, lon: 3.0573 },
    themes: [
      THEMES.socialUtility,
      THEMES.impactEvaluation,
      THEMES.networks,
      THEMES.participatoryEvaluation,
      THEMES.research,
    ],
    problem: {
      en:
        'With no European view of social impact that goes beyond the usual figures-first approach, the partners ' +
        'first needed common ground.',
      fr:
        'Faute d’une vision européenne de l’impact social qui dépasse l’approche habituelle centrée sur les ' +
        'chiffres, les partenaires avaient d’abord besoin d’un socle commun.',
    },
    approach: {
      en:
        'The partners shared their own experience, then listened to researchers: the Chaire ESS Hauts-de-France ' +
        'on the difference between measuring and evaluating and between impact and utility; CIRAD on ' +
        'participatory guarantee systems; ConcertES and CES Liège on VISES and what followed it in Wallonia.',
      fr:
        'Les partenaires ont partagé leurs propres expériences, puis écouté des chercheurs : la Chaire ESS ' +
        'Hauts-de-France sur ce qui distingue mesurer d’évaluer et l’impact de l’utilité ; le CIRAD sur les ' +
        'systèmes participatifs de garantie ; ConcertES et le CES Liège sur VISES et ses prolongements en Wallonie.',
    },
    transferability: {
      en:
        'A network starting work on impact could open the same way: settle the meaning of words such as ' +
        'measurement, evaluation, impact and utility with researchers before choosing any tool.',
      fr:
        'Un réseau qui commence à travailler sur l’impact pourrait s’y prendre de la même façon : s’accorder ' +
        'avec des chercheurs sur le sens de mots comme mesure, évaluation, impact et utilité avant de choisir ' +
        'un outil.',
    },
    timeframe: { start: '2022-09', end: '2022-09' },
    languages: LANGUAGES,
    source: DEVISUS,
  },
  {
    id: 'devisus-rome-support-skills',
    title: {
      en: 'Rome: the skills to support social impact assessment',
      fr: 'Rome : les compétences pour accompagner l’évaluation de l’impact social',
    },
    summary: {
      en:
        'The third DEVISUS partner meeting, in October 2022, looked at the skills and know-how people need to ' +
        'help organisations assess their social impact.',
      fr:
        'La troisième rencontre des partenaires de DEVISUS, en octobre 2022, a porté sur les compétences et ' +
        'savoir-faire nécessaires pour aider les structures à évaluer leur impact social.',
    },
    organisations: devisusPartners,
    country: 'IT',
    city: { en: 'Rome', fr: 'Rome' },
    location: { lat: 41.9028, lon: 12.4964 },
    themes: [THEMES.impactEvaluation, THEMES.training],
    problem: skillsProblem,
    approach: {
      en:
        'The partners devoted the meeting to one question: what must a person know and be able to do to ' +
        'support an organisation through its social impact assessment?',
      fr:
        'Les partenaires ont consacré la rencontre à une question : que faut-il savoir et savoir faire pour ' +
        'accompagner une structure dans l’évaluation de son impact social ?',
    },
    transferability: {
      en:
        'Training bodies and support networks could start from the same question when drawing up the skills ' +
        'their own staff need.',
      fr:
        'Les organismes de formation et les réseaux d’accompagnement pourraient partir de la même question pour ' +
        'définir les compétences dont leurs équipes ont besoin.',
    },
    timeframe: { start: '2022-10', end: '2022-10' },
    languages: LANGUAGES,
    source: DEVISUS,
  },
  {
    id: 'devisus-namur-coach-training',
    title: {
      en: 'Namur: a training framework for social impact coaches',
      fr: 'Namur : un référentiel de formation pour les accompagnateurs en impact social',
    },
    summary: {
      en:
        'The fourth DEVISUS partner meeting, in February 2023, worked on a training framework for the people ' +
        'who coach organisations on social impact.',
      fr:
        'La quatrième rencontre des partenaires de DEVISUS, en février 2023, a travaillé sur un référentiel de ' +
        'formation pour les personnes qui accompagnent les structures sur l’impact social.',
    },
    organisations: devisusPartners,
    country: 'BE',
    city: { en: 'Namur', fr: 'Namur' },
    location: { lat: 50.4669, lon: 4.8675 },
    themes: [THEMES.impactEvaluation, THEMES.training],
    problem: skillsProblem,
    approach: {
      en: 'The partners gave the meeting to a training framework for social impact coaches.',
      fr: 'Les partenaires ont consacré la rencontre à un référentiel de formation des accompagnateurs en impact social.',
    },
    transferability: {
      en:
        'Networks that train their own coaches could take up the idea of a common training framework and adapt ' +
        'it to their own country and members.',
      fr:
        'Les réseaux qui forment leurs propres accompagnateurs pourraient reprendre l’idée d’un référentiel de ' +
        'formation commun et l’adapter à leur pays et à leurs membres.',
    },
    timeframe: { start: '2023-02', end: '2023-02' },
    languages: LANGUAGES,
    source: DEVISUS,
  },
  {
    id: 'devisus-brussels-dissemination',
    title: {
      en: 'Brussels: sharing the results and closing the project',
      fr: 'Bruxelles : diffuser les résultats et clore le projet',
    },
    summary: {
      en:
        'The fifth and last DEVISUS partner meeting, in May 2023, was given to disseminating the results of the ' +
        'project and to bringing it to a close.',
      fr:
        'La cinquième et dernière rencontre des partenaires de DEVISUS, en mai 2023, a été consacrée à la ' +
        'diffusion des résultats du projet et à sa clôture.',
    },
    organisations: devisusPartners,
    country: 'BE',
    city: { en: 'Brussels', fr: 'Bruxelles' },
    location: { lat: 50.8503, lon: 4.3517 },
    themes: [THEMES.dissemination, THEMES.networks],
    problem: {
      en:
        'DEVISUS means its reference points and guidelines to spread across Europe and to strengthen the ' +
        'alliances between networks of the social and solidarity economy.',
      fr:
        'DEVISUS veut que ses repères et lignes directrices essaiment en Europe et qu’ils renforcent les ' +
        'alliances entre réseaux de l’économie sociale et solidaire.',
    },
    approach: {
      en: 'The partners devoted their final meeting to sharing what the project had produced, and closed it.',
      fr: 'Les partenaires ont consacré leur dernière rencontre à faire connaître les résultats du projet, puis l’ont clos.',
    },
    transferability: {
      en:
        'Other consortia could likewise set aside their last meeting for sharing their work beyond the ' +
        'partnership.',
      fr:
        'D’autres consortiums pourraient, de même, réserver leur dernière rencontre au partage de leurs travaux ' +
        'au-delà du partenariat.',
    },
    timeframe: { start: '2023-05', end: '2023-05' },
    languages: LANGUAGES,
    source: DEVISUS,
  },
  {
    id: 'impact-valuess-questionnaire',
    title: {
      en: 'Asking SSE organisations how they evaluate their impact',
      fr: 'Demander aux structures de l’ESS comment elles évaluent leur impact',
    },
    summary: {
      en:
        'The first step of the impact-evaluation work of Impact & ValuESS: an online questionnaire asking social ' +
        'and solidarity economy organisations how they evaluate the impact of their activities on their area, ' +
        'on the people they serve and on society as a whole.',
      fr:
        'La première étape du volet évaluation d’impact d’Impact & ValuESS : un questionnaire en ligne demandant ' +
        'aux structures de l’économie sociale et solidaire comment elles évaluent l’impact de leurs activités ' +
        'sur leur territoire, sur leurs bénéficiaires et sur la société dans son ensemble.',
    },
    organisations: impactValuessPartners,
    country: IMPACT_VALUESS_COUNTRIES,
    themes: [THEMES.survey, THEMES.impactEvaluation, THEMES.crossBorderCooperation],
    problem: impactValuessProblem,
    approach: {
      en:
        'Impact & ValuESS, an Interreg cooperation between two development hubs of the social and solidarity ' +
        'economy in Brittany and an English organisation, began its work on impact by asking organisations how ' +
        'they already evaluate it, at three levels: the territory, the beneficiaries and society at large. The ' +
        'questionnaire ran on SurveyMonkey.',
      fr:
        'Impact & ValuESS, coopération Interreg entre deux pôles de développement de l’économie sociale et ' +
        'solidaire en Bretagne et une organisation anglaise, a commencé son travail sur l’impact en demandant ' +
        'aux structures comment elles l’évaluent déjà, à trois niveaux : le territoire, les bénéficiaires et la ' +
        'société en général. Le questionnaire a été diffusé sur SurveyMonkey.',
    },
    evaluationMethodId: 'questionnaire',
    evaluationMethodLabel: { en: 'Online questionnaire', fr: 'Questionnaire en ligne' },
    evaluationMethod: {
      en: 'An online questionnaire sent to social and solidarity economy organisations.',
      fr: 'Un questionnaire en ligne adressé aux structures de l’économie sociale et solidaire.',
    },
    transferability: {
      en:
        'A network could run a similar survey of its members before choosing any tool, so as to start from the ' +
        'evaluation practices they already have.',
      fr:
        'Un réseau pourrait mener une enquête semblable auprès de ses membres avant de choisir un outil, afin ' +
        'de partir des pratiques d’évaluation qu’ils ont déjà.',
    },
    links: [
      {
        label: { en: 'The questionnaire (SurveyMonkey)', fr: 'Le questionnaire (SurveyMonkey)' },
        url: 'https://www.surveymonkey.com/s/B86S2K8',
      },
    ],
    languages: LANGUAGES,
    source: IMPACT_VALUESS,
  },
  {
    id: 'impact-valuess-case-studies',
    title: {
      en: 'Case studies of evaluation practices in France and England',
      fr: 'Études de cas sur les pratiques d’évaluation en France et en Angleterre',
    },
    summary: {
      en:
        'The second step of the impact-evaluation work of Impact & ValuESS: case studies in France and England, ' +
        'built on in-depth interviews, that analyse how organisations evaluate their impact and where their ' +
        'practices fall short.',
      fr:
        'La deuxième étape du volet évaluation d’impact d’Impact & ValuESS : des études de cas en France et en ' +
        'Angleterre, fondées sur des entretiens approfondis, qui analysent comment les structures évaluent leur ' +
        'impact et où leurs pratiques trouvent leurs limites.',
    },
    organisations: impactValuessPartners,
    country: IMPACT_VALUESS_COUNTRIES,
    themes: [THEMES.caseStudies, THEMES.impactEvaluation, THEMES.crossBorderCooperation],
    problem: impactValuessProblem,
    approach: {
      en:
        'In-depth interviews with organisations on both sides of the Channel, followed by a qualitative ' +
        'analysis of their evaluation practices and of the limits of those practices.',
      fr:
        'Des entretiens approfondis avec des structures des deux côtés de la Manche, suivis d’une analyse ' +
        'qualitative de leurs pratiques d’évaluation et de leurs limites.',
    },
    evaluationMethodId: 'case-studies',
    evaluationMethodLabel: { en: 'Case studies', fr: 'Études de cas' },
    evaluationMethod: {
      en: 'Case studies: in-depth interviews and qualitative analysis.',
      fr: 'Études de cas : entretiens approfondis et analyse qualitative.',
    },
    transferability: {
      en:
        'Looking at the limits of current practices, and not only at what works, could help another network ' +
        'see where its members most need support.',
      fr:
        'S’intéresser aux limites des pratiques actuelles, et pas seulement à ce qui fonctionne, pourrait aider ' +
        'un autre réseau à voir où ses membres ont le plus besoin d’appui.',
    },
    languages: LANGUAGES,
    source: IMPACT_VALUESS,
  },
  {
    id: 'impact-valuess-exchange-2014',
    title: {
      en: 'A French-English meeting on impact evaluation',
      fr: 'Une rencontre franco-anglaise sur l’évaluation d’impact',
    },
    summary: {
      en:
        'From 13 to 15 May 2014, French and English participants in Impact & ValuESS met to discuss what the ' +
        'questionnaire and case studies had shown, to work in groups on impact evaluation and communication ' +
        'strategy, and to visit social and solidarity economy organisations in England.',
      fr:
        'Du 13 au 15 mai 2014, les participants français et anglais d’Impact & ValuESS se sont retrouvés pour ' +
        'revenir sur le questionnaire et les études de cas, travailler en ateliers sur l’évaluation d’impact et ' +
        'la stratégie de communication, et visiter des structures de l’économie sociale et solidaire en Angleterre.',
    },
    organisations: impactValuessPartners,
    // The visits were in England; the sources do not name the city.
    country: 'GB',
    themes: [THEMES.crossBorderCooperation, THEMES.impactEvaluation, THEMES.communication],
    problem: impactValuessProblem,
    approach: {
      en:
        'Three strands over three days: feedback on the questionnaire and the case studies, working groups on ' +
        'impact evaluation and on communication strategy, and visits to organisations in England. The Interreg ' +
        "programme paid the French participants' travel.",
      fr:
        'Trois volets en trois jours : un retour sur le questionnaire et les études de cas, des groupes de ' +
        'travail sur l’évaluation d’impact et sur la stratégie de communication, et des visites de structures ' +
        'en Angleterre. Le programme Interreg a pris en charge les déplacements des participants français.',
    },
    transferability: {
      en:
        'Cross-border projects could reuse the pairing of shared findings with visits to organisations in the ' +
        'partner country.',
      fr:
        'Des projets transfrontaliers pourraient reprendre cette association entre retour sur des travaux ' +
        'communs et visites de structures dans le pays partenaire.',
    },
    timeframe: { start: '2014-05-13', end: '2014-05-15' },
    languages: LANGUAGES,
    source: IMPACT_VALUESS,
  },
  {
    id: 'impact-valuess-guide',
    title: {
      en: 'A good-practice guide to showing the impact of SSE activities',
      fr: 'Un guide de bonnes pratiques pour montrer l’impact des activités de l’ESS',
    },
    summary: {
      en:
        'The fourth and last step of the impact-evaluation work of Impact & ValuESS: a guide that explains why ' +
        "evaluating impact matters and offers an accessible method for doing it within one's own organisation.",
      fr:
        'La quatrième et dernière étape du volet évaluation d’impact d’Impact & ValuESS : un guide qui explique ' +
        'pourquoi évaluer son impact est important et propose une méthode accessible pour le faire dans sa ' +
        'propre structure.',
    },
    organisations: impactValuessPartners,
    country: IMPACT_VALUESS_COUNTRIES,
    themes: [THEMES.dissemination, THEMES.impactEvaluation, THEMES.socialUtility],
    problem: impactValuessProblem,
    approach: {
      en: 'The guide comes last, after the questionnaire, the case studies and the French-English meeting.',
      fr: 'Le guide vient en dernier, après le questionnaire, les études de cas et la rencontre franco-anglaise.',
    },
    results: {
      en:
        'A good-practice guide on showing the impact of social and solidarity economy activities: why impact ' +
        "evaluation matters, and an accessible method to apply it in one's own organisation.",
      fr:
        'Un guide de bonnes pratiques pour montrer l’impact des activités de l’économie sociale et solidaire : ' +
        'pourquoi l’évaluation d’impact compte, et une méthode accessible pour l’appliquer dans sa propre structure.',
    },
    transferability: {
      en:
        'Another network could follow the same outline for its own guide: first why impact evaluation matters, ' +
        'then a simple method an organisation can apply by itself.',
      fr:
        'Un autre réseau pourrait suivre le même plan pour son propre guide : d’abord pourquoi évaluer son ' +
        'impact, puis une méthode simple, applicable par une structure seule.',
    },
    languages: LANGUAGES,
    source: IMPACT_VALUESS,
  },
  {
    id: 'vises',
    title: {
      en: 'VISES: an evaluation approach that values practices as much as results',
      fr: 'VISES : une démarche d’évaluation qui valorise les pratiques autant que les résultats',
    },
    summary: {
      en:
        'An Interreg France-Wallonie-Vlaanderen project (2016-2019) led by ConcertES with CRESS ' +
        'Hauts-de-France, with 21 partners and 69 test enterprises. It weighs practices and processes as much ' +
        'as results, and refuses to put a money value on impact.',
      fr:
        'Un projet Interreg France-Wallonie-Vlaanderen (2016-2019) porté par ConcertES avec la CRESS ' +
        'Hauts-de-France, avec 21 partenaires et 69 entreprises tests. Il accorde autant de poids aux pratiques ' +
        'et aux processus qu’aux résultats, et refuse de traduire l’impact en argent.',
    },
    organisations: [
      { name: 'ConcertES', country: 'BE' },
      { name: 'CRESS Hauts-de-France', country: 'FR' },
    ],
    country: ['FR', 'BE'],
    themes: [THEMES.impactEvaluation, THEMES.socialUtility, THEMES.crossBorderCooperation],
    approach: {
      en:
        'The evaluation looks at how an enterprise produces, manages and governs itself and at its goals, not ' +
        'only at what it achieves, and it turns down monetisation. The project brought together 21 partners, ' +
        'and 69 test enterprises tried the approach out.',
      fr:
        'L’évaluation s’intéresse à la façon dont une entreprise produit, se gère et se gouverne, et à ses ' +
        'finalités, pas seulement à ce qu’elle obtient, et elle écarte la monétarisation. Le projet a réuni ' +
        '21 partenaires, et 69 entreprises tests ont expérimenté la démarche.',
    },
    evaluationMethodId: 'vises-three-steps',
    evaluationMethodLabel: { en: 'VISES method, in three steps', fr: 'Méthode VISES, en trois étapes' },
    evaluationMethod: {
      en:
        'Three steps: (1) a state of play and the choice of an evaluative question; (2) data collection through ' +
        'indicators, interviews, surveys, focus groups and life stories; (3) analysis and valorisation.',
      fr:
        'Trois étapes : (1) un état des lieux et le choix d’une question évaluative ; (2) la collecte de données ' +
        'par des indicateurs, des entretiens, des enquêtes, des groupes de discussion et des récits de vie ; ' +
        '(3) l’analyse et la valorisation.',
    },
    transferability: {
      en:
        'Networks wary of putting a price on social value could borrow its three steps, which start from a ' +
        'question the organisation chooses for itself.',
      fr:
        'Les réseaux réticents à mettre un prix sur la valeur sociale pourraient reprendre ses trois étapes, ' +
        'qui partent d’une question choisie par la structure elle-même.',
    },
    timeframe: { start: '2016', end: '2019' },
    languages: LANGUAGES,
    source: VISES,
  },
];

/** The practices with its texts in `language` too, where a translation is shipped (translations/practices/). */
export const devisusPracticesIn = (language: string): Promise<PracticeRecord[]> =>
  translated(devisusPractices, language, translations);
