import { expect } from '@open-wc/testing';
import { dayNumber, isoDate, localToday } from '../../../src/components/course-checker/dates.js';

describe('dates: dayNumber', () => {
  const real: [string, number | null][] = [
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2024-02-29', null], // a leap day: its number is checked below
    ['2000-02-29', null], // divisible by 400: a leap year
    ['2026-01-01', null],
    ['2026-12-31', null],
    ['2026-04-30', null],
  ];
  for (const [date, number] of real) {
    it(`takes ${date} as a real date`, () => {
      const day = dayNumber(date);
      expect(day).to.be.a('number');
      expect(Number.isInteger(day)).to.equal(true);
      if (number !== null) expect(day).to.equal(number);
      expect(isoDate(day!)).to.equal(date);
    });
  }

  const refused: [string, unknown][] = [
    ['2026-02-29 (2026 is no leap year)', '2026-02-29'],
    ['1900-02-29 (divisible by 100, not by 400)', '1900-02-29'],
    ['2026-02-30', '2026-02-30'],
    ['2026-04-31', '2026-04-31'],
    ['2026-13-01', '2026-13-01'],
    ['2026-00-10', '2026-00-10'],
    ['2026-01-00', '2026-01-00'],
    ['2026-01-32', '2026-01-32'],
    ['2026-1-5 (no leading zeros)', '2026-1-5'],
    ['26-01-05 (a two-digit year)', '26-01-05'],
    ['05-01-2026 (day first)', '05-01-2026'],
    ['2026/01/05', '2026/01/05'],
    ['a time of day', '2026-01-05T00:00'],
    ['a leading space', ' 2026-01-05'],
    ['a trailing newline', '2026-01-05\n'],
    ['an empty string', ''],
    ['null', null],
    ['undefined', undefined],
    ['a number', 20260105],
    ['a Date', new Date(2026, 0, 5)],
  ];
  for (const [name, value] of refused) {
    it(`refuses ${name}`, () => {
      expect(dayNumber(value)).to.equal(null);
    });
  }

  it('counts the leap day: 28 February to 1 March is 2 days in 2024, 1 in 2026', () => {
    expect(dayNumber('2024-03-01')! - dayNumber('2024-02-28')!).to.equal(2);
    expect(dayNumber('2024-02-29')! - dayNumber('2024-02-28')!).to.equal(1);
    expect(dayNumber('2026-03-01')! - dayNumber('2026-02-28')!).to.equal(1);
  });
});

describe('dates: localToday', () => {
  for (const [name, date, today] of [
    ['just after midnight', new Date(2026, 0, 5, 0, 0, 1), '2026-01-05'],
    ['just before midnight', new Date(2026, 0, 5, 23, 59, 59), '2026-01-05'],
    ['on a leap day', new Date(2024, 1, 29, 12), '2024-02-29'],
    ['on New Year’s Eve', new Date(2025, 11, 31, 22), '2025-12-31'],
    ['in a one-digit month and day', new Date(2026, 2, 4, 9), '2026-03-04'],
  ] as const) {
    it(`gives the local calendar date ${name}`, () => {
      expect(localToday(date)).to.equal(today);
    });
  }

  it('gives today by default, a real date', () => {
    const now = new Date();
    const today = localToday();
    expect(today).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(dayNumber(today)).to.not.equal(null);
    expect(Number(today.slice(8, 10))).to.equal(now.getDate());
  });
});

describe('dates: isoDate', () => {
  for (const date of ['1970-01-01', '2024-02-29', '2026-03-29', '2026-10-25', '2026-12-31']) {
    it(`turns the day number of ${date} back into ${date}`, () => {
      expect(isoDate(dayNumber(date)!)).to.equal(date);
    });
  }
});
