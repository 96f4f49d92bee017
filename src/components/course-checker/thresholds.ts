/**
 * Every clinical number of the course checker, named, with its source. The clinical review
 * sheet (docs/clinical-review.md) prints each entry of `THRESHOLDS` with its comment.
 *
 * - Seed: the clinic's text, following the KNGF-richtlijn Lage rugpijn (2013).
 * - KNGF 2021: KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom.
 * - NHG 2017: NHG-Standaard Aspecifieke lage rugpijn.
 * - Ostelo 2008: Ostelo et al., Spine 2008;33(1):90–94.
 */

/**
 * The version of the clinical rules this code implements (version 2: worsening
 * is never normal, no start date still judges the check-ins, `resultFrom`, four urgency
 * tiers, safety-netting). Stored data and the clinical review sheet record it.
 */
export const CLINICAL_RULES_VERSION = 2;

/**
 * The clinical numbers, one entry each: its comment says what it means and where it comes
 * from (entries under one comment share it).
 */
export const THRESHOLDS = {
  /**
   * A delayed recovery is judged over 3 weeks: "gedurende 3 weken geen duidelijke toename
   * van activiteiten en afname van participatieproblemen" (seed; KNGF 2013). Exactly 21
   * days counts as 3 weeks.
   */
  WINDOW_DAYS: 21,

  /** More than 12 weeks is persistent (chronic) low back pain (NHG 2017). Exactly 84 days is not yet. */
  PERSISTENT_AFTER_DAYS: 84,

  /**
   * A clinically meaningful change on a 0–10 scale is about 2 points (Ostelo 2008, MCID for
   * the numeric pain rating scale), applied by analogy to the activity and limitation
   * scales. A change of exactly 2 is clear.
   */
  CLEAR_CHANGE: 2,

  /**
   * Back to the level before the complaints: activity at least 9 and limitation at most 1.
   * A product choice, not from a guideline: the seed's "tot het niveau van voor de
   * klachten", allowing one point of noise on each scale.
   */
  RECOVERED_MIN_ACTIVITY: 9,
  RECOVERED_MAX_LIMITATION: 1,

  /** The scales' ends: integers 0–10 (NPRS for pain, KNGF 2021). */
  SCORE_MIN: 0,
  SCORE_MAX: 10,

  /**
   * `age-onset`: a first back pain ever below 20 or above 50 is an alarm symptom (NHG 2017).
   * Version 2 lowered the upper age from 55 to 50: over-asking is the safer error.
   */
  AGE_ONSET_UNDER: 20,
  AGE_ONSET_OVER: 50,

  /**
   * `inflammatory`: onset before 40 and morning stiffness of more than 30 minutes that eases
   * with movement suggest inflammatory back pain (KNGF 2021; NHG 2017).
   */
  INFLAMMATORY_ONSET_UNDER: 40,
  MORNING_STIFFNESS_MINUTES: 30,
} as const;

/**
 * How soon a doctor is needed, after Dutch GP triage (NHG-Triagewijzer; NHG 2017), most
 * urgent first: `now` call the GP now (status `urgent`); `today` call the GP today;
 * `days` an appointment within a few days; `routine` an ordinary appointment.
 */
export const URGENCIES = ['now', 'today', 'days', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * Every red flag with its tier, in the order the questions are asked, which is also from
 * most to least urgent (the classifier takes the first flag's tier) (KNGF 2021; NHG 2017):
 * `now` possible cauda equina syndrome or progressive nerve damage; `today` possible
 * infection or fracture; `days` possible malignancy or another specific cause; `routine`
 * possible inflammatory back pain, when it is the only flag.
 */
export const FLAG_TIERS = {
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
} as const satisfies Record<string, Urgency>;

export type RedFlag = keyof typeof FLAG_TIERS;

/** Every red flag, in the order the questions are asked. */
export const RED_FLAGS = Object.keys(FLAG_TIERS) as RedFlag[];

/** A flag whose "yes" needs a doctor now: status `urgent`, never set back in one click. */
export const isUrgent = (flag: RedFlag) => FLAG_TIERS[flag] === 'now';

export function isRedFlag(id: unknown): id is RedFlag {
  return (RED_FLAGS as readonly unknown[]).includes(id);
}
