import type { TemplateResult } from 'lit';
import type coreMessages from './locales/en.js';
import type { LocalizedText } from './localized-text.js';

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** `more_one` and `more_other` are asked for as `more`: i18next picks the form from `count`. */
type WithoutPlural<Key extends string> = Key extends `${infer Base}_${PluralForm}` ? Base : Key;

/**
 * The keys `t()` accepts for a namespace, from its English messages: dotted paths to each string
 * (`error.missing`), plural forms under their base. A key that English lacks is then a type error
 * where it is written, not a raw key shown to a reader.
 */
export type MessageKey<Messages> = {
  [Key in keyof Messages & string]: Messages[Key] extends string
    ? WithoutPlural<Key>
    : `${Key}.${MessageKey<Messages[Key]>}`;
}[keyof Messages & string];

/** The keys of core's own namespace, which every element can use (states, data and storage problems). */
export type CoreKey = MessageKey<typeof coreMessages>;

/**
 * The words a view's templates are drawn with: the element's strings and core's (`t`), content
 * text as a string (`localize`), and content text for a template (`text`), marked with its language
 * when it is not the reader's (WCAG 3.1.2).
 */
export interface Words<Key extends string> {
  t(key: Key | CoreKey, options?: Record<string, unknown>): string;
  localize(text: LocalizedText | undefined): string;
  text(text: LocalizedText | undefined): string | TemplateResult;
}
