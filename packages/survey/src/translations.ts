import { registerTranslations, type MessageKey } from '@devisus/core';
import en from './locales/en.js';

export const SURVEY_NAMESPACE = 'survey';

/** The keys of the survey form's strings: `t()` refuses any other at compile time. */
export type SurveyKey = MessageKey<typeof en>;

// The table of other locales is imported only when a page asks for one, never for an English page.
registerTranslations(SURVEY_NAMESPACE, en, () => import('./locales/loaders.generated.js'));
