import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { RugElement } from '../../internal/rug-element.js';
import { baseStyles } from '../../internal/base-styles.js';
import { define } from '../../internal/define.js';
import { warnInvalid, warnOncePerValue } from '../../internal/warn.js';
import { download } from '../../internal/download.js';
import { webUrl } from '../../internal/links.js';
import { findContactCard, goToContactCard } from '../../internal/contact-card-link.js';
import { rugEvent } from '../../events.js';
import { checkerStyles } from './course-checker.styles.js';
import {
  classify,
  mixedProgress,
  type CheckIn,
  type CourseReason,
  type CourseResult,
} from './classify.js';
import {
  CLINICAL_RULES_VERSION,
  RED_FLAGS,
  isRedFlag,
  isUrgent,
  type RedFlag,
  type Urgency,
} from './thresholds.js';
import { dayNumber, localToday } from './dates.js';
import {
  validateCheckIn,
  type CheckInField,
  type ValidationCode,
  type ValidationError,
} from './validate.js';
import {
  SCHEMA_VERSION,
  erase,
  load,
  save,
  storageKey,
  upgrade,
  type StoredData,
} from './store.js';
import { chart } from './chart.js';
import {
  changeSinceText,
  disclaimerText,
  discussedText,
  flagQuestion,
  importedText,
  mixedText,
  reasonText,
  safetyNetText,
  scoreEnds,
  scoreLabel,
  scoreQuestion,
  seenGpText,
  statusAdvice,
  statusTitle,
  tooEarlyCase,
  urgencyAdvice,
  urgencyTitle,
  urgentChangeText,
  validationText,
  weeksText,
  type CourseStatus,
} from './texts.js';

const TAG = 'rug-course-checker';
const SCORES = ['pain', 'activity', 'limitation'] as const;
/** A start before this year is taken as a typing slip, not a date. */
const MIN_YEAR = 1900;

/** A line about storage, export or import shown to the person. */
type Notice =
  | 'storage-unavailable'
  | 'storage-corrupt'
  | 'storage-newer'
  | 'deleted'
  | 'import-failed'
  | { imported: number };

/** What the check-in form holds while a person types: raw strings, never lost on errors. */
type Draft = Record<CheckInField, string>;

/**
 * Valid check-ins (real dates, not in the future, not before `start`, scores 0–10), sorted
 * by date, one per date with the later in the list winning; and the indexes refused.
 */
function cleanCheckIns(
  list: readonly unknown[],
  start: string | null,
): { checkIns: CheckIn[]; refused: number[] } {
  const context = { start, today: localToday() };
  const byDate = new Map<string, CheckIn>();
  const refused: number[] = [];
  list.forEach((item, index) => {
    const isObject = typeof item === 'object' && item !== null;
    if (!isObject || validateCheckIn(item as Partial<CheckIn>, context).length > 0) {
      refused.push(index);
      return;
    }
    const { date, pain, activity, limitation } = item as CheckIn;
    byDate.delete(date);
    byDate.set(date, { date, pain, activity, limitation });
  });
  const checkIns = [...byDate.values()].sort((a, b) => dayNumber(a.date)! - dayNumber(b.date)!);
  return { checkIns, refused };
}

