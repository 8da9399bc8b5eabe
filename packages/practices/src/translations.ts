import { registerTranslations, type MessageKey } from '@devisus/core';
import en from './locales/en.js';
import { loaders } from './locales/loaders.generated.js';

export const PRACTICES_NAMESPACE = 'practices';

/** The keys of the practices's strings: `t()` refuses any other at compile time. */
export type PracticesKey = MessageKey<typeof en>;

registerTranslations(PRACTICES_NAMESPACE, en, loaders);
