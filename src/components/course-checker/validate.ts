import type { CheckIn } from './classify.js';
import { SCORE_MAX, SCORE_MIN } from './thresholds.js';
import { dayNumber } from './dates.js';

/** An integer score 0–10. */
export function isScore(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= SCORE_MIN && (value as number) <= SCORE_MAX
  );
}

export type CheckInField = 'date' | 'pain' | 'activity' | 'limitation';

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
  for (const field of ['pain', 'activity', 'limitation'] as const) {
    const value = entry[field];
    if (value === undefined || value === null || value === '') {
      errors.push({ field, code: 'score-missing' });
    } else if (!isScore(value)) {
      errors.push({ field, code: 'score-invalid' });
    }
  }
  return errors;
}

/** A check-in's shape: a real date and three scores (whether it is in the future is the element's call). */
export function isCheckInShape(entry: unknown): entry is CheckIn {
  if (typeof entry !== 'object' || entry === null) return false;
  const { date, pain, activity, limitation } = entry as Record<string, unknown>;
  return dayNumber(date) !== null && isScore(pain) && isScore(activity) && isScore(limitation);
}
