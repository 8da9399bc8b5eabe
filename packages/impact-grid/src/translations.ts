import { registerTranslations } from '@devisus/core';
import en from './locales/en.js';
import { loaders } from './locales/loaders.generated.js';

export const IMPACT_GRID_NAMESPACE = 'impact-grid';

registerTranslations(IMPACT_GRID_NAMESPACE, en, loaders);
