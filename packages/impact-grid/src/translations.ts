import { registerTranslations, type MessageKey } from '@devisus/core';
import en from './locales/en.js';

export const IMPACT_GRID_NAMESPACE = 'impact-grid';

/** The keys of the grid's strings: `t()` refuses any other at compile time. */
export type ImpactGridKey = MessageKey<typeof en>;

// The table of other locales is imported only when a page asks for one, never for an English page.
registerTranslations(IMPACT_GRID_NAMESPACE, en, () => import('./locales/loaders.generated.js'));
