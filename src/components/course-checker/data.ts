import { cleanCheckIns, type CheckIn } from './checkin.js';
import { dayNumber } from './dates.js';
import { CLINICAL_RULES_VERSION, RED_FLAGS, isRedFlag, type RedFlag } from './thresholds.js';
import { countingStart } from './validate.js';
import { SCHEMA_VERSION, type StoredData } from './store.js';

/**
 * The person's data as the checker holds it (start, check-ins, red-flag answers) and as it
 * is stored and exported (`StoredData`): turned from one into the other here.
 */

/** Every question answered but the `unanswered` ones: yes for the given ids, no for the rest. */
export function answersFor(
  redFlags: readonly unknown[],
  unanswered: readonly unknown[] = [],
): Partial<Record<RedFlag, boolean>> {
  return Object.fromEntries(
    RED_FLAGS.filter((flag) => !unanswered.includes(flag)).map((flag) => [
      flag,
      redFlags.includes(flag),
    ]),
  );
}

/**
 * The data as it is stored and exported.
 *
 * @param start - The start that counts, or `null`.
 */
export function toStoredData(
  start: string | null,
  checkIns: readonly CheckIn[],
  answers: Partial<Record<RedFlag, boolean>>,
  discussed: readonly RedFlag[],
): StoredData {
  return {
    version: SCHEMA_VERSION,
    rulesVersion: CLINICAL_RULES_VERSION,
    start,
    entries: checkIns.map((c) => ({ ...c })),
    redFlags: RED_FLAGS.filter((flag) => answers[flag] === true),
    unanswered: RED_FLAGS.filter((flag) => !(flag in answers)),
    discussed: [...discussed],
  };
}

/**
 * The check-ins of stored or imported data. `imported` refuses data with anything invalid
 * (`null`); else check-ins that no longer count are dropped (what the device kept may have
 * aged).
 */
export function storedCheckIns(
  data: StoredData,
  imported: boolean,
  today: string,
): CheckIn[] | null {
  const { start, redFlags, unanswered, discussed } = data;
  const { checkIns, refused } = cleanCheckIns(
    data.entries,
    imported ? start : countingStart(start, today),
    today,
  );
  const valid =
    (start === null || dayNumber(start) !== null) &&
    refused.length === 0 &&
    [...redFlags, ...unanswered, ...discussed].every(isRedFlag);
  return imported && !valid ? null : checkIns;
}
