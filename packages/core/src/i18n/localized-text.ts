/**
 * Text in content data: either one string for every language, or one string per language tag,
 * e.g. `{ "en": "Aims", "fr": "Objectifs" }`.
 */
export type LocalizedText = string | { readonly [language: string]: string };

/**
 * Picks the best string for `language` with the fallback chain `fr-BE` -> `fr` -> `en` -> the first
 * one given. Tags are compared case-insensitively.
 */
export function localize(text: LocalizedText | undefined, language: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const entries = Object.entries(text);
  const byTag = new Map(entries.map(([tag, value]) => [tag.toLowerCase(), value]));
  const wanted = language.toLowerCase();
  return byTag.get(wanted) ?? byTag.get(wanted.split(/[-_]/)[0]) ?? byTag.get('en') ?? entries[0]?.[1] ?? '';
}
