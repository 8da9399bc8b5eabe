import { registerTranslations } from './i18n.js';
import en from './locales/en.js';
import { loaders } from './locales/loaders.generated.js';

/** Core's own namespace: the loading, empty and error states every element shares. */
export const CORE_NAMESPACE = 'core';

registerTranslations(CORE_NAMESPACE, en, loaders);
