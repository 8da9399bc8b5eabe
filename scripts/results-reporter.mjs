// A web-test-runner reporter that counts test results per browser, prints the browsers' versions,
// and, when DEVISUS_RESULTS_DIR is set, writes the totals to wtr.json there for .ci/run's closing
// line. A browser that ran no test counts as a failure: a suite that silently skips Firefox is not
// a passing suite. The failed tests are listed by name too, so that the end of a long CI log says
// which test failed, in which browser and why.
import { relative } from 'node:path';
import { browserVersions } from './browsers.mjs';
import { failureLine, writeResults } from './results-file.mjs';

function count(suite, totals, failure, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      failure([...path, test.name].join(' › '), test.error?.message);
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, failure, [...path, child.name]);
}

/**
 * Per-browser totals of a finished run, and the failures ({ browser, file, test, error }); a file
 * that failed to load counts as one failed test.
 */
function countByBrowser(sessions, browserNames) {
  const byBrowser = Object.fromEntries(browserNames.map((name) => [name, { passed: 0, failed: 0, skipped: 0 }]));
  const failures = [];
  for (const session of sessions) {
    const browser = session.browser.name;
    const file = relative(process.cwd(), session.testFile ?? '');
    const totals = (byBrowser[browser] ??= { passed: 0, failed: 0, skipped: 0 });
    count(session.testResults, totals, (test, error) => failures.push({ browser, file, test, error }));
    if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
      totals.failed++;
      failures.push({ browser, file, test: '(the file did not run)', error: session.errors?.[0]?.message });
    }
  }
  return { byBrowser, failures };
}

export function resultsReporter() {
  let browserNames = [];
  return {
    start(args) {
      browserNames = args.browserNames ?? [];
    },
    onTestRunFinished({ sessions }) {
      const { byBrowser, failures } = countByBrowser(sessions, browserNames);
      const totals = { passed: 0, failed: 0, skipped: 0 };
      console.log('');
      for (const [name, result] of Object.entries(byBrowser)) {
        const ran = result.passed + result.failed;
        if (ran === 0) {
          result.failed++;
          failures.push({ browser: name, file: '', test: '(no test ran in this browser)' });
        }
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
      const lines = failures.map(({ browser, file, test, error }) => failureLine(browser, file, test, error));
      for (const line of lines) console.log(line);
      writeResults('wtr', { ...totals, browsers: byBrowser, failures: lines });
    },
  };
}
