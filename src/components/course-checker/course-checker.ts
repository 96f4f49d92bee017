import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { RugElement } from '../../internal/rug-element.js';
import { baseStyles } from '../../internal/base-styles.js';
import { define } from '../../internal/define.js';
import { warnInvalid, warnOncePerValue } from '../../internal/warn.js';
import { webUrl } from '../../internal/links.js';
import { rugEvent } from '../../events.js';
import { checkerStyles } from './course-checker.styles.js';
import { classify, type CourseResult } from './classify.js';
import { byDate, cleanCheckIns, type CheckIn } from './checkin.js';
import { RED_FLAGS, isRedFlag, isUrgent, type RedFlag } from './thresholds.js';
import { localToday } from './dates.js';
import { countingStart, validateStart, type ValidationCode } from './validate.js';
import type { StoredData } from './store.js';
import { answersFor, storedCheckIns, toStoredData } from './data.js';
import { CheckerPersistence } from './persistence.js';
import { resultTemplate } from './result.js';
import { flagsTemplate } from './red-flags.js';
import { startTemplate } from './start.js';
import { checkInFormTemplate, showDraft } from './check-in-form.js';
import { CheckInEditor, focusAfterUpdate } from './check-in-editor.js';
import { historyTemplate } from './history.js';
import { dataPanelTemplate, summaryEndTemplate } from './data-panel.js';

const TAG = 'rug-course-checker';

/** The questions an upgraded checker renders first: what a phone shows above the fold. */
const FIRST_QUESTIONS = 4;

/**
 * A self-check for people with low back pain: is my recovery on track? Red flags first,
 * then weekly check-ins of pain, activities and limitation, judged by the clinic's rule
 * of normal and deviant course (its numbers and their sources are in
 * `src/components/course-checker/thresholds.ts`). Nothing leaves the browser.
 *
 * @tagname rug-course-checker
 * @summary Track recovery week by week; red flags screened first.
 *
 * @fires {CustomEvent<CourseResult>} rug-course-result - After each change of `start`,
 *   `entries` or `redFlags`, through the API or the form (not on first render).
 *   `detail` is the `result` object:
 *   `{ status, urgency, reasons, weeks, latest, reference, change, resultFrom }`.
 *
 * @csspart base - The wrapper around the whole checker.
 * @csspart result - The result, its reasons and advice (a live region).
 * @csspart flags - The red-flag questions.
 * @csspart form - The check-in form.
 * @csspart history - The table of check-ins.
 * @csspart chart - The chart of the scores.
 * @csspart data - Remembering, export, import and print.
 * @csspart button - Every button.
 *
 * @cssprop [--rug-font-size=max(1em, 16px)] - Text size.
 * @cssprop [--rug-line-height=1.5] - Line height.
 * @cssprop [--rug-color-text=#1b1b1b] - Text colour.
 * @cssprop [--rug-color-accent=#1d4ed8] - Buttons, the checkbox and the activity line.
 * @cssprop [--rug-color-on-accent=#fff] - Text on the main buttons.
 * @cssprop [--rug-color-muted=#505a5f] - Hints and the disclaimer.
 * @cssprop [--rug-color-border=#b1b4b6] - Borders of the result, the questions, the table
 *   and the chart's grid; the input fields' border, when unset, is the darker `#505a5f`.
 * @cssprop [--rug-color-background=#fff] - Background of fields and boxes.
 * @cssprop [--rug-color-focus=#1d4ed8] - Focus ring.
 * @cssprop [--rug-color-link=#1d4ed8] - Links.
 * @cssprop [--rug-color-error=#b3261e] - Error messages, invalid fields and the limitation
 *   line.
 * @cssprop [--rug-color-urgent=#b3261e] - The urgent advice's border.
 * @cssprop [--rug-color-warning=#8a5300] - The border of the advice to see a doctor or a
 *   physiotherapist.
 * @cssprop [--rug-color-success=#00703c] - The border of a normal course's result.
 * @cssprop [--rug-color-pain=#6b4c00] - The pain line.
 * @cssprop [--rug-color-window=#eef2ff] - The 3-week window in the chart.
 * @cssprop [--rug-spacing=1em] - Space between parts.
 * @cssprop [--rug-radius=4px] - Corner radius.
 */
export class RugCourseChecker extends RugElement {
  static override styles = [baseStyles, checkerStyles];

  static override properties: PropertyDeclarations = {
    start: {},
    contactUrl: { attribute: 'contact-url' },
    answers: { state: true },
    discussed: { state: true },
    checkIns: { state: true },
    showFlags: { state: true },
    startError: { state: true },
  };

  /**
   * When the complaints started, `YYYY-MM-DD`. Not a real date or after today counts as
   * unset.
   */
  start: string | null = null;

  /**
   * Where the advice to contact a physiotherapist links to (`https://…`, a bare host or a
   * path on this site). Without it, the advice points to the page's `<rug-contact-card>`.
   */
  contactUrl = '';

  /** The red-flag answers: `true` yes, `false` no, missing not yet answered. */
  private answers: Partial<Record<RedFlag, boolean>> = {};

