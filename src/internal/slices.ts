/**
 * Work in slices, so a page with the widgets never holds the main thread for long: a task
 * over 50 ms (a "long task") delays the page's answer to a tap or a key (Interaction to
 * Next Paint). Jobs run in the order they were queued, in tasks of their own, and what a
 * job renders is laid out in the frame after it: layout, not script, is most of the cost.
 */
const SLICE_MS = 8;

/** The longest wait for a frame: a hidden page draws none. */
const FRAME_WAIT_MS = 100;

/**
 * Up to this many jobs waiting (the renders of one element of each kind), each job gets a
 * task and a frame of its own; with more (many elements on the page), they run `SLICE_MS`
 * at a time and the browser paints when it sees fit: a frame after each job would lay out
 * a page of ten accordions twenty times (half as much main-thread time again).
 */
const FEW_JOBS = 3;

/** The jobs not yet done; the first is running or next. */
const jobs: (() => void)[] = [];

/**
 * Whether a job has run: the first runs at once; while few wait, each later one (also one
 * queued after the queue ran empty, as an element's next stage is) after a frame.
 */
let ran = false;

/**
 * A new task: after the browser's next frame, or at once with `scheduler.yield()` where
 * the browser has it (it keeps our place in line), else a timer.
 */
function nextTask(afterFrame: boolean): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return (
    (!afterFrame && scheduler?.yield?.()) ||
    new Promise((resume) => {
      // The frame's rendering runs right after its animation frame callbacks, in the same
      // task: a timer set there runs after it.
      if (afterFrame) requestAnimationFrame(() => setTimeout(resume));
      setTimeout(resume, afterFrame ? FRAME_WAIT_MS : 0);
    })
  );
}

async function drain(): Promise<void> {
  while (jobs.length) {
    const few = jobs.length <= FEW_JOBS;
    await nextTask(few && ran);
    ran = true;
    const start = performance.now();
    // At least one job per task, however the clock runs.
    do {
      jobs[0]!();
      jobs.shift();
    } while (!few && jobs.length && performance.now() - start < SLICE_MS);
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
