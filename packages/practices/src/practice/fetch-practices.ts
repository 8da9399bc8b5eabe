import { fetchJson, fetchText } from '@devisus/core';

/**
 * Fetches practices for an element's `src`: JSON, or a spreadsheet export when the address ends
 * in .csv, whose reader loads only then. An unclosed quote throws a problem (`error.csvQuote`)
 * that names its line.
 */
export async function fetchPractices(url: string, signal: AbortSignal): Promise<unknown> {
  if (!/\.csv([?#]|$)/i.test(url)) return fetchJson(url, signal);
  const [text, { practicesFromCsv }] = await Promise.all([fetchText(url, signal, 'text/csv'), import('./csv.js')]);
  return practicesFromCsv(text);
}
