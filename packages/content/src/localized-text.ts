/**
 * Text in content data: either one string for every language, or one string per language tag,
 * e.g. `{ "en": "Aims", "fr": "Objectifs" }`.
 *
 * Structurally the same type as `LocalizedText` in @devisus/core, declared again here because this
 * package is a leaf: it must not import any other @devisus package, and TypeScript's structural
 * typing lets the data flow into core's `localize()` unchanged.
 */
export type LocalizedText = string | { readonly [language: string]: string };
