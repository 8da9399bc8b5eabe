import type coreMessages from './locales/en.js';

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
