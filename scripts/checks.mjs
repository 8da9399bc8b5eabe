// The pass/fail bookkeeping of the scripted checks (test:pack, test:embedding): each check prints
// one line, and the totals go to DEVISUS_RESULTS_DIR/<name>.json for .ci/run's closing line.
import { failureLine, writeResults } from './results-file.mjs';

export function checkList(name) {
  const results = [];
  return {
    check(description, ok, detail = '') {
      results.push({ description, ok, detail });
      console.log(`${ok ? 'pass' : 'FAIL'}  ${description}${detail ? `: ${detail}` : ''}`);
      return ok;
    },
    /** Prints the totals, writes them for CI and returns the process exit code. */
    finish() {
      const failed = results.filter((result) => !result.ok).length;
      console.log(`${name}: ${results.length - failed} of ${results.length} checks passed`);
      const failures = results
        .filter((result) => !result.ok)
        .map((result) => failureLine(name, '', result.description, result.detail));
      writeResults(name, { passed: results.length - failed, failed, failures });
      return failed ? 1 : 0;
    },
  };
}
