import { html, nothing, type TemplateResult } from 'lit';
import type { RedFlag } from './thresholds.js';
import {
  flagQuestion,
  flagsChangeText,
  flagsCloseText,
  flagsDoneText,
  flagsFirstText,
  flagsHeadingText,
  flagsIntroText,
  noText,
  urgencyAdvice,
  urgentChangeText,
  yesText,
} from './texts.js';

/**
 * The red-flag questions, or once all are answered a line and a button to see them.
 *
 * @param questions - The questions to show: all, or in an upgraded checker's first render
 *   the first ones.
 * @param answers - `true` yes, `false` no, missing not yet answered.
 * @param answeredAll - Every question has an answer.
 * @param showFlags - The questions stay open although all are answered.
 * @param alerted - Urgent signs answered yes in the form: their advice shows below them.
 * @param onShow - "See or change the answers".
 * @param onAnswer - A radio button chosen: the flag and whether it is yes.
 * @param onDone - "Done": closes the questions.
 */
export function flagsTemplate(
  questions: readonly RedFlag[],
  answers: Partial<Record<RedFlag, boolean>>,
  answeredAll: boolean,
  showFlags: boolean,
  alerted: ReadonlySet<RedFlag>,
  onShow: () => void,
  onAnswer: (flag: RedFlag, yes: boolean) => void,
  onDone: () => void,
): TemplateResult {
  if (answeredAll && !showFlags) {
    return html`<section class="flags" part="flags" aria-labelledby="flags-heading">
      <h3 id="flags-heading">${flagsHeadingText()}</h3>
      <p>${flagsDoneText()}</p>
      <button class="button" type="button" part="button" @click=${onShow}>
        ${flagsChangeText()}
      </button>
    </section>`;
  }
  return html`<section class="flags" part="flags" aria-labelledby="flags-heading">
    <h3 id="flags-heading">${flagsFirstText()}</h3>
    <p>${flagsIntroText()}</p>
    ${questions.map(
      (flag) =>
        html`<fieldset class="flag">
          <legend>${flagQuestion(flag)}</legend>
          ${radio(flag, true, answers[flag], onAnswer)}
          ${radio(flag, false, answers[flag], onAnswer)}
          ${
            alerted.has(flag) && answers[flag]
              ? html`<p class="alert" role="alert">
                  ${urgencyAdvice('now')} ${urgentChangeText()}
                </p>`
              : nothing
          }
        </fieldset>`,
    )}
    ${
      answeredAll
        ? html`<button class="button" type="button" part="button" @click=${onDone}>
            ${flagsCloseText()}
          </button>`
        : nothing
    }
  </section>`;
}

/** One answer to a question: a radio button with its label, Ja or Nee. */
function radio(
  flag: RedFlag,
  yes: boolean,
  answer: boolean | undefined,
  onAnswer: (flag: RedFlag, yes: boolean) => void,
): TemplateResult {
  return html`<label
    ><input
      type="radio"
      name="flag-${flag}"
      .checked=${answer === yes}
      @change=${() => onAnswer(flag, yes)}
    />
    ${yes ? yesText() : noText()}</label
  >`;
}
