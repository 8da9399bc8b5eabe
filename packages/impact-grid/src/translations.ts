import { registerTranslations, type MessageKey } from '@devisus/core';
import en from './locales/en.js';
import { loaders } from './locales/loaders.generated.js';

export const IMPACT_GRID_NAMESPACE = 'impact-grid';

/** The keys of the grid's strings: `t()` refuses any other at compile time. */
export type ImpactGridKey = MessageKey<typeof en>;

registerTranslations(IMPACT_GRID_NAMESPACE, en, loaders);
