/**
 * One CSV cell. A cell a spreadsheet would run as a formula (starting with =, +, -, @) gets an
 * apostrophe: answers are text, not code. Negative numbers stay numbers.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
