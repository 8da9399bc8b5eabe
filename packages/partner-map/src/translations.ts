import { registerTranslations, type MessageKey } from '@devisus/core';
import en from './locales/en.js';
import { loaders } from './locales/loaders.generated.js';

export const PARTNER_MAP_NAMESPACE = 'partner-map';

/** The keys of the map's strings: `t()` refuses any other at compile time. */
export type PartnerMapKey = MessageKey<typeof en>;

registerTranslations(PARTNER_MAP_NAMESPACE, en, loaders);
