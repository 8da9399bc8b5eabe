import { registerTranslations, type MessageKey } from '@devisus/core';
import en from './locales/en.js';
import { loaders } from './locales/loaders.generated.js';

export const SURVEY_NAMESPACE = 'survey';

/** The keys of the survey form's strings: `t()` refuses any other at compile time. */
export type SurveyKey = MessageKey<typeof en>;

registerTranslations(SURVEY_NAMESPACE, en, loaders);
