/**
 * Characters that make a spreadsheet read a cell as a formula, as OWASP's CSV injection page lists
 * them (=, +, -, @, tab, carriage return), with the line feed and the full-width forms that some
 * spreadsheets fold to them, even after leading spaces.
 */
const FORMULA = /^[\s\u00a0\u3000]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;
/**
 * A plain negative number, which a spreadsheet reads as a number: it stays one. (A leading `+` is
 * guarded even before digits, as some spreadsheets turn it into a formula.)
 */
const NEGATIVE = /^-(\d+([.,]\d+)?|[.,]\d+)([eE][-+]?\d+)?$/;

/**
 * One CSV cell. A cell a spreadsheet would run as a formula gets an apostrophe in front, as OWASP
 * recommends: answers are text, not code. A cell with a comma, a semicolon (the separator of
 * spreadsheets set to many European languages), a quote or a line break is quoted.
 */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) && !NEGATIVE.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
