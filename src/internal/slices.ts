/**
 * Work in slices, so a page with the widgets never holds the main thread for long: a task
 * over 50 ms (a "long task") delays the page's answer to a tap or a key (Interaction to
 * Next Paint). Jobs run in the order they were queued, in tasks of their own, each task
 * ending once it has run for `SLICE_MS`; the browser then handles input and paints before
 * the next one.
 */
const SLICE_MS = 8;

const jobs: (() => void)[] = [];
let draining = false;

/** A new task: `scheduler.yield()` where the browser has it (it keeps our place in line), else a timer. */
function yieldToMain(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resume) => setTimeout(resume));
}

async function drain(): Promise<void> {
  draining = true;
  while (jobs.length > 0) {
    await yieldToMain();
    const start = performance.now();
    do jobs.shift()!();
    while (jobs.length > 0 && performance.now() - start < SLICE_MS);
  }
  draining = false;
}

/**
 * Runs `job` in a later task, after the jobs queued before it; the promise settles when
 * it has run (rejected with what it threw).
 */
export function inSlice(job: () => void): Promise<void> {
  return new Promise((done, fail) => {
    jobs.push(() => {
      try {
        job();
        done();
      } catch (error) {
        fail(error);
      }
    });
    if (!draining) void drain();
  });
}
