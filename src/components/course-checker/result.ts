import { html, nothing, type TemplateResult } from 'lit';
import { webUrl } from '../../internal/links.js';
import { findContactCard, goToContactCard } from '../../internal/contact-card-link.js';
import { goToCardText } from '../../internal/texts.js';
import { mixedProgress, type CourseReason, type CourseResult } from './classify.js';
import { SCORES_BY_RULE } from './checkin.js';
import { isUrgent, type RedFlag, type Urgency } from './thresholds.js';
import { formatChange, formatDate } from './format.js';
import {
  changeSinceText,
  contactText,
  disclaimerText,
  flagQuestion,
  mixedText,
  reasonText,
  safetyNetText,
  scoreLabel,
  seenGpText,
  statusAdvice,
  statusTitle,
  tooEarlyCase,
  urgencyAdvice,
  urgencyTitle,
  urgentChangeText,
  weeksText,
  yesText,
  type CourseStatus,
} from './texts.js';

/**
 * The result, its reasons and advice: a live region, empty until there is a result.
 * (Templates take positional parameters, not an object: names of properties survive
 * minifying, and every byte here is loaded on a patient's phone.)
 *
 * @param answeredAll - Every red-flag question has an answer: before, only an urgent
 *   flag gives a result.
 * @param redFlags - The red flags answered yes, in the questions' order.
 * @param onSeenGp - "I have seen my GP about this" for a flag.
 */
export function resultTemplate(
  result: CourseResult,
  answeredAll: boolean,
  redFlags: readonly RedFlag[],
  contactUrl: string,
  locale: string,
  onSeenGp: (flag: RedFlag) => void,
): TemplateResult {
  const { status, urgency } = result;
  const content =
    urgency || answeredAll
      ? html`
          <div class="result-box ${status}" data-status=${status}>
            ${urgency ? flagged(redFlags, urgency, onSeenGp) : course(result, contactUrl, locale)}
            <p class="disclaimer">${disclaimerText()}</p>
            ${status === 'urgent' ? nothing : html`<p class="safety-net">${safetyNetText()}</p>`}
          </div>
        `
      : nothing;
  return html`<div class="result" part="result" aria-live="polite">${content}</div>`;
}

/** A flagged result: the title and advice of the highest tier, then each flag answered yes. */
function flagged(
  redFlags: readonly RedFlag[],
  urgency: Urgency,
  onSeenGp: (flag: RedFlag) => void,
): TemplateResult {
  // While an urgent sign is yes, nothing can be set back in one click.
  const shortcut = urgency !== 'now';
  return html`
    <h3 class="status">${urgencyTitle(urgency)}</h3>
    <p class="advice"><strong>${urgencyAdvice(urgency)}</strong></p>
    <ul class="flagged">
      ${redFlags.map(
        (flag) =>
          html`<li>
            ${flagQuestion(flag)} <strong>${yesText()}</strong>
            ${
              isUrgent(flag)
                ? html`<br />${urgentChangeText()}`
                : shortcut
                  ? html`<br /><button
                        class="button"
                        type="button"
                        part="button"
                        @click=${() => onSeenGp(flag)}
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

function course(result: CourseResult, contactUrl: string, locale: string): TemplateResult {
  const { weeks, reference, change, resultFrom } = result;
  const status = result.status as CourseStatus;
  const tooEarly = tooEarlyCase(result);
  const since = reference ? formatDate(locale, reference.date) : '';
  const from = resultFrom ? formatDate(locale, resultFrom) : '';
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
        ? html`<p>${changeSinceText(since)}:</p>
            <ul class="changes">
              ${SCORES_BY_RULE.map(
                (score) =>
                  html`<li>${scoreLabel[score]()}: ${formatChange(locale, change[score])}</li>`,
              )}
            </ul>`
        : nothing
    }
    ${status === 'deviant' || status === 'persistent' ? contactAction(contactUrl) : nothing}
  `;
}

/** A link to `contactUrl`, else a button to the page's contact card, else nothing. */
function contactAction(contactUrl: string): TemplateResult | typeof nothing {
  const url = contactUrl ? webUrl(contactUrl) : null;
  if (url) {
    return html`<a class="button primary" part="button" href=${url} target="_blank" rel="noopener"
      >${contactText()}</a
    >`;
  }
  if (findContactCard()) {
    return html`<button
      class="button primary"
      part="button"
      type="button"
      @click=${goToContactCard}
    >
      ${goToCardText()}
    </button>`;
  }
  return nothing;
}
