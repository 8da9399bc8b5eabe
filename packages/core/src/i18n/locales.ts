/**
 * The languages every DEVISUS element speaks: English, bundled and the source of every other, then
 * the other official languages of the EU, Catalan, Basque and Galician, each loaded on demand.
 */
export const LOCALES = [
  'en',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'eu',
  'fi',
  'fr',
  'ga',
  'gl',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;

export type Locale = (typeof LOCALES)[number];

/** A namespace's translations: nested objects of strings (i18next's JSON format, v4 plurals). */
export interface Messages {
  [key: string]: string | Messages;
}

/** Loads one non-English locale of a namespace, typically `() => import('./locales/fr.js')`. */
export type LocaleLoaders = Record<Exclude<Locale, 'en'>, () => Promise<{ default: Messages }>>;

/**
 * What `registerTranslations` takes: loaders by locale (those left out show English), or a function
 * importing a generated table, `() => import('./locales/loaders.generated.js')`, which keeps the table
 * itself out of the code every page downloads.
 */
export type LocaleTable = Partial<LocaleLoaders> | (() => Promise<{ loaders: LocaleLoaders }>);

/** Picks the shipped UI locale for a BCP 47 tag: `fr-BE` gives `fr`, an unknown language gives `undefined`. */
export function matchLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const language = tag.toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : undefined;
}
