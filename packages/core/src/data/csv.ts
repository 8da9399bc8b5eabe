import { ProblemError } from './problem.js';

/**
 * Reads CSV text (RFC 4180) into rows of cells: quoted cells may hold separators, quotes (`""`) and
 * line breaks; lines end with CRLF, LF or CR; a UTF-8 byte order mark is dropped; rows with only
 * blank cells are left out. The separator is guessed from the first line that is not blank (outside
 * quotes; inline CSV in a page often starts after a line break): the most
 * frequent of `,` `;` and tab (in that order on a tie, `,` when there is none), as spreadsheets in
 * many languages write `;`.
 *
 * An unclosed quote throws a `ProblemError` with the key `error.csvQuote` and the `line` it starts on;
 * an element that reads CSV gives that key a sentence in its own locales.
 */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const head = input.replace(/"(?:[^"]|"")*"/g, '').match(/[^\r\n]*\S[^\r\n]*/)?.[0] ?? '';
  const separator = [',', ';', '\t'].reduce((best, char) =>
    head.split(char).length > head.split(best).length ? char : best,
  );
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoteStart = -1;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let index = 0; index < input.length; index++) {
    const char = input[index];
    if (quoteStart >= 0) {
      if (char !== '"') cell += char;
      else if (input[index + 1] === '"') cell += input[index++];
      else quoteStart = -1;
    } else if (char === '"' && cell === '') quoteStart = index;
    else if (char === separator) endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[index + 1] === '\n') index++;
      endCell();
      if (row.some((value) => value.trim())) rows.push(row);
      row = [];
    } else cell += char;
  }
  if (quoteStart >= 0)
    throw new ProblemError({
      key: 'error.csvQuote',
      values: { line: input.slice(0, quoteStart).split(/\r\n?|\n/).length },
    });
  endCell();
  if (row.some((value) => value.trim())) rows.push(row);
  return rows;
}
