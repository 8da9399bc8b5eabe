import { html, type TemplateResult } from 'lit';

/**
 * Text in content data: either one string for every language, or one string per language tag,
 * e.g. `{ "en": "Aims", "fr": "Objectifs" }`.
 */
export type LocalizedText = string | { readonly [language: string]: string };

/**
 * The best string for `language` and the tag of the language it is written in (none for a plain
 * string), with the fallback chain `fr-BE` -> `fr` -> `en` -> the first one given. Tags are
 * compared case-insensitively.
 */
function pick(text: LocalizedText | undefined, language: string): [string, string?] {
  if (typeof text !== 'object') return [text ?? ''];
  const tags = Object.keys(text);
  const wanted = language.toLowerCase();
  const tag =
    [wanted, wanted.split('-')[0], 'en'].map((want) => tags.find((tag) => tag.toLowerCase() === want)).find(Boolean) ??
    tags[0];
  return tag ? [text[tag], tag] : [''];
}

/** Picks the string of `text` for `language` (see the fallback chain above). */
export function localize(text: LocalizedText | undefined, language: string): string {
  return pick(text, language)[0];
}

/**
 * The string of `text` for `language`, to render as element content. When only another language
 * has it (an Italian page, content in English and French), it comes wrapped in a span carrying
 * that language, so that screen readers switch voice (WCAG 3.1.2).
 */
export function localizedContent(text: LocalizedText | undefined, language: string): string | TemplateResult {
  const [value, tag] = pick(text, language);
  const primary = (code: string) => code.toLowerCase().split('-')[0];
  return tag && primary(tag) !== primary(language) ? html`<span lang=${tag}>${value}</span>` : value;
}
