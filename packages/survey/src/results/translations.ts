import { registerTranslations } from '@devisus/core';
import en from './locales/en.js';
import { loaders } from './locales/loaders.generated.js';

/** The namespace of <devisus-survey-results>'s own strings. */
export const SURVEY_RESULTS_NAMESPACE = 'survey-results';

registerTranslations(SURVEY_RESULTS_NAMESPACE, en, loaders);
