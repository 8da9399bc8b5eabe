/** Every value in the data, depth first, with its path (`dimensions.0.title`). */
export function* walk(value: unknown, path = ''): Generator<[string, unknown]> {
  yield [path, value];
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* walk(child, path ? `${path}.${key}` : key);
  }
}

/** Where a set of data keeps its translated texts, and in which languages each must be written. */
export interface TextRule {
  /** The fields that hold a translated text. */
  fields: ReadonlySet<string>;
  /** The keys each translated text must have, each a non-empty string. */
  languages: readonly string[];
  /** Whether a value under any other field is a translated text all the same. */
  isText?: (value: unknown) => boolean;
}

/** The translated texts found, and the paths of those not written in every language of the rule. */
export function checkTexts(data: unknown, rule: TextRule): { count: number; problems: string[] } {
  let count = 0;
  const problems: string[] = [];
  for (const [path, value] of walk(data)) {
    if (!rule.fields.has(path.split('.').pop()!) && !rule.isText?.(value)) continue;
    count++;
    const text = value as Record<string, unknown> | null;
    const ok =
      !!text &&
      typeof text === 'object' &&
      rule.languages.every((language) => typeof text[language] === 'string' && text[language].trim() !== '');
    if (!ok) problems.push(path);
  }
  return { count, problems };
}
