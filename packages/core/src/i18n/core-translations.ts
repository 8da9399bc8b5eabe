import { registerTranslations } from './i18n.js';
import type { LocaleLoaders } from './locales.js';
import en from './locales/en.js';

/** Core's own namespace: the loading, empty and error states every element shares. */
export const CORE_NAMESPACE = 'core';

const loaders: LocaleLoaders = {
  fr: () => import('./locales/fr.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  es: () => import('./locales/es.js'),
  de: () => import('./locales/de.js'),
  pt: () => import('./locales/pt.js'),
  ca: () => import('./locales/ca.js'),
};

registerTranslations(CORE_NAMESPACE, en, loaders);
