// A reporter for node's test runner (`node --test --test-reporter=./scripts/node-results-reporter.mjs`)
// that counts results and, when DEVISUS_RESULTS_DIR is set, writes them to node-<name>.json there for
// .ci/run's closing line. Node's own spec reporter still prints the details (see package.json).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export default async function* resultsReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Suites report too; only count leaf tests (a suite's `details.type` is 'suite').
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') {
      if (event.data.skip || event.data.todo) totals.skipped++;
      else totals.passed++;
    } else if (event.type === 'test:fail' && event.data.details?.type !== 'suite') {
      totals.failed++;
    }
  }
  if (process.env.DEVISUS_RESULTS_DIR) {
    const name = process.env.DEVISUS_RESULTS_NAME ?? 'node';
    writeFileSync(join(process.env.DEVISUS_RESULTS_DIR, `${name}.json`), JSON.stringify(totals));
  }
  yield '';
}
