import { ProblemError } from './problem.js';

/**
 * Reads CSV text (RFC 4180) into rows of cells: quoted cells may hold separators, quotes (`""`) and
 * line breaks; lines end with CRLF, LF or CR; a UTF-8 byte order mark is dropped; rows with only
 * blank cells are left out. The separator is guessed from the first line (outside quotes): the most
 * frequent of `,` `;` and tab, the first found on a tie, `,` when there is none, as spreadsheets in
 * many languages write `;`.
 *
 * An unclosed quote throws a `ProblemError` with the key `error.csvQuote` and the `line` it starts on;
 * an element that reads CSV gives that key a sentence in its own locales.
 */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const separator = guessSeparator(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const endRow = () => {
    row.push(cell);
    if (row.some((value) => value.trim())) rows.push(row);
    row = [];
    cell = '';
  };
  for (let index = 0; index < input.length; index++) {
    const char = input[index];
    if (char === '\n' || (char === '\r' && input[index + 1] !== '\n')) line++;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (input[index + 1] === '"') cell += input[index++];
      else quoted = false;
    } else if (char === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[index + 1] === '\n') {
        index++;
        line++;
      }
      endRow();
    } else cell += char;
  }
  if (quoted) throw new ProblemError({ key: 'error.csvQuote', values: { line: quoteLine } });
  if (cell || row.length) endRow();
  return rows;
}

function guessSeparator(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else if (char === ',' || char === ';' || char === '\t') counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  let most = 0;
  for (const [char, count] of counts) if (count > most) [best, most] = [char, count];
  return best;
}
