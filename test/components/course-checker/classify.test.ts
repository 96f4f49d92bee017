import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  classify,
  type CheckIn,
  type CourseInput,
  type CourseResult,
} from '../../../src/components/course-checker/classify.js';
import { RED_FLAGS } from '../../../src/components/course-checker/thresholds.js';

const START = '2026-01-01';

/** A check-in `day` days after START. */
function on(day: number, activity: number, limitation: number, pain = 5): CheckIn {
  const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
  return { date, pain, activity, limitation };
}

interface Row {
  name: string;
  input: CourseInput;
  status: CourseResult['status'];
  reasons: CourseResult['reasons'];
  weeks?: number | null;
}

const rows: Row[] = [
  // Rules 1–3: flags first, then data.
  {
    name: 'no start, no entries',
    input: {},
    status: 'too-early',
    reasons: ['no-data'],
    weeks: null,
  },
  {
    name: 'a start but no entries',
    input: { start: START, entries: [] },
    status: 'too-early',
    reasons: ['no-data'],
  },
  {
    name: 'entries but no start',
    input: { entries: [on(0, 3, 7)] },
    status: 'too-early',
    reasons: ['no-data'],
    weeks: null,
  },
  {
    name: 'a start that is not a real date',
    input: { start: '2026-02-30', entries: [on(0, 3, 7)] },
    status: 'too-early',
    reasons: ['no-data'],
  },
  {
    name: 'an urgent flag overrides a recovered check-in',
    input: { start: START, entries: [on(30, 10, 0)], redFlags: ['trauma', 'saddle-numbness'] },
    status: 'urgent',
    reasons: ['saddle-numbness'],
  },
  {
    name: 'urgent flags are listed in the questions’ order',
    input: { redFlags: ['leg-weakness', 'bladder-bowel'] },
    status: 'urgent',
    reasons: ['bladder-bowel', 'leg-weakness'],
  },
  {
    name: 'a see-doctor flag overrides the course',
    input: {
      start: START,
      entries: [on(0, 3, 7), on(21, 3, 7)],
      redFlags: ['fever', 'inflammatory'],
    },
    status: 'see-doctor',
    reasons: ['fever', 'inflammatory'],
    weeks: 3,
  },
  {
    name: 'an unknown flag is skipped',
    input: { start: START, entries: [on(0, 3, 7)], redFlags: ['nonsense'] },
    status: 'too-early',
    reasons: ['window-not-reached'],
  },
  // Rule 4: recovered.
  {
    name: 'recovered: activity 9 and limitation 1',
    input: { start: START, entries: [on(3, 9, 1)] },
    status: 'normal',
    reasons: ['recovered'],
  },
  {
    name: 'not recovered: activity 8',
    input: { start: START, entries: [on(3, 8, 1)] },
    status: 'too-early',
    reasons: ['window-not-reached'],
  },
  {
    name: 'not recovered: limitation 2',
    input: { start: START, entries: [on(3, 9, 2)] },
    status: 'too-early',
    reasons: ['window-not-reached'],
  },
  {
    name: 'recovered wins over more than 12 weeks',
    input: { start: START, entries: [on(100, 10, 0)] },
    status: 'normal',
    reasons: ['recovered'],
    weeks: 14,
  },
  // Rule 5: the 12-week boundary.
  {
    name: 'exactly 84 days is not yet persistent',
    input: { start: START, entries: [on(60, 3, 7), on(84, 3, 7)] },
    status: 'deviant',
    reasons: ['no-clear-improvement'],
    weeks: 12,
  },
  {
    name: '85 days is persistent',
    input: { start: START, entries: [on(60, 3, 7), on(85, 3, 7)] },
    status: 'persistent',
    reasons: ['over-12-weeks'],
    weeks: 12,
  },
  {
    name: 'persistent keeps pain-increasing',
    input: { start: START, entries: [on(60, 3, 7, 4), on(90, 3, 7, 6)] },
    status: 'persistent',
    reasons: ['over-12-weeks', 'pain-increasing'],
  },
  // Rule 6: the 3-week window.
  {
    name: 'exactly 21 days counts as 3 weeks',
    input: { start: START, entries: [on(0, 3, 7), on(21, 3, 7)] },
    status: 'deviant',
    reasons: ['no-clear-improvement'],
    weeks: 3,
  },
  {
    name: '20 days does not reach the window',
    input: { start: START, entries: [on(0, 3, 7), on(20, 6, 2)] },
    status: 'too-early',
    reasons: ['window-not-reached'],
    weeks: 2,
  },
  // Rule 7 and 8: a clear change is exactly 2 points.
  {
    name: 'activity +2 is clear progress',
    input: { start: START, entries: [on(0, 3, 7), on(21, 5, 7)] },
    status: 'normal',
    reasons: ['improving'],
  },
  {
    name: 'limitation −2 is clear progress',
    input: { start: START, entries: [on(0, 3, 7), on(21, 3, 5)] },
    status: 'normal',
    reasons: ['improving'],
  },
  {
    name: 'activity +1 and limitation −1 are not clear',
    input: { start: START, entries: [on(0, 3, 7), on(21, 4, 6)] },
    status: 'deviant',
    reasons: ['no-clear-improvement'],
  },
  {
    name: 'activity −2 is worsening',
    input: { start: START, entries: [on(0, 5, 5), on(21, 3, 5)] },
    status: 'deviant',
    reasons: ['no-clear-improvement', 'worsening'],
  },
  {
    name: 'limitation +2 is worsening',
    input: { start: START, entries: [on(0, 5, 5), on(21, 5, 7)] },
    status: 'deviant',
    reasons: ['no-clear-improvement', 'worsening'],
  },
  {
    name: 'activity −1 and limitation +1 are not worsening',
    input: { start: START, entries: [on(0, 5, 5), on(21, 4, 6)] },
    status: 'deviant',
    reasons: ['no-clear-improvement'],
  },
  {
    name: 'pain +2 adds pain-increasing without changing the status',
    input: { start: START, entries: [on(0, 3, 7, 4), on(21, 5, 7, 6)] },
    status: 'normal',
    reasons: ['improving', 'pain-increasing'],
  },
  {
    name: 'pain +1 is not increasing',
    input: { start: START, entries: [on(0, 3, 7, 4), on(21, 3, 7, 5)] },
    status: 'deviant',
    reasons: ['no-clear-improvement'],
  },
  {
    name: 'deviant with every reason, in order',
    input: { start: START, entries: [on(0, 5, 5, 3), on(28, 2, 8, 7)] },
    status: 'deviant',
    reasons: ['no-clear-improvement', 'worsening', 'pain-increasing'],
    weeks: 4,
  },
];