/** Every question answered but the `unanswered` ones: yes for the given ids, no for the rest. */
function answersFor(
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

function emptyDraft(): Draft {
  return { date: localToday(), pain: '', activity: '', limitation: '' };
}

/** A score field's text as a number when it is one, else as written (for validation). */
function scoreValue(text: string): unknown {
  const trimmed = text.trim();
  return trimmed === '' ? '' : /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

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
    draft: { state: true },
    errors: { state: true },
    editing: { state: true },
    showFlags: { state: true },
    startError: { state: true },
    remember: { state: true },
    notice: { state: true },
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

  private draft: Draft = emptyDraft();

  private errors: readonly ValidationError[] = [];

  /** The date of the check-in being edited, or `null` when adding. */
  private editing: string | null = null;

  private showFlags = false;

  private startError: ValidationCode | null = null;

  private remember = false;

  private notice: Notice | null = null;

  /** Stored data that could not be read: never overwritten unless the person deletes it. */
  #storageBlocked = false;
  /** The person is typing a start date: it counts when they leave the field. */
  #typingStart = false;
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
    const { checkIns, refused } = cleanCheckIns(value, this.#effectiveStart());
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

  override connectedCallback(): void {
    super.connectedCallback();
    this.#restore();
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
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    const inputsChanged = this.#resultPending;
    if (this.#resultPending) {
      this.#resultPending = false;
      this.dispatchEvent(rugEvent('rug-course-result', this.result));
    }
    if ((inputsChanged || changed.has('remember')) && this.remember && !this.#storageBlocked) {
      this.#persist();
    }
  }

  /**
   * Removes every answer, the start and every check-in, here and on this device (and
   * switches "remember on this device" off).
   */
  deleteData(): void {
    this.#storageBlocked = false;
    erase(() => localStorage, this.#storageKey());
    this.remember = false;
    this.answers = {};
    this.discussed = [];
    this.#alerted.clear();
    this.start = null;
    this.#setCheckIns([]);
    this.draft = emptyDraft();
    this.errors = [];
    this.editing = null;
    this.notice = 'deleted';
  }

  /**
   * The data as a JSON file's text, `{ version, rulesVersion, start, entries, redFlags,
   * unanswered, discussed }` (`discussed`: flags set back with "I have seen my GP about
   * this"): what "export" downloads and `importData()` reads.
   */
  exportData(): string {
    return JSON.stringify(this.#snapshot(), null, 2);
  }

  /**
   * Replaces the data with an exported file's text; returns `false` and changes nothing
   * when it is not valid.
   *
   * @param text - The file's text, as `exportData()` makes it.
   */
  importData(text: string): boolean {
    let data: StoredData | null = null;
    try {
      const loaded = upgrade(JSON.parse(text));
      if (loaded.state === 'ok') data = loaded.data;
    } catch {
      data = null;
    }
    const start = data?.start ?? null;
    const cleaned = data && cleanCheckIns(data.entries, start);
    const valid =
      data !== null &&
      (start === null || dayNumber(start) !== null) &&
      cleaned!.refused.length === 0 &&
      [...data.redFlags, ...data.unanswered, ...data.discussed].every(isRedFlag);
    if (!valid) {
      this.notice = 'import-failed';
      return false;
    }
    this.start = start;
    this.#setAnswers(data!);
    this.#setCheckIns(cleaned!.checkIns);
    this.notice = { imported: this.checkIns.length };
    return true;
  }

  /** The form's own state: every red-flag question has an answer. */
  #answeredAll(): boolean {
    return RED_FLAGS.every((flag) => flag in this.answers);
  }

  /** Answers and discussed flags from stored or imported data: nothing is announced. */
  #setAnswers({ redFlags, unanswered, discussed }: StoredData): void {
    this.#alerted.clear();
    this.answers = answersFor(redFlags, unanswered);
    this.discussed = RED_FLAGS.filter((flag) => discussed.includes(flag));
  }

  #effectiveStart(): string | null {
    const day = dayNumber(this.start);
    return day !== null && day <= dayNumber(localToday())! ? this.start : null;
  }

  #setCheckIns(checkIns: CheckIn[]): void {
    this.checkIns = [...checkIns].sort((a, b) => dayNumber(a.date)! - dayNumber(b.date)!);
    this.#inputsChanged();
  }

  /** `start`, `entries` or `redFlags` changed: `rug-course-result` follows the update. */
  #inputsChanged(): void {
    if (this.hasUpdated) this.#resultPending = true;
    this.requestUpdate();
  }

  #storageKey(): string {
    return storageKey(this.id);
  }

  #snapshot(): StoredData {
    return {
      version: SCHEMA_VERSION,
      rulesVersion: CLINICAL_RULES_VERSION,
      start: this.#effectiveStart(),
      entries: this.entries,
      redFlags: this.redFlags,
      unanswered: RED_FLAGS.filter((flag) => !(flag in this.answers)),
      discussed: [...this.discussed],
    };
  }

  /** Loads what the person chose to remember on this device, without events. */
  #restore(): void {
    if (this.hasUpdated) return;
    const loaded = load(() => localStorage, this.#storageKey());
    if (loaded.state === 'ok') {
      const { start, entries } = loaded.data;
      this.remember = true;
      this.start = start;
      this.#setAnswers(loaded.data);
      // What the device kept may have aged (a clock set back): only valid check-ins count.
      this.checkIns = cleanCheckIns(entries, this.#effectiveStart()).checkIns;
    } else if (loaded.state === 'corrupt' || loaded.state === 'newer') {
      this.#storageBlocked = true;
      this.notice = loaded.state === 'corrupt' ? 'storage-corrupt' : 'storage-newer';
    }
  }

  #persist(): void {
    if (!save(() => localStorage, this.#storageKey(), this.#snapshot())) {
      this.remember = false;
      this.notice = 'storage-unavailable';
    }
  }

  #onRememberChange(event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    if (on && this.#storageBlocked) {
      (event.target as HTMLInputElement).checked = false;
      return;
    }
    if (!on) erase(() => localStorage, this.#storageKey());
    this.notice = null;
    this.remember = on;
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
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#start')?.focus());
  }

  /**
   * A start from the date picker counts at once; a typed one when the person leaves the
   * field or presses Enter: Chromium fires `change` at each typed part (0002, 0020, 2026-01…).
   */
  #onStartChange(event: Event): void {
    if (!this.#typingStart) this.#commitStart((event.target as HTMLInputElement).value);
  }

  #onStartKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.#onStartCommit(event);
    else if (event.key !== 'Tab') this.#typingStart = true;
  }

  #onStartCommit(event: Event): void {
    if (!this.#typingStart) return;
    this.#typingStart = false;
    this.#commitStart((event.target as HTMLInputElement).value);
  }

  #commitStart(value: string): void {
    const day = dayNumber(value);
    this.startError =
      value === ''
        ? null
        : day === null || Number(value.slice(0, 4)) < MIN_YEAR
          ? 'date-invalid'
          : day > dayNumber(localToday())!
            ? 'date-future'
            : null;
    const start = value === '' ? null : value;
    if (!this.startError && start !== this.start) this.start = start;
  }

  #onSubmitCheckIn(event: Event): void {
    event.preventDefault();
    // The fields are read here, not mirrored while typing: Chromium reports a half-typed
    // date as empty, and writing that back would wipe what the person is typing.
    const form = event.target as HTMLFormElement;
    const read = (field: CheckInField) =>
      form.querySelector<HTMLInputElement>(`#checkin-${field}`)?.value ?? '';
    this.draft = {
      date: read('date'),
      pain: read('pain'),
      activity: read('activity'),
      limitation: read('limitation'),
    };
    const entry = {
      date: this.draft.date,
      pain: scoreValue(this.draft.pain),
      activity: scoreValue(this.draft.activity),
      limitation: scoreValue(this.draft.limitation),
    };
    this.errors = validateCheckIn(entry, { start: this.#effectiveStart(), today: localToday() });
    if (this.errors.length > 0) {
      this.updateComplete.then(() => {
        const field = this.errors[0]!.field;
        this.renderRoot.querySelector<HTMLInputElement>(`#checkin-${field}`)?.focus();
      });
      return;
    }
    const checkIn = entry as CheckIn;
    const others = this.checkIns.filter((c) => c.date !== checkIn.date && c.date !== this.editing);
    this.#setCheckIns([...others, checkIn]);
    this.draft = emptyDraft();
    this.editing = null;
  }

  #onEdit(checkIn: CheckIn): void {
    this.editing = checkIn.date;
    this.errors = [];
    this.draft = {
      date: checkIn.date,
      pain: String(checkIn.pain),
      activity: String(checkIn.activity),
      limitation: String(checkIn.limitation),
    };
    this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('#checkin-date')?.focus(),
    );
  }

  #onCancelEdit(): void {
    this.editing = null;
    this.errors = [];
    this.draft = emptyDraft();
  }

  #onDeleteEdited(): void {
    this.#setCheckIns(this.checkIns.filter((c) => c.date !== this.editing));
    this.#onCancelEdit();
    this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#history-heading')?.focus(),
    );
  }

  #onExport(): void {
    download(
      this.renderRoot,
      `rugwijzer-${localToday()}.json`,
      this.exportData(),
      'application/json',
    );
  }

  async #onImport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      this.importData(await file.text());
    } catch {
      this.notice = 'import-failed';
    }
  }

  /** A date in the active language: `4 november 2026`, or `4 nov 2026` when `short`. */
  #formatDate(date: string, short = false): string {
    return new Intl.DateTimeFormat(this.locale, {
      day: 'numeric',
      month: short ? 'short' : 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(dayNumber(date)! * 86_400_000);
  }

  #formatChange(value: number): string {
    return new Intl.NumberFormat(this.locale, { signDisplay: 'exceptZero' }).format(value);
  }

  #renderContactAction(): TemplateResult | typeof nothing {
    const url = this.contactUrl ? webUrl(this.contactUrl) : null;
    const label = msg('Neem contact op met een fysiotherapeut', { id: 'checker.contact' });
    if (url) {
      return html`<a class="button primary" part="button" href=${url} target="_blank" rel="noopener"
        >${label}</a
      >`;
    }
    if (findContactCard()) {
      return html`<button
        class="button primary"
        part="button"
        type="button"
        @click=${goToContactCard}
      >
        ${msg('Naar de contactgegevens', { id: 'checker.go-to-card' })}
      </button>`;
    }
    return nothing;
  }

  /** A flagged result: the title and advice of the highest tier, then each flag answered yes. */
  #renderFlagged(urgency: Urgency): TemplateResult {
    // While an urgent sign is yes, nothing can be set back in one click.
    const shortcut = urgency !== 'now';
    return html`
      <h3 class="status">${urgencyTitle(urgency)}</h3>
      <p class="advice"><strong>${urgencyAdvice(urgency)}</strong></p>
      <ul class="flagged">
        ${this.redFlags.map(
          (flag) =>
            html`<li>
              ${flagQuestion(flag)} <strong>${msg('Ja', { id: 'checker.yes' })}</strong>
              ${
                isUrgent(flag)
                  ? html`<br />${urgentChangeText()}`
                  : shortcut
                    ? html`<br /><button
                          class="button"
                          type="button"
                          part="button"
                          @click=${() => this.#onSeenGp(flag)}
                        >
                          ${seenGpText()}
                        </button>`
                    : nothing
              }
            </li>`,
        )}
      </ul>
    `;
  }

  #renderCourse(result: CourseResult): TemplateResult {
    const { weeks, reference, change, resultFrom } = result;
    const status = result.status as CourseStatus;
    const tooEarly = tooEarlyCase(result);
    const since = reference ? this.#formatDate(reference.date) : '';
    const from = resultFrom ? this.#formatDate(resultFrom) : '';
    const mixed = mixedProgress(result);
    const reasons = (result.reasons as CourseReason[]).filter(
      (reason) => !(mixed && reason === 'worsening'),
    );
    return html`
      <h3 class="status">${statusTitle(status, tooEarly)}</h3>
      <p class="advice"><strong>${statusAdvice(status, tooEarly)}</strong></p>
      <ul class="reasons">
        ${reasons.map(
          (reason) =>
            html`<li>
              ${
                mixed && reason === 'no-clear-improvement'
                  ? mixedText(mixed === 'activity', since)
                  : reasonText(reason, since, from)
              }
            </li>`,
        )}
      </ul>
      ${weeks === null ? nothing : html`<p>${weeksText(weeks)}</p>`}
      ${
        reference && change
          ? html`<p>${changeSinceText(this.#formatDate(reference.date))}:</p>
              <ul class="changes">
                ${(['activity', 'limitation', 'pain'] as const).map(
                  (score) =>
                    html`<li>${scoreLabel[score]()}: ${this.#formatChange(change[score])}</li>`,
                )}
              </ul>`
          : nothing
      }
      ${status === 'deviant' || status === 'persistent' ? this.#renderContactAction() : nothing}
    `;
  }

  #renderResult(): TemplateResult {
    const result = this.result;
    const { status, urgency } = result;
    let content: TemplateResult | typeof nothing = nothing;
    if (urgency || this.#answeredAll()) {
      content = html`
        <div class="result-box ${status}" data-status=${status}>
          ${urgency ? this.#renderFlagged(urgency) : this.#renderCourse(result)}
          <p class="disclaimer">${disclaimerText()}</p>
          ${status === 'urgent' ? nothing : html`<p class="safety-net">${safetyNetText()}</p>`}
        </div>
      `;
    }
    return html`<div class="result" part="result" aria-live="polite">${content}</div>`;
  }

  /**
   * Printed after the check-ins, hidden on screen: the flags discussed with the GP, then the
   * safety net (`div`s, not paragraphs: they are not text of the page on screen).
   */
  #renderSummaryEnd(): TemplateResult {
    return html`<div class="summary-end">
      ${
        this.discussed.length > 0
          ? html`<div>${discussedText()}:</div>
              <ul>
                ${this.discussed.map((flag) => html`<li>${flagQuestion(flag)}</li>`)}
              </ul>`
          : nothing
      }
      <div>${safetyNetText()}</div>
    </div>`;
  }

  #renderFlags(): TemplateResult {
    const answered = this.#answeredAll();
    if (answered && !this.showFlags) {
      return html`<section class="flags" part="flags" aria-labelledby="flags-heading">
        <h3 id="flags-heading">${msg('Alarmsignalen', { id: 'checker.flags.heading' })}</h3>
        <p>
          ${msg('U heeft de vragen over alarmsignalen beantwoord.', { id: 'checker.flags.done' })}
        </p>
        <button class="button" type="button" part="button" @click=${() => (this.showFlags = true)}>
          ${msg('Antwoorden bekijken of wijzigen', { id: 'checker.flags.change' })}
        </button>
      </section>`;
    }
    return html`<section class="flags" part="flags" aria-labelledby="flags-heading">
      <h3 id="flags-heading">${msg('Eerst: alarmsignalen', { id: 'checker.flags.first' })}</h3>
      <p>
        ${msg(
          'Beantwoord eerst deze vragen. Bij sommige klachten is het beter niet af te wachten.',
          { id: 'checker.flags.intro' },
        )}
      </p>
      ${RED_FLAGS.map(
        (flag) =>
          html`<fieldset class="flag">
            <legend>${flagQuestion(flag)}</legend>
            <label
              ><input
                type="radio"
                name="flag-${flag}"
                .checked=${this.answers[flag] === true}
                @change=${() => this.#onRadio(flag, true)}
              />
              ${msg('Ja', { id: 'checker.yes' })}</label
            >
            <label
              ><input
                type="radio"
                name="flag-${flag}"
                .checked=${this.answers[flag] === false}
                @change=${() => this.#onRadio(flag, false)}
              />
              ${msg('Nee', { id: 'checker.no' })}</label
            >
            ${
              this.#alerted.has(flag) && this.answers[flag]
                ? html`<p class="alert" role="alert">
                    ${urgencyAdvice('now')} ${urgentChangeText()}
                  </p>`
                : nothing
            }
          </fieldset>`,
      )}
      ${
        answered
          ? html`<button class="button" type="button" part="button" @click=${this.#onFlagsDone}>
              ${msg('Klaar', { id: 'checker.flags.close' })}
            </button>`
          : nothing
      }
    </section>`;
  }

  #renderField(field: CheckInField, label: string, hint: string | null): TemplateResult {
    const error = this.errors.find((e) => e.field === field);
    const describedBy = [hint ? `checkin-${field}-hint` : '', error ? `checkin-${field}-error` : '']
      .filter(Boolean)
      .join(' ');
    const isDate = field === 'date';
    return html`<div class="field">
      <label for="checkin-${field}">${label}</label>
      ${hint ? html`<span class="hint" id="checkin-${field}-hint">${hint}</span>` : nothing}
      ${
        error
          ? html`<span class="error" id="checkin-${field}-error"
              >${validationText(error.code)}</span
            >`
          : nothing
      }
      <input
        id="checkin-${field}"
        type=${isDate ? 'date' : 'number'}
        inputmode=${isDate ? 'none' : 'numeric'}
        min=${isDate ? (this.#effectiveStart() ?? '') : '0'}
        max=${isDate ? localToday() : '10'}
        step="1"
        .value=${live(this.draft[field])}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
      />
    </div>`;
  }

  #renderCheckInForm(): TemplateResult {
    return html`<section class="form" part="form" aria-labelledby="checkin-heading">
      <h3 id="checkin-heading">
        ${
          this.editing
            ? msg('Meting wijzigen', { id: 'checker.form.edit-heading' })
            : msg('Nieuwe meting', { id: 'checker.form.heading' })
        }
      </h3>
      <p class="hint">
        ${msg('Doe één keer per week een meting; vaker mag ook.', { id: 'checker.form.weekly' })}
      </p>
      <form novalidate @submit=${this.#onSubmitCheckIn}>
        ${this.#renderField('date', msg('Datum', { id: 'checker.form.date' }), null)}
        ${SCORES.map((score) =>
          this.#renderField(score, scoreQuestion[score](), scoreEnds[score]()),
        )}
        <div class="buttons">
          <button class="button primary" part="button" type="submit">
            ${
              this.editing
                ? msg('Wijziging opslaan', { id: 'checker.form.save' })
                : msg('Meting toevoegen', { id: 'checker.form.add' })
            }
          </button>
          ${
            this.editing
              ? html`<button
                    class="button"
                    type="button"
                    part="button"
                    @click=${this.#onDeleteEdited}
                  >
                    ${msg('Meting verwijderen', { id: 'checker.form.delete' })}
                  </button>
                  <button class="button" type="button" part="button" @click=${this.#onCancelEdit}>
                    ${msg('Annuleren', { id: 'checker.form.cancel' })}
                  </button>`
              : nothing
          }
        </div>
      </form>
    </section>`;
  }

  #renderHistory(): TemplateResult | typeof nothing {
    if (this.checkIns.length === 0) return nothing;
    return html`<section class="history" part="history" aria-labelledby="history-heading">
      <h3 id="history-heading" tabindex="-1">
        ${msg('Uw metingen', { id: 'checker.history.heading' })}
      </h3>
      ${chart(
        this.checkIns,
        {
          label: msg('Grafiek van uw metingen; de tabel hieronder geeft dezelfde cijfers.', {
            id: 'checker.chart.label',
          }),
          pain: scoreLabel.pain(),
          activity: scoreLabel.activity(),
          limitation: scoreLabel.limitation(),
          window: msg('De 3 weken vóór de laatste meting', { id: 'checker.chart.window' }),
        },
        (date) => this.#formatDate(date, true),
        'history-table',
      )}
      <div class="table-wrap">
        <table id="history-table">
          <caption>
            ${msg(
              'Uw metingen, van oud naar nieuw (scores van 0 tot en met 10). Kies een datum om die meting te wijzigen of te verwijderen.',
              {
                id: 'checker.history.caption',
              },
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Datum', { id: 'checker.form.date' })}</th>
              ${SCORES.map((score) => html`<th scope="col">${scoreLabel[score]()}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.checkIns.map(
              (c) =>
                html`<tr>
                  <th scope="row">
                    <button
                      class="edit"
                      type="button"
                      part="button"
                      @click=${() => this.#onEdit(c)}
                    >
                      <span class="visually-hidden"
                        >${msg('Wijzigen', { id: 'checker.history.edit' })}
                      </span>
                      ${this.#formatDate(c.date, true)}
                    </button>
                  </th>
                  ${SCORES.map((score) => html`<td>${c[score]}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  #renderNotice(): TemplateResult | string {
    const { notice } = this;
    if (notice === null) return '';
    if (typeof notice === 'object') return importedText(notice.imported);
    switch (notice) {
      case 'storage-unavailable':
        return msg(
          'Onthouden lukt niet op dit apparaat. Uw gegevens blijven alleen op deze pagina.',
          {
            id: 'checker.storage.unavailable',
          },
        );
      case 'storage-corrupt':
        return msg(
          'De gegevens op dit apparaat zijn beschadigd. Ze worden niet gebruikt en niet overschreven, tot u ze verwijdert.',
          { id: 'checker.storage.corrupt' },
        );
      case 'storage-newer':
        return msg(
          'De gegevens op dit apparaat komen van een nieuwere versie. Ze worden niet gebruikt en niet overschreven.',
          { id: 'checker.storage.newer' },
        );
      case 'deleted':
        return msg('Uw gegevens zijn verwijderd.', { id: 'checker.storage.deleted' });
      case 'import-failed':
        return msg('Dit bestand kan niet worden ingelezen. Er is niets veranderd.', {
          id: 'checker.storage.import-failed',
        });
    }
  }

  #renderData(): TemplateResult {
    return html`<section class="data" part="data" aria-labelledby="data-heading">
      <h3 id="data-heading">${msg('Uw gegevens', { id: 'checker.data.heading' })}</h3>
      <p class="hint">
        ${msg('Uw antwoorden blijven in deze browser en worden nergens naartoe gestuurd.', {
          id: 'checker.data.privacy',
        })}
      </p>
      <label class="check">
        <input
          type="checkbox"
          .checked=${this.remember}
          ?disabled=${this.#storageBlocked}
          @change=${this.#onRememberChange}
        />
        ${msg('Onthouden op dit apparaat', { id: 'checker.data.remember' })}
      </label>
      <p class="notice" role="status">${this.#renderNotice()}</p>
      <div class="buttons">
        <button class="button" type="button" part="button" @click=${this.#onExport}>
          ${msg('Exporteren als bestand', { id: 'checker.data.export' })}
        </button>
        <label class="button file">
          ${msg('Bestand importeren', { id: 'checker.data.import' })}
          <input type="file" accept="application/json,.json" @change=${this.#onImport} />
        </label>
        <button class="button" type="button" part="button" @click=${() => window.print()}>
          ${msg('Samenvatting afdrukken', { id: 'checker.data.print' })}
        </button>
        <button class="button" type="button" part="button" @click=${this.deleteData}>
          ${msg('Mijn gegevens verwijderen', { id: 'checker.data.delete' })}
        </button>
      </div>
    </section>`;
  }

  protected override render(): TemplateResult {
    const answered = this.#answeredAll();
    return html`
      <div class="checker" part="base" lang=${this.locale}>
        ${this.#renderResult()} ${this.#renderFlags()}
        ${
          answered
            ? html`
                <section class="start" aria-labelledby="start-label">
                  <div class="field">
                    <label id="start-label" for="start">
                      ${msg('Wanneer begonnen de klachten?', { id: 'checker.start' })}
                    </label>
                    ${
                      this.startError
                        ? html`<span class="error" id="start-error"
                            >${validationText(this.startError)}</span
                          >`
                        : nothing
                    }
                    <input
                      id="start"
                      type="date"
                      max=${localToday()}
                      .value=${this.#effectiveStart() ?? ''}
                      aria-invalid=${this.startError ? 'true' : 'false'}
                      aria-describedby=${this.startError ? 'start-error' : nothing}
                      @change=${this.#onStartChange}
                      @blur=${this.#onStartCommit}
                      @keydown=${this.#onStartKeydown}
                    />
                  </div>
                </section>
                ${this.#renderCheckInForm()} ${this.#renderHistory()}
              `
            : nothing
        }
        ${this.#renderData()} ${this.#renderSummaryEnd()}
      </div>
    `;
  }
}

// Importing only this element's file also brings its event types (HTMLElementEventMap).
export type { CourseResult } from '../../events.js';
export type { CheckIn, Status } from './classify.js';
export type { RedFlag } from './thresholds.js';

define(TAG, RugCourseChecker);

declare global {
  interface HTMLElementTagNameMap {
    'rug-course-checker': RugCourseChecker;
  }
}
