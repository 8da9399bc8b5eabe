import { registerTranslations, type MessageKey } from '@devisus/core';
import type en from './locales/en.js';

/** The namespace of what the results say about an export read without its survey. */
export const READ_AS_NAMESPACE = 'survey-results-read';

/** The keys of those strings. */
export type ReadAsKey = MessageKey<typeof en>;

// Their English comes with the code that reads exports (infer-survey.ts), so that a page that never
// shows an export alone never downloads it; other languages load as the element's other strings do
// (their table too, so that an English page loads none).
registerTranslations(READ_AS_NAMESPACE, {}, () => import('./locales/loaders.generated.js'));
