// One measured page load, and the create/remove check, for `npm run bench`. Each uses a
// fresh browser context (empty cache) and sets CPU throttling through CDP before navigating.

import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';

const TIMEOUT_MS = 90_000;
export const VIEWPORT = { width: 390, height: 844 };
export const TAG = 'rug-info-accordion';
const ELEMENTS = 'rug-info-accordion, rug-course-checker, rug-contact-card';
/** A long task: the main thread busy for more than this, so input waits (Total Blocking Time). */
const LONG_TASK_MS = 50;

// Before any page script: long tasks, layout shifts and input events (Event Timing) from
// the start of the navigation.
const OBSERVE = `(() => {
  window.__longTasks = [];
  window.__events = [];
  for (const [type, list, options] of [
    ['longtask', window.__longTasks, {}],
    ['event', window.__events, { durationThreshold: 16 }],
  ]) {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) continue;
    new PerformanceObserver((entries) => list.push(...entries.getEntries())).observe({
      type,
      buffered: true,
      ...options,
    });
  }
  window.__shifts = [];
  if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return;
  const observer = new PerformanceObserver((list) => window.__shifts.push(...list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  window.__takeShifts = () => {
    window.__shifts.push(...observer.takeRecords());
    return window.__shifts
      .filter((e) => !e.hadRecentInput)
      .map((e) => ({
        value: e.value,
        sources: e.sources.map((s) => {
          const r = (x) => [x.x, x.y, x.width, x.height].map(Math.round).join(',');
          return (s.node?.nodeName ?? '?') + ' ' + r(s.previousRect) + ' → ' + r(s.currentRect);
        }),
      }));
  };
})();`;

const brotliCache = new Map();
/** Brotli (quality 11) size of a response body, as a server would send it. */
export function brotliSize(buffer) {
  const key = createHash('sha1').update(buffer).digest('hex');
  if (!brotliCache.has(key)) {
    const params = {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    };
    brotliCache.set(key, brotliCompressSync(buffer, { params }).length);
  }
  return brotliCache.get(key);
}

/**
 * Every Rugwijzer element on the page defined and rendered completely (its `updateComplete`,
 * which covers work an element leaves for later tasks); returns their number.
 */
function elementsRendered(selector) {
  const elements = [...document.querySelectorAll(selector)];
  const tags = [...new Set(elements.map((el) => el.localName))];
  return Promise.all(tags.map((tag) => customElements.whenDefined(tag)))
    .then(() => Promise.all(elements.map((el) => el.updateComplete)))
    .then(() => {
      window.__renderedAt = performance.now();
      return elements.length;
    });
}

/** Long tasks since navigation: Total Blocking Time (their time over 50 ms) and the longest. */
function blocking(tasks) {
  return {
    longTasks: tasks.length,
    tbt: tasks.reduce((sum, t) => sum + Math.max(0, t - LONG_TASK_MS), 0),
    longestTask: Math.max(0, ...tasks),
  };
}

/** Rendered: every accordion upgraded and its first update done (no update pending). */
export function accordionsRendered(tag) {
  const elements = [...document.querySelectorAll(tag)];
  const done =
    document.readyState !== 'loading' &&
    customElements.get(tag) !== undefined &&
    elements.every((el) => el.hasUpdated && !el.isUpdatePending);
  if (done && window.__renderedAt === undefined) window.__renderedAt = performance.now();
  return done;
}

/** The end of the next frame: a task posted from requestAnimationFrame. */
function nextFrame() {
  return new Promise((done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(null);
    }),
  );
}

async function open(browser, cpu) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: OBSERVE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  // Thread time: work done, not waiting, so steadier than wall clock on a shared machine.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return { context, page, cdp, problems };
}

async function heapAfterGc(cdp) {
  // Twice: a first full GC can leave garbage that only a second one frees (finalizers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return {
    heap: heap.usedSize,
    embedderHeap: heap.embedderHeapUsedSize ?? null,
    domNodes: dom.nodes,
    listeners: dom.jsEventListeners,
  };
}

/** Live instances of the element `tag` (after a GC), counted by V8 from its prototype. */
async function instancesAlive(cdp, tag) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `customElements.get(${JSON.stringify(tag)}).prototype`,
  });
  const { objects } = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: result.objectId,
  });
  const { result: count } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  return count.value;
}

/**
 * Loads `url` and returns its metrics once it has rendered, painted and settled.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ kind: 'plain' | 'project', cpu: number, settleMs: number }} options
 */
export async function measureLoad(browser, url, { kind, cpu, settleMs }) {
  const { context, page, cdp, problems } = await open(browser, cpu);
  try {
    const scripts = [];
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'script') return;
      if (new URL(res.url()).pathname.startsWith('/_bench/')) return;
      scripts.push(res.body().then((body) => ({ path: new URL(res.url()).pathname, body })));
    });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS });
    if (kind !== 'plain') {
      const count = await page.evaluate(elementsRendered, ELEMENTS);
      if (count === 0) throw new Error(`no Rugwijzer element on ${url}`);
    } else {
      await page.evaluate(() => {
        window.__renderedAt =
          performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;
      });
    }
    await page.evaluate(nextFrame);
    await page.waitForTimeout(settleMs);
    const renderedMs = await page.evaluate(() => window.__renderedAt);
    const shifts = await page.evaluate(() => window.__takeShifts?.() ?? []);
    const tasks = await page.evaluate(() => window.__longTasks.map((t) => t.duration));
    const perf = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
    const memory = await heapAfterGc(cdp);
    const files = await Promise.all(scripts);
    return {
      renderedMs,
      cpuMs: perf.TaskDuration * 1000,
      scriptMs: perf.ScriptDuration * 1000,
      cls: shifts.reduce((sum, s) => sum + s.value, 0),
      shifts,
      ...blocking(tasks),
      ...memory,
      bytes: files.reduce((sum, f) => sum + brotliSize(f.body), 0),
      files: files.map((f) => ({ path: f.path, brotli: brotliSize(f.body), raw: f.body.length })),
      problems,
    };
  } finally {
    await context.close();
  }
}

