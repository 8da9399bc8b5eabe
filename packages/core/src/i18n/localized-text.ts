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

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/** The tag to mark text written in `tag` with, when it is not the reader's `language`. */
const markFor = (tag: string | undefined, language: string) =>
  tag && primary(tag) !== primary(language) ? tag : undefined;

/**
 * The language `text` is shown in when it is not the reader's: an Italian page, content written in
 * English and French, gets `en`. That is the `lang` to put on the element showing it, so that
 * screen readers switch voice (WCAG 3.1.2). Undefined when no marking is needed.
 */
export function foreignLanguage(text: LocalizedText | undefined, language: string): string | undefined {
  return markFor(pick(text, language)[1], language);
}

/** The string of `text` for `language`, to render as element content, in a span marked with its language when needed (see foreignLanguage). */
export function localizedContent(text: LocalizedText | undefined, language: string): string | TemplateResult {
  const [value, tag] = pick(text, language);
  const lang = markFor(tag, language);
  return lang ? html`<span lang=${lang}>${value}</span>` : value;
}
