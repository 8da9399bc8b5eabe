import { registerTranslations, type MessageKey } from '@devisus/core';
import en from './locales/en.js';

/** The namespace of <devisus-survey-results>'s own strings. */
export const SURVEY_RESULTS_NAMESPACE = 'survey-results';

/** The keys of the survey results's strings: `t()` refuses any other at compile time. */
export type SurveyResultsKey = MessageKey<typeof en>;

// The table of other locales is imported only when a page asks for one, never for an English page.
registerTranslations(SURVEY_RESULTS_NAMESPACE, en, () => import('./locales/loaders.generated.js'));
