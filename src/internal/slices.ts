/**
 * Work in slices, so a page with the widgets never holds the main thread for long: a task
 * over 50 ms (a "long task") delays the page's answer to a tap or a key (Interaction to
 * Next Paint). Jobs run in the order they were queued, in tasks of their own: each task
 * runs jobs until `SLICE_MS` have passed, then the browser handles input and paints.
 */
const SLICE_MS = 8;

/** About a frame at 60 Hz: long enough for the browser to draw one in between. */
const FRAME_MS = 16;

/** The jobs not yet done; the first is running or next. */
const jobs: (() => void)[] = [];

/** A new task: `scheduler.yield()` where the browser has it (it keeps our place in line), else a timer. */
function yieldToMain(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resume) => setTimeout(resume));
}

async function drain(): Promise<void> {
  let heavy = false;
  while (jobs.length) {
    // A timer, not `requestAnimationFrame`: a hidden page draws no frames and would stall.
    await (heavy ? new Promise((resume) => setTimeout(resume, FRAME_MS)) : yieldToMain());
    const start = performance.now();
    // At least one job per task, however the clock runs.
    do {
      jobs[0]!();
      jobs.shift();
    } while (jobs.length && performance.now() - start < SLICE_MS);
    // A slice well over its time rendered much (a cold first render, the course checker's
    // questions): the browser lays that out in a frame of its own before the next slice,
    // not in one long frame with it. Light slices (the next of many accordions) go on
    // until the browser paints, as a frame after each would lay the page out each time.
    heavy = performance.now() - start > 2 * SLICE_MS;
  }
}

/**
 * Runs `job` in a later task, after the jobs queued before it; the promise settles when
 * it has run (rejected with what it threw).
 */
export function inSlice(job: () => void): Promise<void> {
  return new Promise((done) => {
    // `new Promise` turns what the job throws into a rejection, so the queue goes on.
    const queued = jobs.push(() => done(new Promise<void>((ran) => ran(job()))));
    // The first in an empty queue starts the draining (a job that queues one keeps its place).
    if (queued === 1) void drain();
  });
}
