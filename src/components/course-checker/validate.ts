import { dayNumber } from './dates.js';
import { SCORES, isScore, type Score } from './checkin.js';

export type CheckInField = 'date' | Score;

/** Why a field of a check-in is refused; the element words each code in the active language. */
export type ValidationCode =
  | 'date-missing'
  | 'date-invalid'
  | 'date-future'
  | 'date-before-start'
  | 'score-missing'
  | 'score-invalid';

export interface ValidationError {
  field: CheckInField;
  code: ValidationCode;
}

/**
 * Checks a check-in as a person entered it: a real calendar date, not after `today`, not
 * before `start`; integer scores 0–10. Returns one error per refused field; none when valid.
 */
export function validateCheckIn(
  entry: Partial<Record<CheckInField, unknown>>,
  { start, today }: { start: string | null; today: string },
): ValidationError[] {
  const errors: ValidationError[] = [];
  const date = entry.date;
  const day = dayNumber(date);
  if (date === undefined || date === null || date === '') {
    errors.push({ field: 'date', code: 'date-missing' });
  } else if (day === null) {
    errors.push({ field: 'date', code: 'date-invalid' });
  } else if (day > dayNumber(today)!) {
    errors.push({ field: 'date', code: 'date-future' });
  } else if (start !== null && dayNumber(start) !== null && day < dayNumber(start)!) {
    errors.push({ field: 'date', code: 'date-before-start' });
  }
  for (const field of SCORES) {
    const value = entry[field];
    if (value === undefined || value === null || value === '') {
      errors.push({ field, code: 'score-missing' });
    } else if (!isScore(value)) {
      errors.push({ field, code: 'score-invalid' });
    }
  }
  return errors;
}

/** A start before this year is taken as a typing slip, not a date. */
const MIN_YEAR = 1900;

/**
 * Checks the complaints' start: a real calendar date from 1900 on, not after `today`.
 * Returns why it is refused, or `null` when it counts.
 */
export function validateStart(start: string, today: string): 'date-invalid' | 'date-future' | null {
  const day = dayNumber(start);
  if (day === null || Number(start.slice(0, 4)) < MIN_YEAR) return 'date-invalid';
  return day > dayNumber(today)! ? 'date-future' : null;
}

/** `start` when it counts (a real date from 1900 on, not after `today`), else `null`. */
export function countingStart(start: string | null, today: string): string | null {
  return start && !validateStart(start, today) ? start : null;
}
