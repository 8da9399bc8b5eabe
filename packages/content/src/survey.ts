/**
 * The DEVISUS default questionnaire on how social and solidarity economy (SSE) organisations evaluate
 * their impact, as SurveyJS JSON for the <devisus-survey> element.
 *
 * It follows the idea of the Impact & ValuESS questionnaire, which asked SSE organisations how they
 * evaluate the impact of their activities on their territory, on their beneficiaries and on society
 * at large. The questions are our own: no wording is taken from that questionnaire, and nothing here
 * reports its answers.
 *
 * Texts use SurveyJS's localized form, `{ default: English, fr: French }`. Only the subset of SurveyJS
 * that <devisus-survey> renders is used, and typed below. No answer is required that says who the
 * respondent is; the one personal field, an email address, is asked only of those who offer to share
 * a practice.
 */
import { translated } from './translate.js';
import { loaders as translations } from './translations/survey/loaders.generated.js';

/** A SurveyJS localized string: `default` is English. */
export interface SurveyText {
  readonly default: string;
  readonly fr: string;
  readonly [language: string]: string;
}

/** A choice, a matrix row or column, or a rating value. */
export interface SurveyItem {
  readonly value: string | number;
  readonly text: SurveyText;
}

export type SurveyValidator =
  | { readonly type: 'numeric'; readonly minValue?: number; readonly maxValue?: number }
  | { readonly type: 'text'; readonly minLength?: number; readonly maxLength?: number }
  | { readonly type: 'email' }
  | { readonly type: 'regex'; readonly regex: string };

export type SurveyQuestionType =
  'text' | 'comment' | 'radiogroup' | 'checkbox' | 'dropdown' | 'boolean' | 'rating' | 'matrix' | 'ranking';

export type SurveyInputType = 'text' | 'number' | 'email' | 'url' | 'tel' | 'date';

/** What questions and panels share. Conditions are SurveyJS expressions, e.g. `{evaluates} = 'yes'`. */
interface SurveyElementBase {
  /** Unique in the whole survey; the key of the answer. */
  readonly name: string;
  readonly title?: SurveyText;
  readonly description?: SurveyText;
  readonly visibleIf?: string;
  readonly enableIf?: string;
  readonly requiredIf?: string;
}

export interface SurveyQuestion extends SurveyElementBase {
  readonly type: SurveyQuestionType;
  readonly isRequired?: boolean;
  /** `text` only. */
  readonly inputType?: SurveyInputType;
  /** `radiogroup`, `checkbox`, `dropdown` and `ranking`. */
  readonly choices?: readonly (string | SurveyItem)[];
  /** Adds an "Other" item (value `other`) with a field to describe it. */
  readonly showOtherItem?: boolean;
  readonly otherText?: SurveyText;
  /** Adds a "None" item (value `none`). */
  readonly showNoneItem?: boolean;
  /** `rating`: either a range... */
  readonly rateMin?: number;
  readonly rateMax?: number;
  /** ...or labelled values. */
  readonly rateValues?: readonly SurveyItem[];
  /** `matrix`: one answer (a column value) per row. */
  readonly columns?: readonly SurveyItem[];
  readonly rows?: readonly SurveyItem[];
  readonly validators?: readonly SurveyValidator[];
}

export interface SurveyPanel extends SurveyElementBase {
  readonly type: 'panel';
  readonly elements: readonly SurveyElement[];
}

export type SurveyElement = SurveyQuestion | SurveyPanel;

export interface SurveyPage {
  readonly name: string;
  readonly title: SurveyText;
  readonly description?: SurveyText;
  readonly elements: readonly SurveyElement[];
}

export interface SurveyJson {
  readonly id: string;
  readonly title: SurveyText;
  readonly description?: SurveyText;
  readonly showProgressBar?: 'top' | 'bottom' | 'both' | 'off';
  /** Plain text shown once the survey is sent, despite the SurveyJS name. */
  readonly completedHtml?: SurveyText;
  readonly pages: readonly SurveyPage[];
}

const t = (en: string, fr: string): SurveyText => ({ default: en, fr });
const item = (value: string | number, en: string, fr: string): SurveyItem => ({ value, text: t(en, fr) });

/** Shown only to organisations that evaluate their impact already. */
const EVALUATES = "{evaluates_impact} = 'yes'";

