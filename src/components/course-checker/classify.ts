import {
  FLAG_TIERS,
  RED_FLAGS,
  THRESHOLDS,
  isUrgent,
  type RedFlag,
  type Urgency,
} from './thresholds.js';
import { dayNumber, isoDate } from './dates.js';
import { cleanCheckIns, type CheckIn } from './checkin.js';

/**
 * The classification of the clinical rules (version 2, `CLINICAL_RULES_VERSION`): a pure
 * function of the complaint's start, the check-ins and the red flags. No DOM, no clock: it
 * judges at the latest check-in, by the first rule of `RULES` that holds.
 */

export type Status = 'urgent' | 'see-doctor' | 'too-early' | 'normal' | 'deviant' | 'persistent';

export type CourseReason =
  | 'no-data'
  | 'recovered'
  | 'over-12-weeks'
  | 'window-not-reached'
  | 'improving'
  | 'no-clear-improvement'
  | 'start-unknown'
  | 'worsening'
  | 'pain-increasing';

export type Reason = CourseReason | RedFlag;

export type { Urgency };

/** Each score's difference `latest − reference`: activity +3 is better, limitation −3 is better. */
export interface Change {
  pain: number;
  activity: number;
  limitation: number;
}

export interface CourseResult {
  status: Status;
  /**
   * How soon a doctor is needed when a red flag is answered yes: `now` (status `urgent`),
   * `today`, `days` or `routine` (status `see-doctor`); `null` for every other status.
   */
  urgency: Urgency | null;
  /**
   * For `urgent` the urgent flags answered yes, for `see-doctor` the other flags answered
   * yes, in the questions' order; else the status's reason, then `start-unknown`, then
   * `worsening`, then `pain-increasing`.
   */
  reasons: Reason[];
  /** Whole weeks from `start` to `latest`, rounded down; `null` without either. */
  weeks: number | null;
  latest: CheckIn | null;
  /** The latest check-in dated at least 21 days before `latest`. */
  reference: CheckIn | null;
  change: Change | null;
  /**
   * With reason `window-not-reached`: the earliest check-in's date + 21 days, `YYYY-MM-DD`;
   * a check-in on or after it gives a course result. `null` for every other result.
   */
  resultFrom: string | null;
}

export interface CourseInput {
  /** The complaint's start, `YYYY-MM-DD`; unset or not a real date counts as unknown. */
  start?: string | null | undefined;
  entries?: readonly CheckIn[] | null | undefined;
  /** Ids of the red flags answered "yes". */
  redFlags?: readonly string[] | null | undefined;
}

/** What the rules look at, worked out once from the input. */
export interface Facts {
  /** The flags answered yes, in the questions' order. */
  flags: RedFlag[];
  latest: CheckIn | null;
  reference: CheckIn | null;
  change: Change | null;
  /** Days from `start` to `latest`; `null` without either. */
  days: number | null;
}

/**
 * One rule of the classification: the first whose `test` holds gives the status. Each rule
 * in `RULES` (and each of `ADDED_REASONS`) has a doc comment of one sentence: the clinical
 * review sheet prints it, with each `{@link THRESHOLDS.CONSTANT}` as its value. Comments, not strings,
 * so the words for the reviewer cost the patient's phone no bytes.
 */
export interface Rule {
  /** A stable id: the result's reason for a course rule. */
  id: string;
  status: Status;
  test(facts: Facts): boolean;
}

/** A reason added after the status's reason whenever its `test` holds (not for flags). */
export interface AddedReason {
  id: CourseReason;
  test(facts: Facts): boolean;
}

/** Activity fell or limitation rose by a clear change. */
const worsening = ({ change }: Facts) =>
  !!change &&
  (change.activity <= -THRESHOLDS.CLEAR_CHANGE || change.limitation >= THRESHOLDS.CLEAR_CHANGE);

