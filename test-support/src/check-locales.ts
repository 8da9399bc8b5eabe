// Shared by every package's translation test: compares each locale with English.
import { LOCALES, type Messages } from '@devisus/core';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') keys.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) keys.set(inner, text);
  }
  return keys;
}

/**
 * Lists what each shipped locale lacks compared with English: keys, the plural forms its language
 * needs (from Intl.PluralRules), and `{{variables}}`; also keys English does not have.
 */
export function checkLocales(name: string, locales: Partial<Record<string, Messages>>): string[] {
  const problems: string[] = [];
  const english = flatten(locales.en ?? {});
  const base = (key: string) => key.replace(PLURAL, '');
  const englishBases = new Set([...english.keys()].map(base));
  const pluralBases = new Set([...english.keys()].filter((key) => PLURAL.test(key)).map(base));
  for (const locale of LOCALES) {
    const messages = locales[locale];
    if (!messages) {
      problems.push(`${name}: no ${locale} locale`);
      continue;
    }
    const keys = flatten(messages);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const key of englishBases) {
      const needed = pluralBases.has(key) ? categories.map((category) => `${key}_${category}`) : [key];
      for (const wanted of needed) if (!keys.get(wanted)?.trim()) problems.push(`${name}: ${locale} lacks "${wanted}"`);
    }
    for (const [key, text] of keys) {
      if (!englishBases.has(base(key))) problems.push(`${name}: ${locale} has "${key}", unknown in English`);
      const source = english.get(key) ?? english.get(`${base(key)}_other`) ?? '';
      const given = new Set(text.match(/{{\w+}}/g) ?? []);
      for (const variable of source.match(/{{\w+}}/g) ?? []) {
        if (!given.has(variable)) problems.push(`${name}: ${locale} "${key}" drops ${variable}`);
      }
    }
  }
  return problems;
}

/** Imports `locales/<locale>.js` for every shipped locale through `load`. */
export async function loadAll(
  load: (locale: string) => Promise<{ default: Messages }>,
): Promise<Record<string, Messages>> {
  const entries = await Promise.all(LOCALES.map(async (locale) => [locale, (await load(locale)).default] as const));
  return Object.fromEntries(entries);
}
