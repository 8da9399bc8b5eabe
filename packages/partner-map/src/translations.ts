import { registerTranslations, type MessageKey } from '@devisus/core';
import en from './locales/en.js';

export const PARTNER_MAP_NAMESPACE = 'partner-map';

/** The keys of the map's strings: `t()` refuses any other at compile time. */
export type PartnerMapKey = MessageKey<typeof en>;

// The table of other locales is imported only when a page asks for one, never for an English page.
registerTranslations(PARTNER_MAP_NAMESPACE, en, () => import('./locales/loaders.generated.js'));
