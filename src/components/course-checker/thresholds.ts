/**
 * Every clinical number of the course checker, named, with its source (CLINICAL.md).
 *
 * - Seed: the clinic's text, following the KNGF-richtlijn Lage rugpijn (2013).
 * - KNGF 2021: KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom.
 * - NHG 2017: NHG-Standaard Aspecifieke lage rugpijn.
 * - Ostelo 2008: Ostelo et al., Spine 2008;33(1):90–94.
 */

/**
 * A delayed recovery is judged over 3 weeks: "gedurende 3 weken geen duidelijke toename
 * van activiteiten en afname van participatieproblemen" (seed; KNGF 2013). Exactly 21
 * days counts as 3 weeks.
 */
export const WINDOW_DAYS = 21;

/** More than 12 weeks is persistent (chronic) low back pain (NHG 2017). Exactly 84 days is not yet. */
export const PERSISTENT_AFTER_DAYS = 84;

/**
 * A clinically meaningful change on a 0–10 scale is about 2 points (Ostelo 2008, MCID for
 * the numeric pain rating scale), applied by analogy to the activity and limitation
 * scales. A change of exactly 2 is clear.
 */
export const CLEAR_CHANGE = 2;

/**
 * Back to the level before the complaints: activity at least 9 and limitation at most 1.
 * A product choice, not from a guideline: the seed's "tot het niveau van voor de
 * klachten", allowing one point of noise on each scale.
 */
export const RECOVERED_MIN_ACTIVITY = 9;
export const RECOVERED_MAX_LIMITATION = 1;

/** The scales' ends: integers 0–10 (NPRS for pain, KNGF 2021). */
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;

/**
 * Red flags whose "yes" needs a doctor now: possible cauda equina syndrome or progressive
 * nerve damage (KNGF 2021; NHG 2017 alarm symptoms).
 */
export const URGENT_FLAGS = ['bladder-bowel', 'saddle-numbness', 'leg-weakness'] as const;

/**
 * Red flags whose "yes" needs a GP soon, to rule out a specific cause: fracture,
 * infection, malignancy, inflammatory back pain (KNGF 2021; NHG 2017).
 */
export const SEE_DOCTOR_FLAGS = [
  'trauma',
  'fever',
  'weight-loss',
  'cancer-history',
  'night-pain',
  'age-onset',
  'steroids',
  'inflammatory',
] as const;

/** Every red flag, in the order the questions are asked. */
export const RED_FLAGS = [...URGENT_FLAGS, ...SEE_DOCTOR_FLAGS] as const;

export type UrgentFlag = (typeof URGENT_FLAGS)[number];
export type SeeDoctorFlag = (typeof SEE_DOCTOR_FLAGS)[number];
export type RedFlag = (typeof RED_FLAGS)[number];

export function isRedFlag(id: unknown): id is RedFlag {
  return (RED_FLAGS as readonly unknown[]).includes(id);
}