describe('classify: the rules of CLINICAL.md, boundaries written out', () => {
  for (const row of rows) {
    it(row.name, () => {
      const result = classify(row.input);
      expect(result.status).to.equal(row.status);
      expect(result.reasons).to.deep.equal(row.reasons);
      if ('weeks' in row) expect(result.weeks).to.equal(row.weeks);
    });
  }
});

describe('classify: which check-ins count', () => {
  it('uses the latest check-in at least 21 days before the latest as reference', () => {
    const result = classify({
      start: START,
      entries: [on(0, 1, 9), on(7, 2, 8), on(14, 3, 7), on(28, 4, 6)],
    });
    expect(result.reference).to.deep.equal(on(7, 2, 8));
    expect(result.latest).to.deep.equal(on(28, 4, 6));
    expect(result.change).to.deep.equal({ pain: 0, activity: 2, limitation: -2 });
    expect(result.status).to.equal('normal');
  });

  it('sorts unsorted entries by date', () => {
    const result = classify({ start: START, entries: [on(21, 3, 7), on(0, 5, 5)] });
    expect(result.latest).to.deep.equal(on(21, 3, 7));
    expect(result.reference).to.deep.equal(on(0, 5, 5));
    expect(result.reasons).to.deep.equal(['no-clear-improvement', 'worsening']);
  });

  it('keeps the later of two check-ins on one date', () => {
    const result = classify({
      start: START,
      entries: [on(0, 3, 7), on(21, 3, 7), { ...on(21, 6, 7) }],
    });
    expect(result.latest).to.deep.equal(on(21, 6, 7));
    expect(result.status).to.equal('normal');
  });

  it('ignores check-ins before the start', () => {
    const result = classify({ start: '2026-01-10', entries: [on(0, 1, 9), on(21, 3, 7)] });
    expect(result.reference).to.equal(null);
    expect(result.reasons).to.deep.equal(['window-not-reached']);
  });

  it('ignores invalid check-ins', () => {
    const entries = [
      on(0, 3, 7),
      { date: '2026-01-22', pain: 11, activity: 3, limitation: 7 },
      { date: '2026-01-22', pain: 2.5, activity: 3, limitation: 7 },
      { date: 'yesterday', pain: 2, activity: 3, limitation: 7 },
      null,
    ] as unknown as CheckIn[];
    const result = classify({ start: START, entries });
    expect(result.latest).to.deep.equal(on(0, 3, 7));
  });

  it('fills weeks, reference and change for flags, recovered and persistent too', () => {
    const flagged = classify({
      start: START,
      entries: [on(0, 3, 7), on(22, 3, 7)],
      redFlags: ['fever'],
    });
    expect(flagged).to.deep.include({ weeks: 3, reference: on(0, 3, 7) });
    expect(flagged.change).to.deep.equal({ pain: 0, activity: 0, limitation: 0 });
    const recovered = classify({ start: START, entries: [on(0, 3, 7), on(30, 9, 1)] });
    expect(recovered.change).to.deep.equal({ pain: 0, activity: 6, limitation: -6 });
    expect(recovered.weeks).to.equal(4);
  });

  it('has null figures without entries', () => {
    expect(classify({ start: START })).to.deep.equal({
      status: 'too-early',
      reasons: ['no-data'],
      weeks: null,
      latest: null,
      reference: null,
      change: null,
    });
  });
});

