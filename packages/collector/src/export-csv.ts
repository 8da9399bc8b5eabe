import { csvCell, type ResponseRecord, type SurveyModel } from '@devisus/survey/data';

const META = ['id', 'surveyId', 'locale', 'startedAt', 'completedAt'] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Responses as the CSV that <devisus-survey-results> reads back (its "own export" layout): one row
 * per response, one column per question, checkbox and ranking answers joined by "; ", a matrix in
 * one `name.row` column per row, "other" texts in `name-Comment`. The response's id, locale and
 * dates come first. Columns follow the survey's question order when its definition is known.
 */
export function responsesCsv(records: readonly ResponseRecord[], model?: SurveyModel): string {
  const columns = new Map<string, { key: string; sub?: string }>();
  for (const record of records) {
    for (const [key, value] of Object.entries(record.data)) {
      if (isObject(value)) for (const sub of Object.keys(value)) columns.set(`${key}.${sub}`, { key, sub });
      else columns.set(key, { key });
    }
  }
  const order = model ? [...model.questions.keys()] : [];
  const rank = (key: string) => {
    const base = key.endsWith('-Comment') ? key.slice(0, -'-Comment'.length) : key;
    const index = order.indexOf(base);
    return index < 0 ? order.length : index;
  };
  const names = [...columns.keys()].sort(
    (a, b) => rank(columns.get(a)!.key) - rank(columns.get(b)!.key) || (model ? 0 : a.localeCompare(b)),
  );
  const lines = [[...META, ...names]];
  for (const record of records) {
    const cells = names.map((name) => {
      const { key, sub } = columns.get(name)!;
      const value = sub === undefined ? record.data[key] : (record.data[key] as Record<string, unknown>)?.[sub];
      return cell(isObject(record.data[key]) && sub === undefined ? undefined : value);
    });
    lines.push([...META.map((field) => String(record[field] ?? '')), ...cells]);
  }
  return lines.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value))
    return value.map((item) => (isObject(item) ? JSON.stringify(item) : String(item))).join('; ');
  if (isObject(value)) return JSON.stringify(value);
  return String(value);
}
