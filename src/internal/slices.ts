/**
 * Work in slices, so a page with the widgets never holds the main thread for long: a task
 * over 50 ms (a "long task") delays the page's answer to a tap or a key (Interaction to
 * Next Paint). Jobs run in the order they were queued, in tasks of their own: each task
 * runs jobs until `SLICE_MS` have passed, and the next waits until the browser has drawn
 * a frame, so the style and layout of what a slice rendered make a frame of their own
 * instead of one long frame for all of it.
 */
const SLICE_MS = 8;

/** The jobs not yet done; the first is running or next. */
const jobs: (() => void)[] = [];

/** A task after the next frame; a hidden page draws none, so a timer stands in. */
function afterNextFrame(): Promise<void> {
  return new Promise((resume) => {
    requestAnimationFrame(() => setTimeout(resume));
    setTimeout(resume, 100);
  });
}

async function drain(): Promise<void> {
  while (jobs.length) {
    await afterNextFrame();
    const start = performance.now();
    // At least one job per task, however the clock runs.
    do {
      jobs[0]!();
      jobs.shift();
    } while (jobs.length && performance.now() - start < SLICE_MS);
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
