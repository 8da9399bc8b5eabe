import { registerTranslations, type MessageKey } from '@devisus/core';
import en from './locales/en.js';

export const PRACTICES_NAMESPACE = 'practices';

/** The keys of the practices's strings: `t()` refuses any other at compile time. */
export type PracticesKey = MessageKey<typeof en>;

// The table of other locales is imported only when a page asks for one, never for an English page.
registerTranslations(PRACTICES_NAMESPACE, en, () => import('./locales/loaders.generated.js'));
