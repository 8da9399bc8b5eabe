import { registerTranslations, type LocaleLoaders } from '@devisus/core';
import en from './locales/en.js';

/** The namespace of <devisus-survey-embed>, apart from the survey form's so that neither loads the other's strings. */
export const SURVEY_EMBED_NAMESPACE = 'survey-embed';

const loaders: LocaleLoaders = {
  fr: () => import('./locales/fr.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  es: () => import('./locales/es.js'),
  de: () => import('./locales/de.js'),
  pt: () => import('./locales/pt.js'),
  ca: () => import('./locales/ca.js'),
};

registerTranslations(SURVEY_EMBED_NAMESPACE, en, loaders);
