// Ends the test output with one line, `N passed, N failed, N skipped`, which CI reads.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  let sessionErrors = 0;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      sessionErrors = 0;
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load has no test results but must not pass unseen.
        if (!session.passed && (session.errors?.length ?? 0) > 0) sessionErrors++;
      }
      totals.failed += sessionErrors;
    },
    stop() {
      // scripts/test.mjs adds these to the page tests' and prints the one closing line.
      if (process.env.RUG_SUMMARY_FILE) {
        writeFileSync(process.env.RUG_SUMMARY_FILE, JSON.stringify(totals));
        return;
      }
      // On exit, so that nothing the runner prints after its reporters comes below it.
      process.once('exit', () => {
        console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      });
    },
  };
}
