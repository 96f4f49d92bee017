import { THRESHOLDS } from './thresholds.js';
import { dayNumber } from './dates.js';

/**
 * One check-in and everything about its shape: the type, the score keys, the date order
 * and the one cleaning of a list (for `entries`, stored and imported data, and `classify`).
 */

/** One check-in: scores are integers 0–10. */
export interface CheckIn {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Back pain in the last days: 0 none, 10 worst imaginable. */
  pain: number;
  /** How well usual activities go: 0 not at all, 10 as before the complaints. */
  activity: number;
  /** How much work, sport and social life are limited: 0 not at all, 10 completely. */
  limitation: number;
}

export type Score = Exclude<keyof CheckIn, 'date'>;

/** The scores in the order they are asked (form and table). */
export const SCORES = ['pain', 'activity', 'limitation'] as const satisfies readonly Score[];

/** The scores in the order the rules weigh them (the result's changes and the chart). */
export const SCORES_BY_RULE = [
  'activity',
  'limitation',
  'pain',
] as const satisfies readonly Score[];

/** An integer score 0–10. */
export function isScore(value: unknown): value is number {
  return (
    Number.isInteger(value) &&
    (value as number) >= THRESHOLDS.SCORE_MIN &&
    (value as number) <= THRESHOLDS.SCORE_MAX
  );
}

/** A check-in's shape: a real date and three scores (whether it is in the future is the caller's call). */
export function isCheckInShape(entry: unknown): entry is CheckIn {
  if (typeof entry !== 'object' || entry === null) return false;
  const { date, pain, activity, limitation } = entry as Record<string, unknown>;
  return dayNumber(date) !== null && isScore(pain) && isScore(activity) && isScore(limitation);
}

/** Oldest first: for `Array.prototype.sort` of valid check-ins. */
export const byDate = (a: CheckIn, b: CheckIn): number => dayNumber(a.date)! - dayNumber(b.date)!;

/**
 * The check-ins that count: the right shape, not before `start`, not after `today` (when
 * given), sorted by date, one per date (of two on a date the later in the list wins); and
 * the indexes refused.
 */
export function cleanCheckIns(
  list: readonly unknown[],
  start: string | null,
  today: string | null = null,
): { checkIns: CheckIn[]; refused: number[] } {
  const startDay = dayNumber(start);
  const todayDay = dayNumber(today);
  const kept = new Map<string, CheckIn>();
  const refused: number[] = [];
  list.forEach((item, index) => {
    const day = isCheckInShape(item) ? dayNumber(item.date)! : null;
    if (
      day === null ||
      (startDay !== null && day < startDay) ||
      (todayDay !== null && day > todayDay)
    ) {
      refused.push(index);
      return;
    }
    const { date, pain, activity, limitation } = item as CheckIn;
    kept.delete(date);
    kept.set(date, { date, pain, activity, limitation });
  });
  return { checkIns: [...kept.values()].sort(byDate), refused };
}
