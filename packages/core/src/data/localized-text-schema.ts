import * as v from 'valibot';

/**
 * A LocalizedText field of content data: a non-empty string, or an object with at least one
 * language (`{}` would show nothing and is reported as missing).
 */
export const localizedTextSchema = v.union([
  v.pipe(v.string(), v.minLength(1)),
  v.pipe(
    v.record(v.string(), v.string()),
    v.check((text) => Object.values(text).some((value) => value.length > 0), 'error.missing'),
  ),
]);