const checkIn = fc.record({
  date: fc
    .integer({ min: 0, max: 200 })
    .map((day) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10)),
  pain: fc.integer({ min: 0, max: 10 }),
  activity: fc.integer({ min: 0, max: 10 }),
  limitation: fc.integer({ min: 0, max: 10 }),
});

describe('classify: properties', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (start, entries, redFlags) => {
        const result = classify({ start, entries, redFlags } as CourseInput);
        expect(result.status).to.be.a('string');
      }),
    );
  });

  it('puts every flagged result above the course', () => {
    fc.assert(
      fc.property(
        fc.array(checkIn),
        fc.subarray([...RED_FLAGS], { minLength: 1 }),
        (entries, redFlags) => {
          expect(['urgent', 'see-doctor']).to.include(
            classify({ start: START, entries, redFlags }).status,
          );
        },
      ),
    );
  });

  it('never turns normal into deviant when a clearly better check-in is added', () => {
    // "Clearly better" than every earlier check-in, so also than any new reference.
    fc.assert(
      fc.property(fc.array(checkIn, { minLength: 1 }), (entries) => {
        const before = classify({ start: START, entries });
        const best = Math.max(...entries.map((c) => c.activity));
        if (before.status !== 'normal' || !before.latest || best > 8) return;
        const { latest } = before;
        const next = new Date(Date.parse(latest.date) + 86_400_000).toISOString().slice(0, 10);
        const better: CheckIn = { ...latest, date: next, activity: best + 2 };
        expect(classify({ start: START, entries: [...entries, better] }).status).to.not.equal(
          'deviant',
        );
      }),
    );
  });

  it('does not depend on the order of the entries when dates are distinct', () => {
    fc.assert(
      fc.property(fc.uniqueArray(checkIn, { selector: (c) => c.date }), (entries) => {
        const reversed = [...entries].reverse();
        expect(classify({ start: START, entries: reversed })).to.deep.equal(
          classify({ start: START, entries }),
        );
      }),
    );
  });
});