/** The rules in the order they are applied; the last always holds. */
export const RULES: readonly Rule[] = [
  /** An urgent sign (tier now) answered yes. */
  {
    id: 'urgent-flag',
    status: 'urgent',
    test: ({ flags }) => flags.some(isUrgent),
  },
  /** Any other red flag answered yes; urgency is its highest tier. */
  {
    id: 'other-flag',
    status: 'see-doctor',
    test: ({ flags }) => flags.length > 0,
  },
  /** No check-ins. */
  {
    id: 'no-data',
    status: 'too-early',
    test: ({ latest }) => !latest,
  },
  /** Latest check-in: activity at least {@link THRESHOLDS.RECOVERED_MIN_ACTIVITY} and limitation at most {@link THRESHOLDS.RECOVERED_MAX_LIMITATION}. */
  {
    id: 'recovered',
    status: 'normal',
    test: ({ latest }) =>
      latest!.activity >= THRESHOLDS.RECOVERED_MIN_ACTIVITY &&
      latest!.limitation <= THRESHOLDS.RECOVERED_MAX_LIMITATION,
  },
  /** More than {@link THRESHOLDS.PERSISTENT_AFTER_DAYS} days from the start to the latest check-in (needs the start). */
  {
    id: 'over-12-weeks',
    status: 'persistent',
    test: ({ days }) => days !== null && days > THRESHOLDS.PERSISTENT_AFTER_DAYS,
  },
  /** No check-in at least {@link THRESHOLDS.WINDOW_DAYS} days before the latest one to compare with. */
  {
    id: 'window-not-reached',
    status: 'too-early',
    test: ({ reference }) => !reference,
  },
  /** Since that check-in, activity rose or limitation fell by {@link THRESHOLDS.CLEAR_CHANGE} or more, and neither worsened by {@link THRESHOLDS.CLEAR_CHANGE} or more. */
  {
    id: 'improving',
    status: 'normal',
    test: (facts) =>
      (facts.change!.activity >= THRESHOLDS.CLEAR_CHANGE ||
        facts.change!.limitation <= -THRESHOLDS.CLEAR_CHANGE) &&
      !worsening(facts),
  },
  /** Otherwise: no clear progress, or progress on one scale with worsening on the other. */
  {
    id: 'no-clear-improvement',
    status: 'deviant',
    test: () => true,
  },
];

/** The reasons added after the status's reason, in this order. */
export const ADDED_REASONS: readonly AddedReason[] = [
  /** Check-ins without a start date: the 12-week rule is skipped. */
  {
    id: 'start-unknown',
    test: ({ latest, days }) => !!latest && days === null,
  },
  /** Since the comparison check-in, activity fell or limitation rose by {@link THRESHOLDS.CLEAR_CHANGE} or more. */
  {
    id: 'worsening',
    test: worsening,
  },
  /** Since the comparison check-in, pain rose by {@link THRESHOLDS.CLEAR_CHANGE} or more (the status stays). */
  {
    id: 'pain-increasing',
    test: ({ change }) => !!change && change.pain >= THRESHOLDS.CLEAR_CHANGE,
  },
];

export function classify(input: CourseInput): CourseResult {
  const start = dayNumber(input?.start) === null ? null : (input.start as string);
  const entries = Array.isArray(input?.entries) ? input.entries : [];
  const answered = new Set<unknown>(Array.isArray(input?.redFlags) ? input.redFlags : []);

  const { checkIns } = cleanCheckIns(entries, start);
  const latest = checkIns.at(-1) ?? null;
  const latestDay = latest ? dayNumber(latest.date)! : null;
  const reference =
    latestDay === null
      ? null
      : (checkIns.findLast((c) => latestDay - dayNumber(c.date)! >= THRESHOLDS.WINDOW_DAYS) ??
        null);
  const days = start !== null && latestDay !== null ? latestDay - dayNumber(start)! : null;
  const facts: Facts = {
    flags: RED_FLAGS.filter((flag) => answered.has(flag)),
    latest,
    reference,
    change:
      latest && reference
        ? {
            pain: latest.pain - reference.pain,
            activity: latest.activity - reference.activity,
            limitation: latest.limitation - reference.limitation,
          }
        : null,
    days,
  };

  const rule = RULES.find((r) => r.test(facts))!;
  // A flagged result gives the flags as reasons (the urgent ones alone for `urgent`) and the
  // first flag's tier: the flags are ordered from most to least urgent.
  const { flags } = facts;
  const flagged = rule.status === 'urgent' || rule.status === 'see-doctor';
  const reasons: Reason[] = !flagged
    ? [rule.id as CourseReason, ...ADDED_REASONS.filter((r) => r.test(facts)).map((r) => r.id)]
    : rule.status === 'urgent'
      ? flags.filter(isUrgent)
      : flags;
  return {
    status: rule.status,
    urgency: flagged ? FLAG_TIERS[flags[0]!] : null,
    reasons,
    weeks: days === null ? null : Math.floor(days / 7),
    latest,
    reference,
    change: facts.change,
    resultFrom:
      rule.id === 'window-not-reached'
        ? isoDate(dayNumber(checkIns[0]!.date)! + THRESHOLDS.WINDOW_DAYS)
        : null,
  };
}

/**
 * The mixed case of rule 8: clear progress on one scale with clear worsening on the other.
 * Which scale improved (`activity` or `limitation`), or `null` when it is not mixed.
 */
export function mixedProgress({ change, reasons }: CourseResult): 'activity' | 'limitation' | null {
  if (!change || !reasons.includes('worsening')) return null;
  if (change.activity >= THRESHOLDS.CLEAR_CHANGE) return 'activity';
  return change.limitation <= -THRESHOLDS.CLEAR_CHANGE ? 'limitation' : null;
}