  /** Flags set back to no with "I have seen my GP about this": kept with the data. */
  private discussed: readonly RedFlag[] = [];

  private checkIns: readonly CheckIn[] = [];

  private showFlags = false;

  private startError: ValidationCode | null = null;

  /**
   * An upgraded checker renders the result and the first questions, then the other
   * questions and the check-ins, then what is kept on this device.
   */
  protected override stages = 3;

  /** Remembering, export and import: their state and notices live there. */
  readonly #storage = new CheckerPersistence(
    this,
    () => this.#snapshot(),
    (data, imported) => this.#apply(data, imported),
  );
  /** The check-in form: what it holds, its errors, the check-in being edited. */
  readonly #editor = new CheckInEditor(this);
  /** A start entered in the field: refused with an error, or the new `start`. */
  readonly #commitStart = (value: string): void => {
    this.startError = value === '' ? null : validateStart(value, localToday());
    const start = value === '' ? null : value;
    if (!this.startError && start !== this.start) this.start = start;
  };
  #resultPending = false;
  /** Urgent signs answered yes in the form: their advice shows below the question. */
  readonly #alerted = new Set<RedFlag>();
  readonly #warnOnce = warnOncePerValue(TAG);

  /**
   * The check-ins, `[{ date, pain, activity, limitation }]`: `date` is `YYYY-MM-DD`, the
   * scores integers 0–10 (pain, how well usual activities go, how much work, sport and
   * social life are limited). Reading gives a copy, sorted by date, one per date. Setting it
   * keeps the valid check-ins (real dates, not in the future, not before `start`; of two on
   * one date the later in the array) and warns about the rest; a value that is not an
   * array changes nothing.
   */
  get entries(): CheckIn[] {
    return this.checkIns.map((c) => ({ ...c }));
  }
  set entries(value: unknown) {
    if (!Array.isArray(value)) {
      warnInvalid(TAG, 'entries', value, 'an array of check-ins is needed; kept the previous');
      return;
    }
    const { checkIns, refused } = cleanCheckIns(value, this.#effectiveStart(), localToday());
    for (const index of refused) warnInvalid(TAG, `entries[${index}]`, value[index], 'skipped');
    this.#setCheckIns(checkIns);
  }

  /**
   * Ids of the red flags answered "yes": `bladder-bowel`, `saddle-numbness`, `leg-weakness`
   * (urgent), `trauma`, `fever`, `weight-loss`, `cancer-history`, `night-pain`, `age-onset`,
   * `steroids`, `inflammatory` (see a doctor). Setting it answers every question: the ids
   * given yes, the others no; unknown ids are skipped with a warning.
   */
  get redFlags(): RedFlag[] {
    return RED_FLAGS.filter((flag) => this.answers[flag] === true);
  }
  set redFlags(value: unknown) {
    if (!Array.isArray(value)) {
      warnInvalid(TAG, 'redFlags', value, 'an array of red-flag ids is needed; kept the previous');
      return;
    }
    const unknown = value.filter((id) => !isRedFlag(id));
    if (unknown.length > 0) warnInvalid(TAG, 'redFlags', unknown, 'unknown ids skipped');
    this.#alerted.clear();
    this.answers = answersFor(value);
    this.#inputsChanged();
  }

  /**
   * The classification of the current data by the clinical rules (version 2):
   * `{ status, urgency, reasons, weeks, latest, reference, change, resultFrom }`. `status` is
   * `urgent`, `see-doctor`, `too-early`, `normal`, `deviant` or `persistent`; `urgency` how
   * soon a doctor is needed for a red flag (`now`, `today`, `days`, `routine`), else `null`;
   * `reasons` the red flags answered yes, or why; `weeks` whole weeks from `start` to the
   * latest check-in; `latest` and `reference` (at least 3 weeks earlier) check-ins; `change`
   * their difference per score; `resultFrom` the date from which a check-in gives a course
   * result while the 3 weeks are not yet covered, else `null`.
   */
  get result(): CourseResult {
    return classify({
      start: this.#effectiveStart(),
      entries: this.checkIns,
      redFlags: this.redFlags,
    });
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('contactUrl') && this.contactUrl && !webUrl(this.contactUrl)) {
      this.#warnOnce('contact-url', this.contactUrl, 'only http(s) links are shown');
    }
    if (changed.has('start')) {
      if (this.start && this.#effectiveStart() === null) {
        this.#warnOnce('start', this.start, 'treated as unset');
      }
      if (this.hasUpdated) this.#resultPending = true;
    }
    if (this.#resultPending) this.#storage.changed();
  }

  protected override updated(): void {
    showDraft(this.renderRoot, this.#editor.draft);
    if (this.#resultPending) {
      this.#resultPending = false;
      this.dispatchEvent(rugEvent('rug-course-result', this.result));
    }
  }

  /**
   * Removes every answer, the start and every check-in, here and on this device (and
   * switches "remember on this device" off).
   */
  deleteData(): void {
    this.#storage.erase();
    this.answers = {};
    this.discussed = [];
    this.#alerted.clear();
    this.start = null;
    this.#setCheckIns([]);
    this.#editor.cancel();
  }

  /**
   * The data as a JSON file's text, `{ version, rulesVersion, start, entries, redFlags,
   * unanswered, discussed }` (`discussed`: flags set back with "I have seen my GP about
   * this"): what "export" downloads and `importData()` reads.
   */
  exportData(): string {
    return this.#storage.export();
  }

  /**
   * Replaces the data with an exported file's text; returns `false` and changes nothing
   * when it is not valid.
   *
   * @param text - The file's text, as `exportData()` makes it.
   */
  importData(text: string): boolean {
    return this.#storage.import(text);
  }

  /** The form's own state: every red-flag question has an answer. */
  #answeredAll(): boolean {
    return RED_FLAGS.every((flag) => flag in this.answers);
  }

  /** `start` when it counts: a real date, not after today. */
  #effectiveStart(): string | null {
    return countingStart(this.start, localToday());
  }

  #setCheckIns(checkIns: CheckIn[]): void {
    this.checkIns = [...checkIns].sort(byDate);
    this.#inputsChanged();
  }

  /** `start`, `entries` or `redFlags` changed: `rug-course-result` follows the update. */
  #inputsChanged(): void {
    if (this.hasUpdated) this.#resultPending = true;
    this.requestUpdate();
  }

  #snapshot(): StoredData {
    return toStoredData(this.#effectiveStart(), this.checkIns, this.answers, this.discussed);
  }

  /** Stored or imported data in place of the current; nothing is announced but the result. */
  #apply(data: StoredData, imported: boolean): boolean {
    const checkIns = storedCheckIns(data, imported, localToday());
    if (!checkIns) return false;
    this.start = data.start;
    this.#alerted.clear();
    this.answers = answersFor(data.redFlags, data.unanswered);
    this.discussed = RED_FLAGS.filter((flag) => data.discussed.includes(flag));
    this.#setCheckIns(checkIns);
    return true;
  }

  #onAnswer(flag: RedFlag, yes: boolean): void {
    this.answers = { ...this.answers, [flag]: yes };
    this.#inputsChanged();
  }

  /**
   * An answer in the questions: they stay open until "Klaar", so nothing jumps away, and
   * focus stays on the radio (WCAG 3.2.2); an urgent yes shows its advice below it.
   */
  #onRadio(flag: RedFlag, yes: boolean): void {
    this.showFlags = true;
    if (yes && isUrgent(flag)) this.#alerted.add(flag);
    else this.#alerted.delete(flag);
    if (yes) this.discussed = this.discussed.filter((f) => f !== flag);
    this.#onAnswer(flag, yes);
  }

  /** "I have seen my GP about this": no, remembered as discussed with the GP. */
  #onSeenGp(flag: RedFlag): void {
    this.discussed = RED_FLAGS.filter((f) => f === flag || this.discussed.includes(f));
    this.#onAnswer(flag, false);
  }

  #onFlagsDone(): void {
    this.showFlags = false;
    focusAfterUpdate(this, '#start');
  }

  protected override render(): TemplateResult {
    const { locale } = this;
    const start = this.#effectiveStart();
    const answeredAll = this.#answeredAll();
    return html`
      <div class="checker" part="base" lang=${locale}>
        ${resultTemplate(this.result, answeredAll, this.redFlags, this.contactUrl, locale, (flag) =>
          this.#onSeenGp(flag),
        )}
        ${flagsTemplate(
          this.stage > 1 ? RED_FLAGS : RED_FLAGS.slice(0, FIRST_QUESTIONS),
          this.answers,
          answeredAll,
          this.showFlags,
          this.#alerted,
          () => (this.showFlags = true),
          (flag, yes) => this.#onRadio(flag, yes),
          this.#onFlagsDone,
        )}
        ${
          this.stage > 1 && answeredAll
            ? html`
                ${startTemplate(start, this.startError, this.#commitStart)}
                ${checkInFormTemplate(
                  this.#editor.errors,
                  !!this.#editor.editing,
                  start,
                  this.#editor.submit,
                  this.#editor.deleteEdited,
                  this.#editor.cancel,
                )}
                ${historyTemplate(this.checkIns, locale, (checkIn) => this.#editor.edit(checkIn))}
              `
            : nothing
        }
        ${
          this.whole
            ? [
                dataPanelTemplate(this.#storage, this.deleteData),
                summaryEndTemplate(this.discussed),
              ]
            : nothing
        }
      </div>
    `;
  }
}

export type { CourseResult, Status } from './classify.js';
export type { CheckIn } from './checkin.js';
export type { RedFlag } from './thresholds.js';

// Importing only this element's file also brings its event types (HTMLElementEventMap).
declare module '../../events.js' {
  interface RugEventDetails {
    /**
     * The result after a change of the inputs: `{ status, urgency, reasons, weeks, latest,
     * reference, change, resultFrom }`.
     */
    'rug-course-result': CourseResult;
  }
}

define(TAG, RugCourseChecker);

declare global {
  interface HTMLElementTagNameMap {
    'rug-course-checker': RugCourseChecker;
  }
}
