import { registerTranslations, type LocaleLoaders } from '@devisus/core';
import en from './locales/en.js';

export const SURVEY_NAMESPACE = 'survey';

const loaders: LocaleLoaders = {
  fr: () => import('./locales/fr.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  es: () => import('./locales/es.js'),
  de: () => import('./locales/de.js'),
  pt: () => import('./locales/pt.js'),
  ca: () => import('./locales/ca.js'),
};

registerTranslations(SURVEY_NAMESPACE, en, loaders);
