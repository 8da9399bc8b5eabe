// A reporter for node's test runner (the scripts' tests, the collector's) that counts tests and,
// when DEVISUS_RESULTS_DIR is set, writes the counts and the failed tests' names to
// <DEVISUS_RESULTS_NAME or "node">.json there for .ci/run's closing lines. It prints nothing: the
// spec reporter, given alongside, does.
import { relative } from 'node:path';
import { failureLine, writeResults } from './results-file.mjs';

export default async function* nodeResultsReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details, skip, todo, name, file } = event.data;
    // Suites are counted through their tests, except a suite that failed outside them (a hook, a
    // file that does not load), which is one failure.
    if (details?.type === 'suite' && (event.type === 'test:pass' || details.error?.failureType === 'subtestsFailed'))
      continue;
    if (skip || todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else {
      totals.failed++;
      const why = details?.error?.cause?.message ?? details?.error?.message;
      totals.failures.push(failureLine('node', file && relative(process.cwd(), file), name, why));
    }
  }
  writeResults(process.env.DEVISUS_RESULTS_NAME ?? 'node', totals);
  yield '';
}
