// A web-test-runner reporter that counts test results across browsers and, when
// DEVISUS_RESULTS_DIR is set, writes them to wtr.json there for .ci/run's closing line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function resultsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or run has errors but no failed test: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)
          totals.failed++;
      }
      if (process.env.DEVISUS_RESULTS_DIR) {
        writeFileSync(join(process.env.DEVISUS_RESULTS_DIR, 'wtr.json'), JSON.stringify(totals));
      }
    },
  };
}
