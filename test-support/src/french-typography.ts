// French typography, as French publishers set it: a no-break space (U+00A0, or the narrow one,
// U+202F) before : ; ? ! and inside « », and the typographic apostrophe (’) rather than the
// typewriter one ('). Used by the test that reads every French string the project ships.

/** Placeholders and addresses are not prose: `{{count}}`, `https://…`, `{ value, na }`, `10:30`. */
const NOT_PROSE = /{{[^}]*}}|\bhttps?:\/\/\S+|\bmailto:\S+|{[^{}]*}|\d:\d/g;
const SPACE_BEFORE = /[\u00a0\u202f]/;

/** What is wrong with `text`, one phrase each, quoting the place; empty when it is well set. */
export function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  const prose = text.replace(NOT_PROSE, (match) => 'x'.repeat(match.length));
  const around = (index: number) => JSON.stringify(text.slice(Math.max(0, index - 12), index + 4));
  for (const [index, char] of [...prose].entries()) {
    if (char === "'") problems.push(`straight apostrophe in ${around(index)}`);
    if (':;?!»'.includes(char) && index > 0 && !SPACE_BEFORE.test(prose[index - 1]))
      // "?!" and "!!" count as one mark.
      if (!':;?!'.includes(prose[index - 1])) problems.push(`no no-break space before ${char} in ${around(index)}`);
    if (char === '«' && !SPACE_BEFORE.test(prose[index + 1] ?? ''))
      problems.push(`no no-break space after « in ${around(index)}`);
  }
  return problems;
}

/** Every French string in a value: `fr` fields of LocalizedText (and SurveyJS texts), with its path. */
export function frenchStrings(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => frenchStrings(item, `${path}[${index}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]): [string, string][] =>
    key === 'fr' && typeof inner === 'string' ? [[`${path}.fr`, inner]] : frenchStrings(inner, `${path}.${key}`),
  );
}

/** Every string of a locale's messages (nested objects of strings), with its key. */
export function allStrings(messages: unknown, path = ''): [string, string][] {
  if (typeof messages === 'string') return [[path, messages]];
  if (!messages || typeof messages !== 'object') return [];
  return Object.entries(messages).flatMap(([key, inner]) => allStrings(inner, path ? `${path}.${key}` : key));
}