export const devisusSurvey: SurveyJson = {
  id: 'devisus-impact-practices',
  title: t('How does your organisation evaluate its impact?', 'Comment votre structure évalue-t-elle son impact ?'),
  description: t(
    'A short questionnaire for social and solidarity economy organisations about the ways they look at the ' +
      'effects of their work on their territory, on the people they serve and on society as a whole. It takes ' +
      'about ten minutes. Only the email address at the end is personal, and it is optional. Your answers stay ' +
      'in your browser unless the site that publishes this survey sends them somewhere.',
    'Un court questionnaire destiné aux structures de l’économie sociale et solidaire, sur la manière dont ' +
      'elles regardent les effets de leur action sur leur territoire, sur les personnes qu’elles accompagnent et ' +
      'sur la société dans son ensemble. Comptez une dizaine de minutes. Seule l’adresse électronique demandée à ' +
      'la fin est personnelle, et elle est facultative. Vos réponses restent dans votre navigateur, sauf si le ' +
      'site qui publie ce questionnaire les envoie ailleurs.',
  ),
  showProgressBar: 'top',
  completedHtml: t(
    'Thank you for your time. Your answers help to map how SSE organisations show the value of their work.',
    'Merci pour le temps que vous nous avez accordé. Vos réponses aident à mieux connaître la façon dont les ' +
      'structures de l’ESS rendent compte de la valeur de leur action.',
  ),
  pages: [
    {
      name: 'organisation',
      title: t('Your organisation', 'Votre structure'),
      elements: [
        {
          type: 'radiogroup',
          name: 'organisation_type',
          title: t('What kind of organisation is it?', 'De quel type de structure s’agit-il ?'),
          isRequired: true,
          choices: [
            item('association', 'Association or non-profit', 'Association'),
            item('cooperative', 'Cooperative', 'Coopérative'),
            item('mutual', 'Mutual society', 'Mutuelle'),
            item('foundation', 'Foundation', 'Fondation'),
            item('social_enterprise', 'Social enterprise', 'Entreprise sociale'),
          ],
          showOtherItem: true,
          otherText: t('Another form (please say which)', 'Une autre forme (précisez)'),
        },
        {
          type: 'dropdown',
          name: 'field_of_activity',
          title: t('What is its main field of activity?', 'Quel est son principal domaine d’activité ?'),
          choices: [
            item('social_care', 'Social services, health and care', 'Action sociale, santé et soin'),
            item(
              'work_integration',
              'Work integration and employment',
              'Insertion par l’activité économique et emploi',
            ),
            item('education', 'Education and training', 'Éducation et formation'),
            item('culture', 'Culture, sport and leisure', 'Culture, sport et loisirs'),
            item('environment', 'Environment and energy', 'Environnement et énergie'),
            item('food', 'Food and farming', 'Alimentation et agriculture'),
            item('housing', 'Housing', 'Logement'),
            item('finance', 'Ethical finance', 'Finance solidaire'),
            item(
              'fair_trade',
              'Fair trade and responsible consumption',
              'Commerce équitable et consommation responsable',
            ),
            item(
              'sse_support',
              'Support to SSE organisations (network, development hub)',
              'Accompagnement des structures de l’ESS (réseau, pôle de développement)',
            ),
          ],
          showOtherItem: true,
          otherText: t('Another field (please say which)', 'Un autre domaine (précisez)'),
        },
        {
          type: 'radiogroup',
          name: 'employees',
          title: t('How many people does it employ?', 'Combien de salariés compte-t-elle ?'),
          description: t(
            'Count people, not full-time equivalents.',
            'Comptez des personnes, pas des équivalents temps plein.',
          ),
          choices: [
            item('0', 'None: volunteers only', 'Aucun : seulement des bénévoles'),
            item('1_9', '1 to 9', '1 à 9'),
            item('10_49', '10 to 49', '10 à 49'),
            item('50_249', '50 to 249', '50 à 249'),
            item('250_plus', '250 or more', '250 ou plus'),
          ],
        },
        {
          type: 'dropdown',
          name: 'country',
          title: t('In which country is it based?', 'Dans quel pays est-elle implantée ?'),
          choices: [
            item('BE', 'Belgium', 'Belgique'),
            item('FR', 'France', 'France'),
            item('DE', 'Germany', 'Allemagne'),
            item('IT', 'Italy', 'Italie'),
            item('PT', 'Portugal', 'Portugal'),
            item('ES', 'Spain', 'Espagne'),
            item('GB', 'United Kingdom', 'Royaume-Uni'),
          ],
          showOtherItem: true,
          otherText: t('Another country (please say which)', 'Un autre pays (précisez)'),
        },
        {
          type: 'radiogroup',
          name: 'respondent_role',
          title: t('What is your role in it?', 'Quel y est votre rôle ?'),
          choices: [
            item('management', 'Director or manager', 'Direction'),
            item('evaluation_staff', 'Staff member in charge of evaluation', 'Salarié chargé de l’évaluation'),
            item('other_staff', 'Another staff member', 'Autre salarié'),
            item('board', 'Board member', 'Membre du conseil d’administration'),
            item('volunteer', 'Volunteer or member', 'Bénévole ou adhérent'),
          ],
          showOtherItem: true,
          otherText: t('Another role (please say which)', 'Un autre rôle (précisez)'),
        },
      ],
    },
    {
      name: 'evaluation',
      title: t('Evaluating your impact', 'L’évaluation de votre impact'),
      elements: [
        {
          type: 'radiogroup',
          name: 'evaluates_impact',
          title: t(
            'Does your organisation evaluate the impact of its activities?',
            'Votre structure évalue-t-elle l’impact de ses activités ?',
          ),
          description: t(
            'Any deliberate look at what changes because of your work counts, however simple.',
            'Toute démarche pour observer ce qui change grâce à votre action compte, même très simple.',
          ),
          isRequired: true,
          choices: [
            item('yes', 'Yes', 'Oui'),
            item('planned', 'Not yet, but we plan to', 'Pas encore, mais c’est prévu'),
            item('no', 'No', 'Non'),
          ],
        },
        {
          type: 'dropdown',
          name: 'planned_start',
          title: t('When do you expect to start?', 'Quand pensez-vous commencer ?'),
          visibleIf: "{evaluates_impact} = 'planned'",
          choices: [
            item('six_months', 'Within six months', 'D’ici six mois'),
            item('one_year', 'Within a year', 'D’ici un an'),
            item('later', 'Later', 'Plus tard'),
            item('unknown', 'We do not know yet', 'Nous ne savons pas encore'),
          ],
        },
        {
          type: 'panel',
          name: 'evaluation_practice',
          title: t('Your evaluation so far', 'Votre évaluation jusqu’ici'),
          visibleIf: EVALUATES,
          elements: [
            {
              type: 'text',
              name: 'evaluation_since',
              inputType: 'number',
              title: t(
                'Since which year have you been evaluating your impact?',
                'Depuis quelle année évaluez-vous votre impact ?',
              ),
              description: t('An approximate year is enough.', 'Une année approximative suffit.'),
              validators: [{ type: 'numeric', minValue: 1900, maxValue: 2100 }],
            },
            {
              type: 'matrix',
              name: 'evaluation_scope',
              title: t(
                'How often do you look at your impact on...',
                'À quelle fréquence regardez-vous votre impact sur...',
              ),
              columns: [
                item('never', 'Never', 'Jamais'),
                item('sometimes', 'Sometimes', 'Parfois'),
                item('regularly', 'Regularly', 'Régulièrement'),
              ],
              rows: [
                item('territory', 'your territory', 'votre territoire'),
                item('beneficiaries', 'your beneficiaries', 'vos bénéficiaires'),
                item('society', 'society at large', 'la société dans son ensemble'),
              ],
            },
            {
              type: 'checkbox',
              name: 'evaluation_participants',
              title: t('Who takes part in the evaluation?', 'Qui participe à l’évaluation ?'),
              choices: [
                item('staff', 'Staff', 'Les salariés'),
                item('board', 'Board members', 'Les administrateurs'),
                item('volunteers', 'Volunteers and members', 'Les bénévoles et adhérents'),
                item('beneficiaries', 'Beneficiaries or users', 'Les bénéficiaires ou usagers'),
                item('partners', 'Partners and funders', 'Les partenaires et financeurs'),
                item('external', 'An outside evaluator', 'Un évaluateur extérieur'),
              ],
              showOtherItem: true,
            },
          ],
        },
        {
          type: 'rating',
          name: 'importance',
          title: t(
            'How important is it for your organisation to show its impact?',
            'Quelle importance votre structure accorde-t-elle au fait de montrer son impact ?',
          ),
          description: t('1 means not important, 5 means essential.', '1 : sans importance ; 5 : essentiel.'),
          rateMin: 1,
          rateMax: 5,
        },
      ],
    },
    {
      name: 'methods_and_tools',
      title: t('Methods and tools', 'Méthodes et outils'),
      elements: [
        {
          type: 'checkbox',
          name: 'methods',
          title: t('Which methods do you use?', 'Quelles méthodes utilisez-vous ?'),
          description: t('Tick all that apply.', 'Cochez toutes les réponses qui conviennent.'),
          visibleIf: EVALUATES,
          isRequired: true,
          choices: [
            item('indicators', 'Indicators followed over time', 'Des indicateurs suivis dans le temps'),
            item('beneficiary_surveys', 'Surveys of beneficiaries', 'Des enquêtes auprès des bénéficiaires'),
            item('interviews', 'Interviews', 'Des entretiens'),
            item('focus_groups', 'Focus groups', 'Des groupes de discussion'),
            item('case_studies', 'Case studies', 'Des études de cas'),
            item(
              'monetisation',
              'Cost-benefit analysis or putting a money value on impact',
              'Une analyse coûts-bénéfices ou une monétarisation de l’impact',
            ),
            item(
              'participatory',
              'Participatory evaluation with stakeholders',
              'Une évaluation participative avec les parties prenantes',
            ),
            item('external', 'An external evaluation', 'Une évaluation externe'),
          ],
          showOtherItem: true,
          otherText: t('Another method (please say which)', 'Une autre méthode (précisez)'),
        },
        {
          type: 'text',
          name: 'indicator_count',
          inputType: 'number',
          title: t('Roughly how many indicators do you follow?', 'Combien d’indicateurs suivez-vous, à peu près ?'),
          visibleIf: "{methods} contains 'indicators'",
          validators: [{ type: 'numeric', minValue: 1, maxValue: 1000 }],
        },
        {
          type: 'checkbox',
          name: 'frameworks',
          title: t(
            'Do you draw on a published framework or guide?',
            'Vous appuyez-vous sur un référentiel ou un guide publié ?',
          ),
          visibleIf: EVALUATES,
          choices: [
            item(
              'social_utility_guides',
              'A French social-utility self-evaluation guide (Avise, COORACE...)',
              'Un guide français d’auto-évaluation de l’utilité sociale (Avise, COORACE...)',
            ),
            item('vises', 'The VISES approach', 'La démarche VISES'),
            item(
              'social_value_principles',
              'The principles of Social Value International',
              'Les principes de Social Value International',
            ),
            item(
              'impact_management_project',
              'The five dimensions of the Impact Management Project',
              'Les cinq dimensions de l’Impact Management Project',
            ),
            item('own_grid', 'A grid we built ourselves', 'Une grille construite par nous-mêmes'),
          ],
          showOtherItem: true,
          showNoneItem: true,
        },
        {
          type: 'ranking',
          name: 'purposes',
          title: t(
            'Why do you evaluate, or why would you? Put the reasons in order, the most important first.',
            'Pourquoi évaluez-vous, ou pourquoi le feriez-vous ? Classez les raisons, de la plus importante à la moins importante.',
          ),
          visibleIf: "{evaluates_impact} = 'yes' or {evaluates_impact} = 'planned'",
          choices: [
            item('improve', 'To improve our activities', 'Améliorer nos activités'),
            item('report', 'To report to our funders', 'Rendre compte à nos financeurs'),
            item('communicate', 'To communicate about our work', 'Communiquer sur notre action'),
            item('involve', 'To involve our members', 'Impliquer nos membres'),
            item('policy', 'To influence public policy', 'Peser sur les politiques publiques'),
          ],
        },
      ],
    },
    {
      name: 'obstacles_and_usefulness',
      title: t('Obstacles and usefulness', 'Freins et utilité'),
      elements: [
        {
          type: 'checkbox',
          name: 'obstacles',
          title: t(
            'What makes evaluation difficult for you, or keeps you from starting?',
            'Qu’est-ce qui rend l’évaluation difficile pour vous, ou vous empêche de vous lancer ?',
          ),
          choices: [
            item('time', 'Lack of time', 'Le manque de temps'),
            item('money', 'Lack of money', 'Le manque d’argent'),
            item('skills', 'Lack of skills', 'Le manque de compétences'),
            item(
              'unsuited_methods',
              'Methods that do not fit the values of the SSE',
              'Des méthodes mal adaptées aux valeurs de l’ESS',
            ),
            item('data', 'Data that is missing or hard to collect', 'Des données absentes ou difficiles à recueillir'),
            item(
              'fear_of_results',
              'Fear of what the results might show',
              'La crainte de ce que les résultats pourraient montrer',
            ),
          ],
          showOtherItem: true,
          showNoneItem: true,
        },
        {
          type: 'rating',
          name: 'usefulness',
          title: t(
            'How useful has evaluation been to your organisation so far?',
            'Jusqu’ici, dans quelle mesure l’évaluation a-t-elle été utile à votre structure ?',
          ),
          visibleIf: EVALUATES,
          rateValues: [
            item(1, 'Not useful', 'Pas utile'),
            item(2, 'Slightly useful', 'Peu utile'),
            item(3, 'Fairly useful', 'Assez utile'),
            item(4, 'Very useful', 'Très utile'),
            item(5, 'Essential', 'Indispensable'),
          ],
        },
        {
          type: 'boolean',
          name: 'changed_activity',
          title: t(
            'Has an evaluation ever led you to change one of your activities?',
            'Une évaluation vous a-t-elle déjà conduits à modifier l’une de vos activités ?',
          ),
          visibleIf: EVALUATES,
        },
        {
          type: 'comment',
          name: 'change_description',
          title: t('What did you change?', 'Qu’avez-vous modifié ?'),
          visibleIf: '{changed_activity} = true',
          validators: [{ type: 'text', maxLength: 2000 }],
        },
      ],
    },
    {
      name: 'support',
      title: t('Support, training and sharing', 'Accompagnement, formation et partage'),
      elements: [
        {
          type: 'checkbox',
          name: 'support_needs',
          title: t(
            'What support would help you evaluate your impact?',
            'Quel soutien vous aiderait à évaluer votre impact ?',
          ),
          choices: [
            item('training', 'Training', 'Une formation'),
            item('coaching', 'Coaching by someone experienced', 'Un accompagnement par une personne expérimentée'),
            item('tools', 'Simple methods and tools', 'Des méthodes et outils simples'),
            item(
              'peer_exchange',
              'Exchanges with other SSE organisations',
              'Des échanges avec d’autres structures de l’ESS',
            ),
            item('funding', 'Funding for evaluation', 'Un financement pour l’évaluation'),
            item('data_help', 'Help to collect and analyse data', 'Une aide pour recueillir et analyser les données'),
            item('communication', 'Help to present the results', 'Une aide pour présenter les résultats'),
          ],
          showOtherItem: true,
          showNoneItem: true,
        },
        {
          type: 'radiogroup',
          name: 'training_format',
          title: t(
            'Which training format would suit you best?',
            'Quel format de formation vous conviendrait le mieux ?',
          ),
          enableIf: "{support_needs} contains 'training'",
          choices: [
            item('in_person', 'In person', 'En présentiel'),
            item('online', 'Online', 'À distance'),
            item('mixed', 'A mix of both', 'Un mélange des deux'),
            item('no_preference', 'No preference', 'Sans préférence'),
          ],
        },
        {
          type: 'comment',
          name: 'support_details',
          title: t('Tell us more about what would help you.', 'Dites-nous-en plus sur ce qui vous aiderait.'),
          visibleIf: '{support_needs} notempty',
          validators: [{ type: 'text', maxLength: 2000 }],
        },
        {
          type: 'boolean',
          name: 'share_practice',
          title: t(
            'Would you be willing to share one of your evaluation practices with other SSE organisations?',
            'Accepteriez-vous de partager l’une de vos pratiques d’évaluation avec d’autres structures de l’ESS ?',
          ),
        },
        {
          type: 'text',
          name: 'contact_email',
          inputType: 'email',
          title: t(
            'At which email address can we reach you?',
            'À quelle adresse électronique pouvons-nous vous joindre ?',
          ),
          description: t(
            'Used only to talk with you about sharing your practice.',
            'Elle sert uniquement à échanger avec vous sur le partage de votre pratique.',
          ),
          visibleIf: '{share_practice} = true',
          requiredIf: '{share_practice} = true',
          validators: [{ type: 'email' }],
        },
        {
          type: 'text',
          name: 'practice_link',
          inputType: 'url',
          title: t(
            'Is there a web page that presents this practice? (optional)',
            'Une page web présente-t-elle cette pratique ? (facultatif)',
          ),
          visibleIf: '{share_practice} = true',
          validators: [{ type: 'regex', regex: '^https?://\\S+$' }],
        },
        {
          type: 'comment',
          name: 'final_comment',
          title: t(
            'Anything else you would like to tell us? (optional)',
            'Souhaitez-vous ajouter quelque chose ? (facultatif)',
          ),
          validators: [{ type: 'text', maxLength: 4000 }],
        },
      ],
    },
  ],
};

/** The questionnaire with its texts in `language` too, where a translation is shipped (translations/survey/). */
export const devisusSurveyIn = (language: string): Promise<SurveyJson> =>
  translated(devisusSurvey, language, translations);