/**
 * The project page at n = 1: creates an accordion, waits for its update, lays it out and
 * removes it. `warmup` unmeasured cycles first: V8 compiles and optimises the hot code and
 * fills its caches in the first few hundred, which shows as heap growth that stops. Then
 * heap and DOM nodes after GC before and after `cycles` cycles, and `cycles` more, and how
 * many accordion instances are still alive (only the page's own may be).
 */
export async function measureCycles(browser, url, { cycles, warmup }) {
  const { context, page, cdp, problems } = await open(browser, 1);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS });
    await page.waitForFunction(accordionsRendered, TAG, { timeout: TIMEOUT_MS, polling: 'raf' });
    const run = (times) =>
      page.evaluate(
        async ({ tag, times }) => {
          const host = document.querySelector('main') ?? document.body;
          for (let i = 0; i < times; i++) {
            const el = document.createElement(tag);
            host.append(el);
            await el.updateComplete;
            el.getBoundingClientRect(); // style and layout, too
            el.remove();
          }
        },
        { tag: TAG, times },
      );
    await run(warmup);
    const before = await heapAfterGc(cdp);
    await run(cycles);
    const after = await heapAfterGc(cdp);
    // The same again: growth that keeps coming per cycle, apart from one-time costs.
    await run(cycles);
    const again = await heapAfterGc(cdp);
    const alive = await instancesAlive(cdp, TAG);
    const onPage = await page.evaluate((tag) => document.querySelectorAll(tag).length, TAG);
    return {
      cycles,
      warmup,
      retained: alive - onPage,
      before,
      after,
      again,
      heapGrowth: after.heap - before.heap,
      heapGrowthAgain: again.heap - after.heap,
      embedderGrowth: after.embedderHeap === null ? null : after.embedderHeap - before.embedderHeap,
      domNodesGrowth: after.domNodes - before.domNodes,
      listenersGrowth: after.listeners - before.listeners,
      problems,
    };
  } finally {
    await context.close();
  }
}

const isoDay = (daysAgo) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/**
 * A person using the course checker once the page has settled: answers the red-flag
 * questions "Nee", gives the start of the complaints, then types a check-in (its date and
 * its three scores) and adds it. Returns the input events the browser timed (Event Timing:
 * every event that took 16 ms or more from input to the next paint), the longest input
 * delay (input to the handler starting: the main thread was busy) and the long tasks
 * meanwhile. Located by role and id through the shadow root, as a person finds them.
 */
export async function measureTyping(browser, url, { cpu, settleMs }) {
  const { context, page, problems } = await open(browser, cpu);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS });
    await page.evaluate(elementsRendered, 'rug-course-checker');
    await page.evaluate(nextFrame);
    await page.waitForTimeout(settleMs);
    const checker = page.locator('rug-course-checker');
    // Set-up, not measured: the red flags and the start of the complaints.
    for (const no of await checker.getByRole('radio', { name: 'Nee' }).all()) await no.click();
    const done = checker.getByRole('button', { name: 'Klaar' });
    if (await done.isVisible()) await done.click();
    await checker.locator('#start').fill(isoDay(21));
    await checker.locator('#start').press('Tab');
    await page.evaluate(nextFrame);
    await page.waitForTimeout(settleMs);
    const before = await page.evaluate(() => ({
      events: window.__events.length,
      tasks: window.__longTasks.length,
    }));
    await checker.locator('#checkin-date').fill(isoDay(0));
    for (const score of await checker.locator('input[type="number"]').all()) {
      await score.click();
      await page.keyboard.type('6', { delay: 50 });
    }
    await checker.getByRole('button', { name: 'Meting toevoegen' }).click();
    await page.evaluate(nextFrame);
    await page.waitForTimeout(settleMs);
    const added = await checker.getByRole('table').count();
    if (added === 0) problems.push('typing: no check-in table after "Meting toevoegen"');
    const { events, tasks } = await page.evaluate((from) => {
      const timed = window.__events.slice(from.events).map((e) => ({
        name: e.name,
        duration: e.duration,
        inputDelay: e.processingStart - e.startTime,
        processing: e.processingEnd - e.processingStart,
        at: e.startTime,
      }));
      return { events: timed, tasks: window.__longTasks.slice(from.tasks).map((t) => t.duration) };
    }, before);
    return {
      events: events.length,
      maxInputDelay: Math.max(0, ...events.map((e) => e.inputDelay)),
      maxEventDuration: Math.max(0, ...events.map((e) => e.duration)),
      slowest: events.sort((a, b) => b.duration - a.duration)[0]?.name ?? null,
      ...blocking(tasks),
      problems,
    };
  } finally {
    await context.close();
  }
}
