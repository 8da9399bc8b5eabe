// Every counted test step leaves its totals in DEVISUS_RESULTS_DIR/<name>.json (when .ci/run sets
// the folder), and .ci/run adds them up into its closing "N passed, N failed" line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes a step's totals ({ passed, failed, skipped?, … }) for .ci/run; does nothing outside CI. */
export function writeResults(name, totals) {
  if (process.env.DEVISUS_RESULTS_DIR)
    writeFileSync(join(process.env.DEVISUS_RESULTS_DIR, `${name}.json`), JSON.stringify(totals));
}

/**
 * One failure as .ci/run lists it at the end of the log: where it ran (a browser, node, a check
 * list), the file when there is one, the test, and the first line of why (cut at 300 characters).
 */
export function failureLine(where, file, test, why) {
  const reason = String(why ?? '')
    .split('\n')[0]
    .slice(0, 300);
  return `FAILED [${where}] ${file ? `${file}: ` : ''}${test}${reason ? ` (${reason})` : ''}`;
}
