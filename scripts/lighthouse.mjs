// `npm run lighthouse`: Lighthouse 12 (pinned: 13 needs Node 22) on demo/index.html in the
// system Chromium, 3 runs with its default config (mobile, simulated throttling).
// Accessibility, best practices and SEO must be 100 in every run (exit 1 otherwise);
// performance varies with the machine, so it is reported as the median of the runs.
// Writes the median run's summary to bench/results/lighthouse.json.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '../bench/server.mjs';

const RUNS = 3;
const PAGE = '/demo/index.html';
const STRICT = ['accessibility', 'best-practices', 'seo'];
const CATEGORIES = ['performance', ...STRICT];
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
};
// Audits without a pass/fail verdict: they never lower a category's score.
const UNSCORED = new Set(['informative', 'notApplicable', 'manual']);

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = fileURLToPath(new URL('../bench/results/lighthouse.json', import.meta.url));
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!existsSync(new URL('../dist/rugwijzer.js', import.meta.url))) {
  console.error('dist/rugwijzer.js is missing: run `npm run build` (npm run lighthouse does).');
  process.exit(2);
}

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const score = (lhr, id) => Math.round(lhr.categories[id].score * 100);

function failing(lhr) {
  return STRICT.flatMap((category) =>
    lhr.categories[category].auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => !UNSCORED.has(a.scoreDisplayMode) && (a.score === null || a.score < 1))
      .map((a) => ({ category, id: a.id, title: a.title, score: a.score })),
  );
}

function erroredIds(lhr) {
  return Object.values(lhr.audits)
    .filter((a) => a.scoreDisplayMode === 'error')
    .map((a) => a.id);
}

const server = await startServer(ROOT);
const url = server.origin + PAGE;
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    // A fresh browser (and profile) per run, as the Lighthouse CLI does: no warm caches.
    const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox'] });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      runs.push(result.lhr);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await server.close();
}

const row = (label, cells) => label.padEnd(16) + cells.map((c) => String(c).padStart(8)).join('');
const perf = runs.map((lhr) => score(lhr, 'performance'));
const { lighthouseVersion, configSettings } = runs[0];
console.log(`Lighthouse ${lighthouseVersion}, ${configSettings.formFactor}, ${url}`);
console.log(row('', [...runs.map((_, i) => `run ${i + 1}`), 'median']));
console.log(row('performance', [...perf, median(perf)]));
for (const id of STRICT) {
  const scores = runs.map((lhr) => score(lhr, id));
  console.log(row(id, scores));
}
for (const [name, id] of Object.entries(METRICS)) {
  const value = median(runs.map((lhr) => lhr.audits[id].numericValue));
  const shown = name === 'CLS' ? value.toFixed(3) : `${Math.round(value)} ms`;
  console.log(row(name, [...runs.map((lhr) => lhr.audits[id].displayValue), shown]));
}

// Every run's failures, once each: a page that fails only sometimes still fails.
const failures = [...new Map(runs.flatMap(failing).map((f) => [f.id, f])).values()];
for (const f of failures) console.log(`FAIL ${f.category}: ${f.id}: ${f.title}`);
// Lighthouse 12 cannot read some of a newer Chromium's trace (e.g. layout-shifts): those
// diagnostics (weight 0) error without changing a score, so they are only named.
const errored = new Set(runs.flatMap((lhr) => erroredIds(lhr)));
if (errored.size > 0) console.log(`Errored (unscored): ${[...errored].join(', ')}`);
const below = STRICT.filter((id) => runs.some((lhr) => score(lhr, id) < 100));

const lhr = runs[perf.indexOf(median(perf))];
mkdirSync(dirname(OUT), { recursive: true });
const summary = {
  url,
  lighthouseVersion: lhr.lighthouseVersion,
  userAgent: lhr.environment.hostUserAgent,
  fetchTime: lhr.fetchTime,
  formFactor: lhr.configSettings.formFactor,
  performanceRuns: perf,
  scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(lhr, id)])),
  metrics: Object.fromEntries(
    Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id].numericValue]),
  ),
  failing: failing(lhr),
  errored: erroredIds(lhr),
};
writeFileSync(OUT, JSON.stringify(summary, null, 2) + '\n');
console.log(`Median run's summary: ${OUT}`);

if (below.length > 0) {
  console.error(`Below 100: ${below.join(', ')}`);
  process.exit(1);
}
