// `npm run bench`: bench/plain.html (the accordion's content as native <details>, no
// script) and bench/page.html (the built bundle, one rug-info-accordion per repeat), loaded
// side by side in one run in the system Chromium through playwright-core, for each N and
// CPU throttling rate, in an order that rotates, a fresh browser context per load. At the
// smallest N also one course checker, one contact card and the three together (page.html
// with ?elements=, see server.mjs), for their long tasks; and per round and rate a person typing a check-in
// into the course checker (Event Timing).
// Prints a table of ratios to plain and writes bench/results/latest.json (every sample).
// Absolute times on a shared machine are noise; the ratios within one run are the figure.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus as machineCpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { measureCycles, measureLoad, measureTyping, VIEWPORT } from './measure.mjs';
import { formatReport, summarize } from './report.mjs';
import { startServer } from './server.mjs';

const HELP = `node bench/run.mjs [options]   (npm run bench -- [options] builds first)
  --rounds R      rounds of loads (default 5)
  --n LIST        instance counts (default 1,10,100)
  --cpu LIST      CPU throttling rates (default 1,4)
  --latency MS    delay added to every response under dist/ (default 0)
  --settle MS     wait after the first frame after rendered (default 500)
  --cycles C      create/remove cycles for the growth check (default 100; 0 = skip)
  --warmup W      unmeasured cycles before it, for V8's tiers and caches (default 300)
  --out FILE      JSON output (default bench/results/latest.json)
Chromium: CHROME_PATH, else /usr/bin/chromium.`;

const { values: opt } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    n: { type: 'string', default: '1,10,100' },
    cpu: { type: 'string', default: '1,4' },
    latency: { type: 'string', default: '0' },
    settle: { type: 'string', default: '500' },
    cycles: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '300' },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  console.log(HELP);
  process.exit(0);
}

function numbers(text, flag, min) {
  const list = text.split(',').map(Number);
  if (list.some((v) => !Number.isFinite(v) || v < min)) {
    console.error(`bad ${flag} ${text}\n\n${HELP}`);
    process.exit(2);
  }
  return list;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const rounds = numbers(opt.rounds, '--rounds', 1)[0];
const ns = numbers(opt.n, '--n', 1).map(Math.round);
const cpus = numbers(opt.cpu, '--cpu', 1);
const latencyMs = numbers(opt.latency, '--latency', 0)[0];
const settleMs = numbers(opt.settle, '--settle', 0)[0];
const cycles = numbers(opt.cycles, '--cycles', 0)[0];
const warmup = numbers(opt.warmup, '--warmup', 0)[0];
const outFile = opt.out ?? fileURLToPath(new URL('./results/latest.json', import.meta.url));
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

if (!existsSync(new URL('../dist/rugwijzer.js', import.meta.url))) {
  console.error('dist/rugwijzer.js is missing: run `npm run build` (npm run bench does).');
  process.exit(2);
}
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}: install it or set CHROME_PATH.`);
  process.exit(2);
}

const PAGES = {
  plain: '/bench/plain.html',
  project: '/bench/page.html',
  checker: '/bench/page.html?elements=rug-course-checker',
  card: '/bench/page.html?elements=rug-contact-card',
  all: '/bench/page.html?elements=rug-info-accordion,rug-course-checker,rug-contact-card',
};
/** Loaded at every N; the others at the smallest N only (one element of a kind on a page). */
const SCALED = ['plain', 'project'];
const started = Date.now();
const loadavgBefore = loadavg();
const server = await startServer(ROOT, { latencyMs });
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const samples = [];
const cycleResults = [];
const typing = [];
const problems = new Set();
const urlOf = (kind, n) =>
  `${server.origin}${PAGES[kind]}${PAGES[kind].includes('?') ? '&' : '?'}n=${n}`;
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

try {
  // Warm-up, discarded: the first load of each page pays for things later ones do not.
  for (const kind of Object.keys(PAGES)) {
    await measureLoad(browser, urlOf(kind, 1), { kind, cpu: 1, settleMs: 0 });
  }
  let group = 0;
  for (let round = 1; round <= rounds; round++) {
    for (const cpu of cpus) {
      for (const n of ns) {
        const kinds = n === Math.min(...ns) ? Object.keys(PAGES) : SCALED;
        const shift = group++ % kinds.length;
        const order = [...kinds.slice(shift), ...kinds.slice(0, shift)];
        for (const kind of order) {
          const sample = await measureLoad(browser, urlOf(kind, n), { kind, cpu, settleMs });
          for (const p of sample.problems) problems.add(`${kind} n=${n}: ${p}`);
          samples.push({ round, cpu, n, kind, first: kind === order[0], ...sample });
        }
      }
    }
    for (const cpu of cpus) {
      const result = await measureTyping(browser, urlOf('checker', 1), { cpu, settleMs });
      for (const p of result.problems) problems.add(`typing ${cpu}×: ${p}`);
      typing.push({ round, cpu, ...result });
    }
    if (cycles > 0) {
      const result = await measureCycles(browser, urlOf('project', 1), { cycles, warmup });
      for (const p of result.problems) problems.add(`cycles: ${p}`);
      cycleResults.push({ round, ...result });
    }
    process.stderr.write(`round ${round}/${rounds} done (${elapsed()})\n`);
  }

  const settings = {
    rounds,
    ns,
    cpus,
    latencyMs,
    settleMs,
    cycles,
    warmup,
    browser: `Chromium ${browser.version()}`,
    viewport: `${VIEWPORT.width}×${VIEWPORT.height}`,
  };
  const summary = summarize(samples, cycleResults, typing, settings);
  const machine = {
    cpus: machineCpus().length,
    loadavgBefore,
    loadavg: loadavg(),
    node: process.version,
  };
  console.log(formatReport(summary, settings, machine));
  if (problems.size) console.log(`\nProblems seen:\n  ${[...problems].join('\n  ')}`);
  console.log(`\n${samples.length} loads in ${elapsed()}; written to ${outFile}`);

  mkdirSync(dirname(outFile), { recursive: true });
  const record = { date: new Date().toISOString(), settings, machine, summary, samples, typing };
  writeFileSync(outFile, JSON.stringify({ ...record, cycles: cycleResults }, null, 2) + '\n');
} finally {
  await browser.close();
  await server.close();
}
