import { html, nothing, type TemplateResult } from 'lit';
import { localToday } from './dates.js';
import type { ValidationCode } from './validate.js';
import { startText, validationText } from './texts.js';

/**
 * Start fields the person is typing in. A date from the picker counts at once, a typed one
 * when the person leaves the field or presses Enter: Chromium fires `change` at each typed
 * part (0002, 0020, 2026-01…), and taking those would judge half a date.
 */
const typing = new WeakSet<EventTarget>();

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

/**
 * When the complaints started.
 *
 * @param start - The start that counts, or `null`.
 * @param error - Why the start last entered was refused, or `null`.
 * @param commit - Takes a start the person entered ('' when they emptied the field).
 */
export function startTemplate(
  start: string | null,
  error: ValidationCode | null,
  commit: (value: string) => void,
): TemplateResult {
  const commitTyped = (event: Event) => {
    if (typing.delete(event.target!)) commit(valueOf(event));
  };
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
        @change=${(event: Event) => typing.has(event.target!) || commit(valueOf(event))}
        @blur=${commitTyped}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter') commitTyped(event);
          else if (event.key !== 'Tab') typing.add(event.target!);
        }}
      />
    </div>
  </section>`;
}
