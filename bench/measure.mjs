// One measured page load, and the create/remove check, for `npm run bench`. Each uses a
// fresh browser context (empty cache) and sets CPU throttling through CDP before navigating.

import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';

const TIMEOUT_MS = 90_000;
export const VIEWPORT = { width: 390, height: 844 };
export const TAG = 'rug-info-accordion';

// Before any page script: layout shifts from the start of the navigation.
const OBSERVE = `(() => {
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
    if (kind === 'project') {
      await page.waitForFunction(accordionsRendered, TAG, { timeout: TIMEOUT_MS, polling: 'raf' });
      const count = await page.evaluate(
        (tag) => Promise.all([...document.querySelectorAll(tag)].map((el) => el.updateComplete)),
        TAG,
      );
      if (count.length === 0) throw new Error(`no ${TAG} on ${url}`);
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
