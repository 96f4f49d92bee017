import { html, nothing, type TemplateResult } from 'lit';
import { SCORES, type CheckIn } from './checkin.js';
import { chart } from './chart.js';
import { formatDate } from './format.js';
import { dateText, editText, historyCaptionText, historyHeadingText, scoreLabel } from './texts.js';

/** The check-ins as a chart and a table; a date in the table opens it in the form. */
export function historyTemplate(
  checkIns: readonly CheckIn[],
  locale: string,
  onEdit: (checkIn: CheckIn) => void,
): TemplateResult | typeof nothing {
  if (checkIns.length === 0) return nothing;
  const shortDate = (date: string) => formatDate(locale, date, true);
  return html`<section class="history" part="history" aria-labelledby="history-heading">
    <h3 id="history-heading" tabindex="-1">${historyHeadingText()}</h3>
    ${chart(checkIns, shortDate, 'history-table')}
    <div class="table-wrap">
      <table id="history-table">
        <caption>
          ${historyCaptionText()}
        </caption>
        <thead>
          <tr>
            <th scope="col">${dateText()}</th>
            ${SCORES.map((score) => html`<th scope="col">${scoreLabel[score]()}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${checkIns.map(
            (c) =>
              html`<tr>
                <th scope="row">
                  <button class="edit" type="button" part="button" @click=${() => onEdit(c)}>
                    <span class="visually-hidden">${editText()} </span>
                    ${shortDate(c.date)}
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
