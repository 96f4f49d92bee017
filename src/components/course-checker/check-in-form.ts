import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { SCORES } from './checkin.js';
import { localToday } from './dates.js';
import type { CheckInField, ValidationCode, ValidationError } from './validate.js';
import {
  cancelText,
  dateText,
  deleteCheckInText,
  formHeadingText,
  scoreEnds,
  scoreQuestion,
  startText,
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
export function scoreValue(text: string): unknown {
  const trimmed = text.trim();
  return trimmed === '' ? '' : /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * When the complaints started.
 *
 * @param start - The start that counts, or `null`.
 * @param onCommit - The field lost focus (a typed date counts then).
 */
export function startTemplate(
  start: string | null,
  error: ValidationCode | null,
  onChange: (event: Event) => void,
  onCommit: (event: Event) => void,
  onKeydown: (event: KeyboardEvent) => void,
): TemplateResult {
  return html`<section class="start" aria-labelledby="start-label">
    <div class="field">
      <label id="start-label" for="start">${startText()}</label>
      ${error ? html`<span class="error" id="start-error">${validationText(error)}</span>` : nothing}
      <input
        id="start"
        type="date"
        max=${localToday()}
        .value=${start ?? ''}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'start-error' : nothing}
        @change=${onChange}
        @blur=${onCommit}
        @keydown=${onKeydown}
      />
    </div>
  </section>`;
}

/**
 * Adds a check-in, or edits one chosen in the table.
 *
 * @param draft - What the fields hold.
 * @param errors - One per refused field, shown with it.
 * @param editing - A check-in is being edited (not added).
 * @param start - The start that counts: no check-in before it.
 * @param onDelete - Deletes the check-in being edited.
 * @param onCancel - Stops editing.
 */
export function checkInFormTemplate(
  draft: Draft,
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
      ${field(draft, errors, start, 'date', dateText(), null)}
      ${SCORES.map((score) =>
        field(draft, errors, start, score, scoreQuestion[score](), scoreEnds[score]()),
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
  draft: Draft,
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
      .value=${live(draft[name])}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
    />
  </div>`;
}
