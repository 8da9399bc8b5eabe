import { registerTranslations } from './i18n.js';
import en from './locales/en.js';

/** Core's own namespace: the loading, empty and error states every element shares. */
export const CORE_NAMESPACE = 'core';

// The table of other locales is imported only when a page asks for one, never for an English page.
registerTranslations(CORE_NAMESPACE, en, () => import('./locales/loaders.generated.js'));
