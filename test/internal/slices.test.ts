import { expect } from '@open-wc/testing';
import { inSlice } from '../../src/internal/slices.js';

/** Busy for `ms`, as a render on a slow phone would be. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** Queues `count` jobs doing `work`; resolves with how many ran in each task, in order. */
async function jobsPerTask(count: number, work: () => void): Promise<number[]> {
  // Microtasks run only once a task's jobs are done.
  const perTask: number[] = [];
  let inTask = false;
  const jobs = Array.from({ length: count }, () =>
    inSlice(() => {
      if (inTask) perTask[perTask.length - 1]! += 1;
      else perTask.push(1);
      inTask = true;
      queueMicrotask(() => (inTask = false));
      work();
    }),
  );
  await Promise.all(jobs);
  return perTask;
}

describe('inSlice: work in tasks of its own', () => {
  it('runs jobs later, in the order they were queued', async () => {
    const ran: string[] = [];
    const all = Promise.all(['a', 'b', 'c'].map((name) => inSlice(() => ran.push(name))));
    expect(ran, 'nothing runs in the task that queues').to.deep.equal([]);
    await all;
    expect(ran).to.deep.equal(['a', 'b', 'c']);
  });

  it('lets the browser draw a frame between jobs while few are waiting', async () => {
    // Each job's rendering, laid out in a frame of its own.
    let frames = 0;
    let counting = true;
    const count = () => {
      frames += 1;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const framesAt: number[] = [];
    await Promise.all([1, 2, 3].map(() => inSlice(() => framesAt.push(frames))));
    counting = false;
    expect(framesAt[1]).to.be.greaterThan(framesAt[0]!);
    expect(framesAt[2]).to.be.greaterThan(framesAt[1]!);
  });

  it('goes on without frames, as on a hidden page', async () => {
    const { requestAnimationFrame: real } = window;
    window.requestAnimationFrame = () => 0;
    const ran: number[] = [];
    try {
      await Promise.all([1, 2, 3].map((n) => inSlice(() => ran.push(n))));
    } finally {
      window.requestAnimationFrame = real;
    }
    expect(ran).to.deep.equal([1, 2, 3]);
  });

  it('rejects with what a job threw, and the next jobs still run', async () => {
    const failing = inSlice(() => {
      throw new Error('broken job');
    });
    const next = inSlice(() => 'fine');
    let error: unknown;
    try {
      await failing;
    } catch (thrown) {
      error = thrown;
    }
    expect((error as Error).message).to.equal('broken job');
    await next;
  });

  it('runs a job queued by a job after the jobs queued before it', async () => {
    const ran: string[] = [];
    let inner: Promise<void> | undefined;
    const outer = inSlice(() => {
      ran.push('outer');
      inner = inSlice(() => ran.push('inner'));
    });
    const later = inSlice(() => ran.push('later'));
    await Promise.all([outer, later]);
    await inner;
    expect(ran).to.deep.equal(['outer', 'later', 'inner']);
  });

  it('with many waiting, ends a task once its jobs took about 8 ms', async () => {
    const perTask = await jobsPerTask(20, () => busy(5));
    // Two 5 ms jobs pass 8 ms.
    expect(Math.max(...perTask)).to.equal(2);
    expect(perTask.reduce((sum, jobs) => sum + jobs)).to.equal(20);
  });

  it('with many waiting (a page of accordions), runs quick jobs together in one task', async () => {
    const perTask = await jobsPerTask(30, () => {});
    // The first may run alone: it started the queue when it was the only one.
    expect(Math.max(...perTask)).to.be.at.least(29);
  });
});
