// A web-test-runner reporter that counts test results per browser, prints the browsers' versions,
// and, when DEVISUS_RESULTS_DIR is set, writes the totals to wtr.json there for .ci/run's closing
// line. A browser that ran no test counts as a failure: a suite that silently skips Firefox is not
// a passing suite.
import { browserVersions } from './browsers.mjs';
import { writeResults } from './results-file.mjs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

/** Per-browser totals of a finished run; a file that failed to load counts as one failed test. */
export function countByBrowser(sessions, browserNames) {
  const byBrowser = Object.fromEntries(browserNames.map((name) => [name, { passed: 0, failed: 0, skipped: 0 }]));
  for (const session of sessions) {
    const totals = (byBrowser[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0 });
    count(session.testResults, totals);
    if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
  }
  return byBrowser;
}

export function resultsReporter() {
  let browserNames = [];
  return {
    start(args) {
      browserNames = args.browserNames ?? [];
    },
    onTestRunFinished({ sessions }) {
      const byBrowser = countByBrowser(sessions, browserNames);
      const totals = { passed: 0, failed: 0, skipped: 0 };
      console.log('');
      for (const [name, result] of Object.entries(byBrowser)) {
        const ran = result.passed + result.failed;
        if (ran === 0) result.failed++;
        totals.passed += result.passed;
        totals.failed += result.failed;
        totals.skipped += result.skipped;
        result.version = browserVersions.get(name) ?? 'version unknown';
        console.log(
          ran === 0
            ? `${name} (${result.version}) ran no test`
            : `${name} (${result.version}) ran ${ran} tests, ${result.failed} of them failing`,
        );
      }
      writeResults('wtr', { ...totals, browsers: byBrowser });
    },
  };
}
