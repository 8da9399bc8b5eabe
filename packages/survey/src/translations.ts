import { registerTranslations } from '@devisus/core';
import en from './locales/en.js';
import { loaders } from './locales/loaders.generated.js';

export const SURVEY_NAMESPACE = 'survey';

registerTranslations(SURVEY_NAMESPACE, en, loaders);
