import { expect } from '@open-wc/testing';
import { inSlice } from '../../src/internal/slices.js';

/** Busy for `ms`, as a render on a slow phone would be. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('inSlice: work in tasks of its own', () => {
  it('runs jobs later, in the order they were queued', async () => {
    const ran: string[] = [];
    const all = Promise.all(['a', 'b', 'c'].map((name) => inSlice(() => ran.push(name))));
    expect(ran, 'nothing runs in the task that queues').to.deep.equal([]);
    await all;
    expect(ran).to.deep.equal(['a', 'b', 'c']);
  });

  it('lets the browser draw a frame after a slow job, before the next', async () => {
    // The slow job's rendering, laid out in a frame of its own.
    let frames = 0;
    let counting = true;
    const count = () => {
      frames += 1;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    let framesAtFirst = -1;
    let framesAtSecond = -1;
    await Promise.all([
      inSlice(() => {
        busy(30);
        framesAtFirst = frames;
      }),
      inSlice(() => (framesAtSecond = frames)),
    ]);
    counting = false;
    expect(framesAtSecond).to.be.greaterThan(framesAtFirst);
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

  it('runs quick jobs one after the other in one task', async () => {
    const tasks: number[] = [];
    let task = 0;
    const tick = setInterval(() => (task += 1));
    await Promise.all([1, 2, 3].map(() => inSlice(() => tasks.push(task))));
    clearInterval(tick);
    expect(new Set(tasks).size).to.equal(1);
  });
});
