import { parseCsv } from '@devisus/core/files';

/**
 * Reads practices from CSV, one row per practice, as most networks keep them in a spreadsheet.
 * Columns (header names, any order; see docs/practices/csv.md):
 *   id, title, summary, problem, approach, results, evaluationMethod, evaluationMethodLabel,
 *   transferability, resources,
 *   region, city    - text; add `:fr`, `:en`... for one column per language (title:fr); a plain
 *                     column beside them (title) is the English, default text unless `title:en` is given
 *   organisations   - names separated by ";"
 *   country, themes, dimensions, languages - values separated by ";"
 *   lat, lon        - decimal degrees
 *   start, end      - dates (2022-09 or 2022-09-15)
 *   links           - "label|url" pairs separated by ";"
 *   image, image_alt, source, source_url, licence, evaluationMethodId
 * The separator (`,` `;` or tab), quotes, line ends and a byte order mark are handled by core's reader.
 * The result is then validated like JSON data, so a bad row is named precisely.
 */
export function practicesFromCsv(text: string): Record<string, unknown>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const columns = header.map((name) => name.trim());
  return rows
    .filter((row) => row.some((cell) => cell.trim()))
    .map((row) => {
      const cells = new Map<string, string>();
      columns.forEach((column, index) => cells.set(column, (row[index] ?? '').trim()));
      return toPractice(cells);
    });
}

/** A practice record's fields that hold a LocalizedText (one column per language in a CSV export). */
export const TEXT_FIELDS = [
  'title',
  'summary',
  'problem',
  'approach',
  'results',
  'evaluationMethod',
  'evaluationMethodLabel',
  'transferability',
  'resources',
  'region',
  'city',
];
const LIST_FIELDS = ['country', 'themes', 'dimensions', 'languages'];

function toPractice(cells: Map<string, string>): Record<string, unknown> {
  const practice: Record<string, unknown> = { id: cells.get('id') ?? '' };
  const list = (value: string | undefined) =>
    value
      ? value
          .split(';')
          .map((item) => item.trim())
          .filter(Boolean)
      : [];
  for (const field of TEXT_FIELDS) {
    const plain = cells.get(field);
    const texts = Object.fromEntries(
      [...cells]
        .filter(([column, value]) => column.startsWith(`${field}:`) && value)
        .map(([column, value]) => [column.slice(field.length + 1), value]),
    );
    if (plain && Object.keys(texts).length) texts.en ??= plain;
    if (Object.keys(texts).length) practice[field] = texts;
    else if (plain) practice[field] = plain;
  }
  for (const field of LIST_FIELDS) if (cells.get(field)) practice[field] = list(cells.get(field));
  const countries = practice.country as string[] | undefined;
  practice.country = countries && countries.length === 1 ? countries[0] : (countries ?? []);
  practice.themes ??= [];
  practice.organisations = list(cells.get('organisations')).map((name) => ({ name }));
  const lat = cells.get('lat');
  const lon = cells.get('lon');
  if (lat && lon) practice.location = { lat: Number(lat), lon: Number(lon) };
  const start = cells.get('start');
  const end = cells.get('end');
  if (start || end) practice.timeframe = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  const links = list(cells.get('links')).map((pair) => {
    const [label, url] = pair.split('|');
    return { label: label.trim(), url: (url ?? label).trim() };
  });
  if (links.length) practice.links = links;
  if (cells.get('image')) practice.image = { src: cells.get('image'), alt: cells.get('image_alt') ?? '' };
  if (cells.get('source'))
    practice.source = {
      project: cells.get('source'),
      ...(cells.get('source_url') ? { url: cells.get('source_url') } : {}),
    };
  for (const field of ['licence', 'evaluationMethodId']) if (cells.get(field)) practice[field] = cells.get(field);
  return practice;
}
