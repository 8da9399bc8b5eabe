import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { type Locale, type LocaleLoaders, type Messages } from './locales.js';

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

const loaders = new Map<string, LocaleLoaders>();
const loading = new Map<string, Promise<void>>();

/** Makes a namespace known: English now, the other locales when first asked for. */
export function registerTranslations(namespace: string, english: Messages, localeLoaders: LocaleLoaders): void {
  if (!i18n.hasResourceBundle('en', namespace)) i18n.addResourceBundle('en', namespace, english);
  loaders.set(namespace, localeLoaders);
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
    const loader = loaders.get(namespace)?.[locale];
    pending = (loader ? loader() : Promise.reject(new Error(`no loader for ${id}`)))
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

/** A translate function bound to a locale, looking keys up in `namespaces` in order. */
export function translator(locale: Locale, namespaces: readonly string[]): TFunction {
  return i18n.getFixedT(locale, namespaces as string[]);
}
