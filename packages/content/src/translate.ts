// Translations of the default material into more languages than its own (English and French).
//
// The texts written for the project stay the reference: each module keeps them as they are, and a
// translation lives beside it in `translations/<module>/<language>.ts`, one file per language, as a
// table from each text's path to its translation. A page in that language loads the module and
// that one file; a page in English loads neither. Since every translated text comes from such a
// file, the data says which texts are translations (a network reviews the file, not the module).

/** One language's texts for a module, by the path of each text (see `translatableTexts`). */
export type Translation = Readonly<Record<string, string>>;

/** The languages a module is translated into, each file loaded the first time a page asks for it. */
export type TranslationLoaders = Readonly<Record<string, () => Promise<{ default: Translation }>>>;

type Texts = { readonly [language: string]: string };

const LANGUAGE = /^(?:default|[a-z]{2,3}(?:-[A-Za-z0-9]+)*)$/;

/**
 * A text in several languages: an object of strings keyed by language tags, with English (`en`,
 * or SurveyJS's `default`) among them, as every text of the default material has.
 */
function isTexts(value: unknown): value is Texts {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    ('en' in value || 'default' in value) &&
    entries.every(([key, text]) => LANGUAGE.test(key) && typeof text === 'string')
  );
}

/**
 * A path segment for an item of a list: its `id`, `name` or `value`, or a GeoJSON feature's
 * `properties.id` (stable when the list is reordered or grows), else its position.
 */
function itemSegment(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const { id, name, value, properties } = item as {
      id?: unknown;
      name?: unknown;
      value?: unknown;
      properties?: { id?: unknown };
    };
    // A GeoJSON feature carries its id among its properties.
    for (const key of [id, name, value, properties?.id])
      if (typeof key === 'string' || typeof key === 'number') return String(key);
  }
  return String(index);
}

/**
 * A copy of `data` with each text replaced by what `change` gives for it and its path
 * (`dimensions.governance.title`), met in document order.
 */
function mapTexts(data: unknown, change: (texts: Texts, path: string) => Texts, path = ''): unknown {
  const join = (segment: string) => (path ? `${path}.${segment}` : segment);
  if (isTexts(data)) return change(data, path);
  if (Array.isArray(data)) return data.map((item, index) => mapTexts(item, change, join(itemSegment(item, index))));
  if (data && typeof data === 'object')
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, mapTexts(value, change, join(key))]));
  return data;
}

/** Every text of `data` by its path, in every language it is written in. */
export function textsOf(data: unknown): Map<string, Texts> {
  const texts = new Map<string, Texts>();
  mapTexts(data, (text, path) => {
    texts.set(path, text);
    return text;
  });
  return texts;
}

/** Every text of `data` by its path, with its English (for translators and for the checks). */
export function translatableTexts(data: unknown): Map<string, string> {
  return new Map([...textsOf(data)].map(([path, text]) => [path, text.en ?? text.default]));
}

/**
 * A copy of `data` in which every text that `translation` has gets it in `language`. A language the
 * text already has is kept: the module's own wording wins over a translation.
 */
export function withTranslation<T>(data: T, language: string, translation: Translation): T {
  return mapTexts(data, (text, path) =>
    language in text || !Object.hasOwn(translation, path) ? text : { ...text, [language]: translation[path] },
  ) as T;
}

/**
 * `data` with its texts in `language` too (a BCP 47 tag: `de-AT` reads the German file), when a
 * translation into it is shipped; else `data` itself, with nothing loaded.
 */
export async function translated<T>(data: T, language: string, loaders: TranslationLoaders): Promise<T> {
  const base = language.toLowerCase().split(/[-_]/)[0];
  if (!Object.hasOwn(loaders, base)) return data;
  const { default: translation } = await loaders[base]();
  return withTranslation(data, base, translation);
}
