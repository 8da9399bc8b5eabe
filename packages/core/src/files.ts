// Helpers for elements that hand files to the reader or read files: a separate entry point, so that
// core's main entry (what every element loads) stays within its budget.
export { download } from './data/download.js';
export { csvCell } from './data/csv-cell.js';
export { parseCsv } from './data/csv.js';
