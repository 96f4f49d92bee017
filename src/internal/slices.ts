/**
 * Work in slices, so a page with the widgets never holds the main thread for long: a task
 * over 50 ms (a "long task") delays the page's answer to a tap or a key (Interaction to
 * Next Paint). Jobs run in the order they were queued, in tasks of their own: each task
 * runs jobs until `SLICE_MS` have passed, then the browser handles input; and after slices
 * that took long, it gets a frame's time to lay out and paint what they rendered.
 */
const SLICE_MS = 8;

/** About a frame at 60 Hz: long enough for the browser to draw one in between. */
const FRAME_MS = 16;

/**
 * Up to this many jobs waiting, the slices give the browser a frame's time after long
 * work; with more (many elements on the page), it paints when it sees fit.
 */
const FEW_JOBS = 10;

/** The jobs not yet done; the first is running or next. */
const jobs: (() => void)[] = [];

/**
 * A new task after `ms`; for none, `scheduler.yield()` where the browser has it (it keeps
 * our place in line), else a timer.
 */
function nextTask(ms: number): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return (!ms && scheduler?.yield?.()) || new Promise((resume) => setTimeout(resume, ms));
}

async function drain(): Promise<void> {
  /** Time the slices took since the browser last had a frame's time. */
  let sinceFrame = 0;
  while (jobs.length) {
    // What the slices rendered is laid out in the next frame: once they took more than
    // three slices' time (a cold first render, the course checker's questions), the next
    // waits for that frame, so it stays short. Not after each slice, and not with many
    // jobs waiting: each frame lays out the whole page, and with 100 accordions on it,
    // frames forced every few slices made more long tasks than the browser's own.
    const wait = sinceFrame > 3 * SLICE_MS && jobs.length < FEW_JOBS ? FRAME_MS : 0;
    // A timer, not `requestAnimationFrame`: a hidden page draws no frames and would stall.
    await nextTask(wait);
    if (wait) sinceFrame = 0;
    const start = performance.now();
    // At least one job per task, however the clock runs.
    do {
      jobs[0]!();
      jobs.shift();
    } while (jobs.length && performance.now() - start < SLICE_MS);
    sinceFrame += performance.now() - start;
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
