// Numbers, dates and lists in the reader's conventions, through Intl. Formatters are costly to
// build and cheap to reuse, so each one is kept per language and options.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  kind: string,
  language: string,
  options: object | undefined,
  create: () => F,
): F {
  const key = `${kind}|${language}|${JSON.stringify(options ?? {})}`;
  let formatter = cache.get(key) as F | undefined;
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(language: string, value: number, options?: Intl.NumberFormatOptions): string {
  return cached('n', language, options, () => new Intl.NumberFormat(language, options)).format(value);
}

export function formatDate(
  language: string,
  value: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return cached('d', language, options, () => new Intl.DateTimeFormat(language, options)).format(date);
}

export function formatList(language: string, items: readonly string[], options?: Intl.ListFormatOptions): string {
  return cached('l', language, options, () => new Intl.ListFormat(language, options)).format(items);
}

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * A country or region code (ISO 3166-1, e.g. `FR`) as its name in `language` ("France", "Francia"),
 * with English behind a language the browser has no names for, and the code itself when the code
 * is unknown or malformed. One formatter per language, built on first use.
 */
export function regionName(language: string, code: string): string {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'code' });
    regionNames.set(language, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    // A code Intl refuses outright (`F`, `123x`): shown as given rather than thrown into the page.
    return code;
  }
}
