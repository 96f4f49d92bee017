// `npm test` after the build: the browser tests (web-test-runner, test/**/*.test.ts) and
// the page tests (node's test runner driving whole pages, test/**/*.test.mjs), then one
// closing line with both counts, `N passed, N failed, N skipped`, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const wtrSummary = join(tmpdir(), `rugwijzer-wtr-${process.pid}.json`);
const nodeTap = join(tmpdir(), `rugwijzer-pages-${process.pid}.tap`);
const totals = { passed: 0, failed: 0, skipped: 0 };

const wtr = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, RUG_SUMMARY_FILE: wtrSummary },
});
if (existsSync(wtrSummary)) {
  const counted = JSON.parse(readFileSync(wtrSummary, 'utf8'));
  for (const key of Object.keys(totals)) totals[key] += counted[key];
  rmSync(wtrSummary);
} else if (wtr.status !== 0) {
  totals.failed += 1; // the runner stopped before it could count (a missing browser, say)
}

/** `*.test.mjs` files below test/, run by node's test runner. */
function pageTests(dir = 'test') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pageTests(path);
    return entry.name.endsWith('.test.mjs') ? [path] : [];
  });
}

const files = process.argv.length > 2 ? [] : pageTests();
if (files.length > 0) {
  const node = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${nodeTap}`,
      ...files,
    ],
    { stdio: 'inherit' },
  );
  const tap = existsSync(nodeTap) ? readFileSync(nodeTap, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  totals.skipped += count('skipped') + count('todo');
  if (node.status !== 0 && count('fail') + count('cancelled') === 0) totals.failed += 1;
  rmSync(nodeTap, { force: true });
}

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
