import { registerTranslations, type MessageKey } from '@devisus/core';
import en from './locales/en.js';

/** The namespace of <devisus-survey-embed>, apart from the survey form's so that neither loads the other's strings. */
export const SURVEY_EMBED_NAMESPACE = 'survey-embed';

/** The keys of the survey embed's strings: `t()` refuses any other at compile time. */
export type SurveyEmbedKey = MessageKey<typeof en>;

// The table of other locales is imported only when a page asks for one, never for an English page.
registerTranslations(SURVEY_EMBED_NAMESPACE, en, () => import('./locales/loaders.generated.js'));
