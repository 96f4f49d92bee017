import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ADDED_REASONS,
  RULES,
  classify,
  type CourseInput,
  type CourseResult,
} from '../../../src/components/course-checker/classify.js';
import type { CheckIn } from '../../../src/components/course-checker/checkin.js';
import {
  CLINICAL_RULES_VERSION,
  FLAG_TIERS,
  RED_FLAGS,
  URGENCIES,
  isUrgent,
} from '../../../src/components/course-checker/thresholds.js';

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
  urgency?: CourseResult['urgency'];
  resultFrom?: string | null;
}

/** The date `day` days after START. */
const dateOn = (day: number) => on(day, 0, 0).date;

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
    name: 'no start, no entries: no start-unknown, only no-data',
    input: { start: null, entries: [] },
    status: 'too-early',
    reasons: ['no-data'],
    urgency: null,
    resultFrom: null,
  },
  // Change 2: without a start the check-ins are still judged.
  {
    name: 'one check-in without a start: window not reached, start unknown',
    input: { entries: [on(0, 3, 7)] },
    status: 'too-early',
    reasons: ['window-not-reached', 'start-unknown'],
    weeks: null,
    resultFrom: dateOn(21),
  },
  {
    name: 'a start that is not a real date counts as unknown',
    input: { start: '2026-02-30', entries: [on(0, 3, 7)] },
    status: 'too-early',
    reasons: ['window-not-reached', 'start-unknown'],
    weeks: null,
  },
  {
    name: 'ten weeks of worsening without a start: deviant, not too early',
    input: { entries: [on(0, 6, 4), on(21, 5, 5), on(42, 5, 5), on(70, 3, 7, 7)] },
    status: 'deviant',
    reasons: ['no-clear-improvement', 'start-unknown', 'worsening', 'pain-increasing'],
    weeks: null,
    resultFrom: null,
  },
  {
    name: 'without a start the 12-week rule is skipped',
    input: { entries: [on(0, 3, 7), on(100, 3, 7)] },
    status: 'deviant',
    reasons: ['no-clear-improvement', 'start-unknown'],
    weeks: null,
  },
  {
    name: 'recovered without a start',
    input: { entries: [on(0, 9, 1)] },
    status: 'normal',
    reasons: ['recovered', 'start-unknown'],
  },
  {
    name: 'improving without a start',
    input: { entries: [on(0, 3, 7), on(21, 5, 7)] },
    status: 'normal',
    reasons: ['improving', 'start-unknown'],
  },
  // Change 4: four urgency tiers.
  {
    name: 'an urgent flag overrides a recovered check-in (now)',
    input: { start: START, entries: [on(30, 10, 0)], redFlags: ['trauma', 'saddle-numbness'] },
    status: 'urgent',
    reasons: ['saddle-numbness'],
    urgency: 'now',
    resultFrom: null,
  },
  {
    name: 'urgent flags are listed in the questions’ order',
    input: { redFlags: ['leg-weakness', 'bladder-bowel'] },
    status: 'urgent',
    reasons: ['bladder-bowel', 'leg-weakness'],
    urgency: 'now',
  },
  {
    name: 'a see-doctor flag overrides the course; the highest tier wins (today)',
    input: {
      start: START,
      entries: [on(0, 3, 7), on(21, 3, 7)],
      redFlags: ['fever', 'inflammatory'],
    },
    status: 'see-doctor',
    reasons: ['fever', 'inflammatory'],
    weeks: 3,
    urgency: 'today',
  },
  {
    name: 'trauma is today',
    input: { redFlags: ['trauma'] },
    status: 'see-doctor',
    reasons: ['trauma'],
    urgency: 'today',
  },
  {
    name: 'days beats routine',
    input: { redFlags: ['inflammatory', 'age-onset'] },
    status: 'see-doctor',
    reasons: ['age-onset', 'inflammatory'],
    urgency: 'days',
  },
  {
    name: 'inflammatory alone is routine',
    input: { redFlags: ['inflammatory'] },
    status: 'see-doctor',
    reasons: ['inflammatory'],
    urgency: 'routine',
  },
  {
    name: 'a flag hides a too-early course, with no resultFrom',
    input: { start: START, entries: [on(0, 3, 7)], redFlags: ['steroids'] },
    status: 'see-doctor',
    reasons: ['steroids'],
    urgency: 'days',
    resultFrom: null,
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
    urgency: null,
    resultFrom: null,
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
    name: 'persistent adds worsening (change 1)',
    input: { start: START, entries: [on(60, 5, 5), on(90, 3, 5)] },
    status: 'persistent',
    reasons: ['over-12-weeks', 'worsening'],
    resultFrom: null,
  },
  {
    name: 'persistent without a reference check-in',
    input: { start: START, entries: [on(90, 3, 7)] },
    status: 'persistent',
    reasons: ['over-12-weeks'],
    resultFrom: null,
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
    name: '20 days does not reach the window; resultFrom is the earliest + 21 days',
    input: { start: START, entries: [on(0, 3, 7), on(20, 6, 2)] },
    status: 'too-early',
    reasons: ['window-not-reached'],
    weeks: 2,
    resultFrom: dateOn(21),
  },
  // Change 3: sparse check-ins give the date from which a check-in gives a result.
  {
    name: 'one check-in 30 days after the start: resultFrom 21 days after it',
    input: { start: START, entries: [on(30, 3, 7)] },
    status: 'too-early',
    reasons: ['window-not-reached'],
    weeks: 4,
    resultFrom: dateOn(51),
  },
  {
    name: 'two sparse check-ins 20 days apart, 40 days after the start',
    input: { start: START, entries: [on(20, 3, 7), on(40, 4, 6)] },
    status: 'too-early',
    reasons: ['window-not-reached'],
    weeks: 5,
    resultFrom: dateOn(41),
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
  // Change 1: clear progress on one scale with clear worsening on the other is deviant.
  {
    name: 'activities +2 with limitation +3 and pain +4 is deviant, not normal',
    input: { start: START, entries: [on(0, 3, 4, 2), on(21, 5, 7, 6)] },
    status: 'deviant',
    reasons: ['no-clear-improvement', 'worsening', 'pain-increasing'],
    urgency: null,
  },
  {
    name: 'limitation −2 with activity −2 is deviant, not normal',
    input: { start: START, entries: [on(0, 5, 5), on(21, 3, 3)] },
    status: 'deviant',
    reasons: ['no-clear-improvement', 'worsening'],
  },
  {
    name: 'activity +2 with limitation +1 is still normal',
    input: { start: START, entries: [on(0, 3, 5), on(21, 5, 6)] },
    status: 'normal',
    reasons: ['improving'],
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

describe('classify: the clinical rules, boundaries written out', () => {
  for (const row of rows) {
    it(row.name, () => {
      const result = classify(row.input);
      expect(result.status).to.equal(row.status);
      expect(result.reasons).to.deep.equal(row.reasons);
      if ('weeks' in row) expect(result.weeks).to.equal(row.weeks);
      if ('urgency' in row) expect(result.urgency).to.equal(row.urgency);
      if ('resultFrom' in row) expect(result.resultFrom).to.equal(row.resultFrom);
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
      urgency: null,
      reasons: ['no-data'],
      weeks: null,
      latest: null,
      reference: null,
      change: null,
      resultFrom: null,
    });
  });

  it('gives exactly status, urgency, reasons, weeks, latest, reference, change, resultFrom', () => {
    expect(Object.keys(classify({ start: START, entries: [on(0, 3, 7)] }))).to.deep.equal([
      'status',
      'urgency',
      'reasons',
      'weeks',
      'latest',
      'reference',
      'change',
      'resultFrom',
    ]);
  });

  it('says weeks since the start rounded down: 0 for the first six days', () => {
    expect(classify({ start: START, entries: [on(6, 3, 7)] }).weeks).to.equal(0);
    expect(classify({ start: START, entries: [on(7, 3, 7)] }).weeks).to.equal(1);
  });
});

describe('classify: the rule list the review sheet prints', () => {
  it('is version 2', () => {
    expect(CLINICAL_RULES_VERSION).to.equal(2);
  });

  it('applies the rules in the order of the clinical rules', () => {
    expect(RULES.map((rule) => [rule.id, rule.status])).to.deep.equal([
      ['urgent-flag', 'urgent'],
      ['other-flag', 'see-doctor'],
      ['no-data', 'too-early'],
      ['recovered', 'normal'],
      ['over-12-weeks', 'persistent'],
      ['window-not-reached', 'too-early'],
      ['improving', 'normal'],
      ['no-clear-improvement', 'deviant'],
    ]);
    expect(ADDED_REASONS.map((reason) => reason.id)).to.deep.equal([
      'start-unknown',
      'worsening',
      'pain-increasing',
    ]);
  });

  it('has the tiers of the red-flag table, age-onset included in days', () => {
    expect(FLAG_TIERS).to.deep.equal({
      'bladder-bowel': 'now',
      'saddle-numbness': 'now',
      'leg-weakness': 'now',
      trauma: 'today',
      fever: 'today',
      'weight-loss': 'days',
      'cancer-history': 'days',
      'night-pain': 'days',
      'age-onset': 'days',
      steroids: 'days',
      inflammatory: 'routine',
    });
    // The classifier takes the first flag's tier: the questions go from most to least urgent.
    const ranks = RED_FLAGS.map((flag) => URGENCIES.indexOf(FLAG_TIERS[flag]));
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    for (const flag of RED_FLAGS) {
      const { status, urgency } = classify({ redFlags: [flag] });
      expect(urgency, flag).to.equal(FLAG_TIERS[flag]);
      expect(status, flag).to.equal(FLAG_TIERS[flag] === 'now' ? 'urgent' : 'see-doctor');
    }
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

/** Whether `change` shows clear worsening: activity −2 or limitation +2. */
const worsens = (change: CourseResult['change']) =>
  !!change && (change.activity <= -2 || change.limitation >= 2);

describe('classify: properties', () => {
  it('never calls worsening normal', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constant(START), { nil: null }),
        fc.array(checkIn),
        (start, entries) => {
          const result = classify({ start, entries });
          if (worsens(result.change)) expect(result.status).to.not.equal('normal');
          if (result.reasons.includes('worsening')) expect(result.status).to.not.equal('normal');
        },
      ),
    );
  });

  it('gives urgent, urgency now, for every urgent flag whatever else is answered', () => {
    fc.assert(
      fc.property(
        fc.array(checkIn),
        fc.constantFrom(...RED_FLAGS.filter(isUrgent)),
        fc.subarray([...RED_FLAGS]),
        (entries, urgent, others) => {
          const result = classify({ start: START, entries, redFlags: [...others, urgent] });
          expect(result.status).to.equal('urgent');
          expect(result.urgency).to.equal('now');
          expect(result.reasons).to.include(urgent);
        },
      ),
    );
  });

  it('has an urgency exactly for flagged results, resultFrom exactly for window-not-reached', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constant(START), { nil: null }),
        fc.array(checkIn),
        fc.subarray([...RED_FLAGS]),
        (start, entries, redFlags) => {
          const result = classify({ start, entries, redFlags });
          const flagged = result.status === 'urgent' || result.status === 'see-doctor';
          expect(result.urgency !== null).to.equal(flagged);
          expect(result.resultFrom !== null).to.equal(result.reasons[0] === 'window-not-reached');
        },
      ),
    );
  });

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
      fc.property(
        fc.option(fc.constant(START), { nil: null }),
        fc
          .uniqueArray(checkIn, { selector: (c) => c.date })
          .chain((entries) =>
            fc.tuple(
              fc.constant(entries),
              fc.shuffledSubarray(entries, { minLength: entries.length }),
            ),
          ),
        fc.subarray([...RED_FLAGS]),
        (start, [entries, shuffled], redFlags) => {
          expect(classify({ start, entries: shuffled, redFlags })).to.deep.equal(
            classify({ start, entries, redFlags }),
          );
        },
      ),
    );
  });
});
