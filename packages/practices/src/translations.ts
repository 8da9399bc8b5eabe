import { registerTranslations } from '@devisus/core';
import en from './locales/en.js';
import { loaders } from './locales/loaders.generated.js';

export const PRACTICES_NAMESPACE = 'practices';

registerTranslations(PRACTICES_NAMESPACE, en, loaders);
