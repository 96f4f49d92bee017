import { html, nothing, type TemplateResult } from 'lit';
import type { RedFlag } from './thresholds.js';
import {
  dataHeadingText,
  deleteDataText,
  discussedText,
  exportText,
  flagQuestion,
  importText,
  noticeText,
  printText,
  privacyText,
  rememberText,
  safetyNetText,
} from './texts.js';
import type { CheckerPersistence } from './persistence.js';

/**
 * Remembering on this device, export, import, print and delete, with a status line.
 *
 * @param storage - The data's state on this device, and the handlers of its controls.
 * @param onDelete - "Delete my data".
 */
export function dataPanelTemplate(
  storage: CheckerPersistence,
  onDelete: () => void,
): TemplateResult {
  return html`<section class="data" part="data" aria-labelledby="data-heading">
    <h3 id="data-heading">${dataHeadingText()}</h3>
    <p class="hint">${privacyText()}</p>
    <label class="check">
      <input
        type="checkbox"
        .checked=${storage.remember}
        ?disabled=${storage.blocked}
        @change=${storage.onRememberChange}
      />
      ${rememberText()}
    </label>
    <p class="notice" role="status">${noticeText(storage.notice)}</p>
    <div class="buttons">
      <button class="button" type="button" part="button" @click=${storage.onExport}>
        ${exportText()}
      </button>
      <label class="button file">
        ${importText()}
        <input type="file" accept="application/json,.json" @change=${storage.onImport} />
      </label>
      <button class="button" type="button" part="button" @click=${() => window.print()}>
        ${printText()}
      </button>
      <button class="button" type="button" part="button" @click=${onDelete}>
        ${deleteDataText()}
      </button>
    </div>
  </section>`;
}

/**
 * Printed after the check-ins, hidden on screen: the flags discussed with the GP, then the
 * safety net (`div`s, not paragraphs: they are not text of the page on screen).
 */
export function summaryEndTemplate(discussed: readonly RedFlag[]): TemplateResult {
  return html`<div class="summary-end">
    ${
      discussed.length > 0
        ? html`<div>${discussedText()}:</div>
            <ul>
              ${discussed.map((flag) => html`<li>${flagQuestion(flag)}</li>`)}
            </ul>`
        : nothing
    }
    <div>${safetyNetText()}</div>
  </div>`;
}
