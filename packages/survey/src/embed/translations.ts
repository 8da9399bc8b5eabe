import { registerTranslations } from '@devisus/core';
import en from './locales/en.js';
import { loaders } from './locales/loaders.generated.js';

/** The namespace of <devisus-survey-embed>, apart from the survey form's so that neither loads the other's strings. */
export const SURVEY_EMBED_NAMESPACE = 'survey-embed';

registerTranslations(SURVEY_EMBED_NAMESPACE, en, loaders);
