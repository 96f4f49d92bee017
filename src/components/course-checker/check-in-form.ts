import { html, nothing, type TemplateResult } from 'lit';
import { SCORES, type CheckIn, type Score } from './checkin.js';
import { localToday } from './dates.js';
import type { CheckInField, ValidationError } from './validate.js';
import {
  cancelText,
  dateText,
  deleteCheckInText,
  formHeadingText,
  scoreEnds,
  scoreQuestion,
  submitText,
  validationText,
  weeklyText,
} from './texts.js';

/** What the check-in form holds while a person types: raw strings, never lost on errors. */
export type Draft = Record<CheckInField, string>;

export function emptyDraft(): Draft {
  return { date: localToday(), pain: '', activity: '', limitation: '' };
}

/** A score field's text as a number when it is one, else as written (for validation). */
function scoreValue(text: string): unknown {
  const trimmed = text.trim();
  return trimmed === '' ? '' : /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A date and a value for each score: a draft, or a check-in to validate. */
function withScores<T>(
  date: string,
  value: (score: Score) => T,
): { date: string } & Record<Score, T> {
  return { date, ...Object.fromEntries(SCORES.map((score) => [score, value(score)])) } as {
    date: string;
  } & Record<Score, T>;
}

const fieldOf = (root: ParentNode, field: CheckInField) =>
  root.querySelector<HTMLInputElement>(`#checkin-${field}`);

/**
 * What the form's fields hold. They are read on submit, not mirrored while typing:
 * Chromium reports a half-typed date as empty, and writing that back would wipe it.
 */
export function readDraft(form: ParentNode): Draft {
  const read = (field: CheckInField) => fieldOf(form, field)?.value ?? '';
  return withScores(read('date'), read);
}

/**
 * Puts the draft in the form's fields where they hold something else, after each render:
 * what Lit's `live` directive does for a `.value` binding (a field a person typed in no
 * longer holds what was rendered), without its 0.2 KB.
 */
export function showDraft(root: ParentNode, draft: Draft): void {
  for (const field of ['date', ...SCORES] as const) {
    const input = fieldOf(root, field);
    if (input && input.value !== draft[field]) input.value = draft[field];
  }
}

/** A draft as a check-in to validate: the scores as numbers where they are numbers. */
export function draftEntry(draft: Draft): Record<CheckInField, unknown> {
  return withScores(draft.date, (score) => scoreValue(draft[score]));
}

/** A check-in in the form, to edit it. */
export function draftOf(checkIn: CheckIn): Draft {
  return withScores(checkIn.date, (score) => String(checkIn[score]));
}

/**
 * Adds a check-in, or edits one chosen in the table.
 *
 * @param errors - One per refused field, shown with it.
 * @param editing - A check-in is being edited (not added).
 * @param start - The start that counts: no check-in before it.
 * @param onDelete - Deletes the check-in being edited.
 * @param onCancel - Stops editing.
 */
export function checkInFormTemplate(
  errors: readonly ValidationError[],
  editing: boolean,
  start: string | null,
  onSubmit: (event: Event) => void,
  onDelete: () => void,
  onCancel: () => void,
): TemplateResult {
  return html`<section class="form" part="form" aria-labelledby="checkin-heading">
    <h3 id="checkin-heading">${formHeadingText(editing)}</h3>
    <p class="hint">${weeklyText()}</p>
    <form novalidate @submit=${onSubmit}>
      ${field(errors, start, 'date', dateText(), null)}
      ${SCORES.map((score) =>
        field(errors, start, score, scoreQuestion[score](), scoreEnds[score]()),
      )}
      <div class="buttons">
        <button class="button primary" part="button" type="submit">${submitText(editing)}</button>
        ${
          editing
            ? html`<button class="button" type="button" part="button" @click=${onDelete}>
                  ${deleteCheckInText()}
                </button>
                <button class="button" type="button" part="button" @click=${onCancel}>
                  ${cancelText()}
                </button>`
            : nothing
        }
      </div>
    </form>
  </section>`;
}

function field(
  errors: readonly ValidationError[],
  start: string | null,
  name: CheckInField,
  label: string,
  hint: string | null,
): TemplateResult {
  const error = errors.find((e) => e.field === name);
  const describedBy = [hint ? `checkin-${name}-hint` : '', error ? `checkin-${name}-error` : '']
    .filter(Boolean)
    .join(' ');
  const isDate = name === 'date';
  return html`<div class="field">
    <label for="checkin-${name}">${label}</label>
    ${hint ? html`<span class="hint" id="checkin-${name}-hint">${hint}</span>` : nothing}
    ${
      error
        ? html`<span class="error" id="checkin-${name}-error">${validationText(error.code)}</span>`
        : nothing
    }
    <input
      id="checkin-${name}"
      type=${isDate ? 'date' : 'number'}
      inputmode=${isDate ? 'none' : 'numeric'}
      min=${isDate ? (start ?? '') : '0'}
      max=${isDate ? localToday() : '10'}
      step="1"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
    />
  </div>`;
}
