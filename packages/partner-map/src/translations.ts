import { registerTranslations } from '@devisus/core';
import en from './locales/en.js';
import { loaders } from './locales/loaders.generated.js';

export const PARTNER_MAP_NAMESPACE = 'partner-map';

registerTranslations(PARTNER_MAP_NAMESPACE, en, loaders);
