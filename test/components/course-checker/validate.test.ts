import { expect } from '@open-wc/testing';
import {
  validateCheckIn,
  validateStart,
  type ValidationError,
} from '../../../src/components/course-checker/validate.js';
import { isCheckInShape, isScore } from '../../../src/components/course-checker/checkin.js';

// A fixed "today" and start: the function has no clock, the element passes today in.
const TODAY = '2026-03-10';
const START = '2026-02-01';
const GOOD = { date: '2026-03-01', pain: 5, activity: 4, limitation: 6 };

describe('validate: the date of a check-in', () => {
  const rows: [string, unknown, string | null, ValidationError[]][] = [
    ['today', TODAY, START, []],
    ['tomorrow', '2026-03-11', START, [{ field: 'date', code: 'date-future' }]],
    ['next year', '2027-01-01', START, [{ field: 'date', code: 'date-future' }]],
    ['the start date itself', START, START, []],
    [
      'the day before the start',
      '2026-01-31',
      START,
      [{ field: 'date', code: 'date-before-start' }],
    ],
    ['a leap day, without a start', '2024-02-29', null, []],
    [
      'a leap day before the start',
      '2024-02-29',
      START,
      [{ field: 'date', code: 'date-before-start' }],
    ],
    ['any past date without a start', '2000-01-01', null, []],
    ['a past date when the start is not a real date', '2026-01-01', '2026-02-30', []],
    ['2026-02-29 (no leap year)', '2026-02-29', START, [{ field: 'date', code: 'date-invalid' }]],
    ['2026-13-01', '2026-13-01', START, [{ field: 'date', code: 'date-invalid' }]],
    ['2026-1-5', '2026-1-5', null, [{ field: 'date', code: 'date-invalid' }]],
    ['2026-02-30', '2026-02-30', START, [{ field: 'date', code: 'date-invalid' }]],
    ['a date with a time', '2026-03-01T10:00', START, [{ field: 'date', code: 'date-invalid' }]],
    ['a number', 20260301, START, [{ field: 'date', code: 'date-invalid' }]],
    ['an empty date', '', START, [{ field: 'date', code: 'date-missing' }]],
    ['no date', undefined, START, [{ field: 'date', code: 'date-missing' }]],
    ['a null date', null, START, [{ field: 'date', code: 'date-missing' }]],
  ];
  for (const [name, date, start, errors] of rows) {
    it(`${errors.length === 0 ? 'accepts' : 'refuses'} ${name}`, () => {
      expect(validateCheckIn({ ...GOOD, date }, { start, today: TODAY })).to.deep.equal(errors);
    });
  }

  it('calls a date both in the future and after the start future', () => {
    expect(
      validateCheckIn({ ...GOOD, date: '2026-04-01' }, { start: '2026-03-05', today: TODAY }),
    ).to.deep.equal([{ field: 'date', code: 'date-future' }]);
  });
});

describe('validate: the scores of a check-in', () => {
  const rows: [string, unknown, ValidationError['code'] | null][] = [
    ['-1', -1, 'score-invalid'],
    ['0', 0, null],
    ['1', 1, null],
    ['9', 9, null],
    ['10', 10, null],
    ['11', 11, 'score-invalid'],
    ['2.5', 2.5, 'score-invalid'],
    ['9.999', 9.999, 'score-invalid'],
    ["'5' (text)", '5', 'score-invalid'],
    ["'abc'", 'abc', 'score-invalid'],
    ['NaN', NaN, 'score-invalid'],
    ['Infinity', Infinity, 'score-invalid'],
    ['true', true, 'score-invalid'],
    ['[5]', [5], 'score-invalid'],
    ['null', null, 'score-missing'],
    ['undefined', undefined, 'score-missing'],
    ["'' (empty)", '', 'score-missing'],
  ];
  for (const field of ['pain', 'activity', 'limitation'] as const) {
    for (const [name, value, code] of rows) {
      it(`${code ? 'refuses' : 'accepts'} ${field} ${name}`, () => {
        const errors = validateCheckIn({ ...GOOD, [field]: value }, { start: START, today: TODAY });
        expect(errors).to.deep.equal(code ? [{ field, code }] : []);
      });
    }
  }
});

describe('validate: several fields at once', () => {
  it('gives one error per refused field, in the order of the form', () => {
    const errors = validateCheckIn(
      { date: '2026-03-11', pain: '', activity: 11, limitation: 3 },
      { start: START, today: TODAY },
    );
    expect(errors).to.deep.equal([
      { field: 'date', code: 'date-future' },
      { field: 'pain', code: 'score-missing' },
      { field: 'activity', code: 'score-invalid' },
    ]);
  });

  it('refuses an empty check-in field by field', () => {
    expect(validateCheckIn({}, { start: null, today: TODAY })).to.deep.equal([
      { field: 'date', code: 'date-missing' },
      { field: 'pain', code: 'score-missing' },
      { field: 'activity', code: 'score-missing' },
      { field: 'limitation', code: 'score-missing' },
    ]);
  });
});

describe('validate: isScore', () => {
  for (const [value, score] of [
    [-1, false],
    [0, true],
    [10, true],
    [11, false],
    [2.5, false],
    ['5', false],
    [NaN, false],
    [null, false],
    [undefined, false],
  ] as const) {
    it(`calls ${String(value)} ${score ? 'a score' : 'no score'}`, () => {
      expect(isScore(value)).to.equal(score);
    });
  }
});

describe('validate: isCheckInShape', () => {
  for (const [name, value, shape] of [
    ['a check-in', GOOD, true],
    ['a check-in in the future (the element judges that)', { ...GOOD, date: '2099-01-01' }, true],
    ['null', null, false],
    ['a string', '2026-03-01', false],
    ['a check-in without limitation', { date: GOOD.date, pain: 1, activity: 1 }, false],
    ['a check-in with a score of 11', { ...GOOD, pain: 11 }, false],
    ['a check-in with a score of 2.5', { ...GOOD, activity: 2.5 }, false],
    ['a check-in on 2026-02-29', { ...GOOD, date: '2026-02-29' }, false],
    ['a check-in on 2026-1-5', { ...GOOD, date: '2026-1-5' }, false],
  ] as const) {
    it(`${shape ? 'accepts' : 'refuses'} ${name}`, () => {
      expect(isCheckInShape(value)).to.equal(shape);
    });
  }
});

describe('validate: validateStart', () => {
  for (const [start, error] of [
    ['2026-02-01', null],
    [TODAY, null],
    ['1900-01-01', null],
    ['1899-12-31', 'date-invalid'],
    ['0020-01-01', 'date-invalid'],
    ['2026-02-30', 'date-invalid'],
    ['2026-3-1', 'date-invalid'],
    ['2026-03-11', 'date-future'],
  ] as const) {
    it(`gives ${String(error)} for ${start}`, () => {
      expect(validateStart(start, TODAY)).to.equal(error);
    });
  }
});
