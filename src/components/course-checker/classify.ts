import {
  CLEAR_CHANGE,
  PERSISTENT_AFTER_DAYS,
  RECOVERED_MAX_LIMITATION,
  RECOVERED_MIN_ACTIVITY,
  SEE_DOCTOR_FLAGS,
  URGENT_FLAGS,
  WINDOW_DAYS,
  type RedFlag,
  type SeeDoctorFlag,
  type UrgentFlag,
} from './thresholds.js';
import { dayNumber } from './dates.js';
import { isCheckInShape } from './validate.js';

/**
 * The classification of CLINICAL.md: a pure function of the complaint's start, the
 * check-ins and the red flags. No DOM, no clock: it judges at the latest check-in.
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

export type Status = 'urgent' | 'see-doctor' | 'too-early' | 'normal' | 'deviant' | 'persistent';

export type CourseReason =
  | 'no-data'
  | 'recovered'
  | 'over-12-weeks'
  | 'window-not-reached'
  | 'improving'
  | 'no-clear-improvement'
  | 'worsening'
  | 'pain-increasing';

export type Reason = CourseReason | UrgentFlag | SeeDoctorFlag;

/** Each score's difference `latest − reference`: activity +3 is better, limitation −3 is better. */
export interface Change {
  pain: number;
  activity: number;
  limitation: number;
}

export interface CourseResult {
  status: Status;
  /** Flag ids for `urgent`/`see-doctor`; else the status's reason, then `worsening`, then `pain-increasing`. */
  reasons: Reason[];
  /** Whole weeks from `start` to `latest`, rounded down. */
  weeks: number | null;
  latest: CheckIn | null;
  /** The latest check-in dated at least 21 days before `latest`. */
  reference: CheckIn | null;
  change: Change | null;
}

export interface CourseInput {
  /** The complaint's start, `YYYY-MM-DD`; unset or not a real date counts as unknown. */
  start?: string | null | undefined;
  entries?: readonly CheckIn[] | null | undefined;
  /** Ids of the red flags answered "yes". */
  redFlags?: readonly string[] | null | undefined;
}

/**
 * The check-ins that count: valid, not before `start`, sorted by date, one per date (of
 * two on a date the later in the array wins).
 */
export function countedCheckIns(entries: readonly unknown[], start: string | null): CheckIn[] {
  const startDay = start === null ? null : dayNumber(start);
  const byDate = new Map<string, CheckIn>();
  for (const entry of entries) {
    if (!isCheckInShape(entry)) continue;
    const { date } = entry;
    if (startDay !== null && dayNumber(date)! < startDay) continue;
    byDate.delete(date);
    byDate.set(date, entry);
  }
  return [...byDate.values()].sort((a, b) => dayNumber(a.date)! - dayNumber(b.date)!);
}

export function classify(input: CourseInput): CourseResult {
  const start = dayNumber(input?.start) === null ? null : (input.start as string);
  const entries = Array.isArray(input?.entries) ? input.entries : [];
  const flags = new Set<unknown>(Array.isArray(input?.redFlags) ? input.redFlags : []);

  const checkIns = countedCheckIns(entries, start);
  const latest = checkIns.at(-1) ?? null;
  const latestDay = latest ? dayNumber(latest.date)! : null;
  const reference =
    latestDay === null
      ? null
      : (checkIns.findLast((c) => latestDay - dayNumber(c.date)! >= WINDOW_DAYS) ?? null);
  const change: Change | null =
    latest && reference
      ? {
          pain: latest.pain - reference.pain,
          activity: latest.activity - reference.activity,
          limitation: latest.limitation - reference.limitation,
        }
      : null;
  const days = start !== null && latestDay !== null ? latestDay - dayNumber(start)! : null;
  const figures = {
    weeks: days === null ? null : Math.floor(days / 7),
    latest,
    reference,
    change,
  };
  const result = (status: Status, reasons: Reason[]): CourseResult => ({
    status,
    reasons,
    ...figures,
  });

  const urgent = URGENT_FLAGS.filter((id: RedFlag) => flags.has(id));
  if (urgent.length > 0) return result('urgent', urgent);
  const seeDoctor = SEE_DOCTOR_FLAGS.filter((id: RedFlag) => flags.has(id));
  if (seeDoctor.length > 0) return result('see-doctor', seeDoctor);

  const painIncreasing: Reason[] = change && change.pain >= CLEAR_CHANGE ? ['pain-increasing'] : [];
  if (start === null || latest === null) return result('too-early', ['no-data', ...painIncreasing]);
  if (latest.activity >= RECOVERED_MIN_ACTIVITY && latest.limitation <= RECOVERED_MAX_LIMITATION) {
    return result('normal', ['recovered', ...painIncreasing]);
  }
  if (days! > PERSISTENT_AFTER_DAYS)
    return result('persistent', ['over-12-weeks', ...painIncreasing]);
  if (!change) return result('too-early', ['window-not-reached']);
  if (change.activity >= CLEAR_CHANGE || change.limitation <= -CLEAR_CHANGE) {
    return result('normal', ['improving', ...painIncreasing]);
  }
  const worsening: Reason[] =
    change.activity <= -CLEAR_CHANGE || change.limitation >= CLEAR_CHANGE ? ['worsening'] : [];
  return result('deviant', ['no-clear-improvement', ...worsening, ...painIncreasing]);
}
