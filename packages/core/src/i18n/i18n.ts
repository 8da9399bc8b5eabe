import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { type Locale, type LocaleLoaders, type LocaleTable, type Messages } from './locales.js';

/**
 * The library's own i18next instance. Never the global one: the host page may use i18next itself,
 * with its own language and resources.
 */
export const i18n: I18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: {},
  // Lit renders every interpolated value as text, so i18next must not escape it a second time.
  interpolation: { escapeValue: false },
  initAsync: false,
});
// Figures in messages (`{{max, number}}`) follow the CLDR minimum-grouping rule, as many style guides
// do: no separator below 10,000, so a year reads "2030", not "2,030"; larger numbers keep theirs.
i18n.services.formatter?.add('number', (value: number, language: string | undefined, options: object) =>
  value.toLocaleString(language, { useGrouping: 'min2', ...options }),
);

const tables = new Map<string, LocaleTable>();
const loading = new Map<string, Promise<void>>();

/**
 * Makes a namespace known: English now, the other locales when first asked for. `localeLoaders` is
 * the table of loaders, or a function that imports it: a package passes the latter, so that an
 * English page downloads no line of the table, whatever the number of languages.
 */
export function registerTranslations(namespace: string, english: Messages, localeLoaders: LocaleTable): void {
  if (!i18n.hasResourceBundle('en', namespace)) i18n.addResourceBundle('en', namespace, english);
  tables.set(namespace, localeLoaders);
}

/** Loads `locale` for each namespace. A locale that fails to load leaves English in place. */
export function loadTranslations(locale: Locale, namespaces: readonly string[]): Promise<void> {
  return Promise.all(namespaces.map((namespace) => loadOne(locale, namespace))).then(() => undefined);
}

/** True when every namespace is ready in `locale`, so rendering need not wait. */
export function hasTranslations(locale: Locale, namespaces: readonly string[]): boolean {
  return locale === 'en' || namespaces.every((namespace) => i18n.hasResourceBundle(locale, namespace));
}

function loadOne(locale: Locale, namespace: string): Promise<void> {
  if (locale === 'en' || i18n.hasResourceBundle(locale, namespace)) return Promise.resolve();
  const id = `${namespace}/${locale}`;
  let pending = loading.get(id);
  if (!pending) {
    pending = loaderOf(namespace, locale)
      .then((loader) => (loader ? loader() : Promise.reject(new Error(`no loader for ${id}`))))
      .then((module) => {
        i18n.addResourceBundle(locale, namespace, module.default);
      })
      .catch((error: unknown) => {
        loading.delete(id); // let a later visit retry, e.g. once back online
        console.warn(`DEVISUS: ${id} translations not loaded; English shown.`, error);
      });
    loading.set(id, pending);
  }
  return pending;
}

/** The loader of `locale` in a namespace's table, importing the table first when it is lazy. */
async function loaderOf(
  namespace: string,
  locale: Exclude<Locale, 'en'>,
): Promise<LocaleLoaders[typeof locale] | undefined> {
  let table = tables.get(namespace);
  if (typeof table === 'function') {
    table = (await table()).loaders;
    tables.set(namespace, table);
  }
  return table?.[locale];
}

/** A translate function bound to a locale, looking keys up in `namespaces` in order. */
export function translator(locale: Locale, namespaces: readonly string[]): TFunction {
  return i18n.getFixedT(locale, namespaces as string[]);
}
