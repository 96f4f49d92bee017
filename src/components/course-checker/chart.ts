import { html, svg, nothing, type TemplateResult } from 'lit';
import { SCORES_BY_RULE, type CheckIn } from './checkin.js';
import { dayNumber, isoDate } from './dates.js';
import { THRESHOLDS } from './thresholds.js';
import { chartLabelText, chartWindowText, scoreLabel } from './texts.js';

/**
 * The three scores over time as inline SVG, drawn here (no chart library): one line per
 * score, told apart by dash pattern as well as colour, and the 3-week window before the
 * latest check-in shaded. The check-in table is its text alternative.
 *
 * The SVG stretches to any width, so it holds no text (it would stretch too): the axis
 * labels are HTML beside it, and points are zero-length round-capped strokes, which stay
 * round however the drawing is stretched.
 *
 * @param formatDate - A date as the axis shows it.
 * @param describedBy - The id of the table with the same numbers.
 */
const WIDTH = 600;
const HEIGHT = 200;

export function chart(
  checkIns: readonly CheckIn[],
  formatDate: (date: string) => string,
  describedBy: string,
): TemplateResult | typeof nothing {
  if (checkIns.length === 0) return nothing;
  const days = checkIns.map((c) => dayNumber(c.date)!);
  const last = days[days.length - 1]!;
  const first = Math.min(days[0]!, last - THRESHOLDS.WINDOW_DAYS);
  const x = (day: number) => ((day - first) / (last - first)) * WIDTH;
  const y = (score: number) => ((10 - score) / 10) * HEIGHT;
  const windowStart = x(last - THRESHOLDS.WINDOW_DAYS);
  return html`
    <figure class="chart" part="chart">
      <div class="plot">
        <span class="y y10" aria-hidden="true">10</span>
        <span class="y y5" aria-hidden="true">5</span>
        <span class="y y0" aria-hidden="true">0</span>
        <svg
          viewBox="0 0 ${WIDTH} ${HEIGHT}"
          preserveAspectRatio="none"
          role="img"
          aria-label=${chartLabelText()}
          aria-describedby=${describedBy}
        >
          <rect
            class="window"
            x=${windowStart}
            y="0"
            width=${WIDTH - windowStart}
            height=${HEIGHT}
          ></rect>
          ${[0, 5, 10].map(
            (score) =>
              svg`<line class="grid" x1="0" x2=${WIDTH} y1=${y(score)} y2=${y(score)}></line>`,
          )}
          ${SCORES_BY_RULE.map(
            (score) => svg`
              <polyline
                class="line ${score}"
                points=${checkIns.map((c, i) => `${x(days[i]!)},${y(c[score])}`).join(' ')}
              ></polyline>
              ${checkIns.map(
                (c, i) =>
                  svg`<line class="point ${score}" x1=${x(days[i]!)} x2=${x(days[i]!)} y1=${y(c[score])} y2=${y(c[score])}></line>`,
              )}`,
          )}
        </svg>
      </div>
      <div class="x-axis" aria-hidden="true">
        <span>${formatDate(isoDate(first))}</span
        ><span>${formatDate(checkIns[checkIns.length - 1]!.date)}</span>
      </div>
      <figcaption class="legend">
        ${SCORES_BY_RULE.map(
          (score) =>
            html`<span class="key ${score}"
              ><span class="swatch"></span>${scoreLabel[score]()}</span
            >`,
        )}
        <span class="key window"><span class="swatch"></span>${chartWindowText()}</span>
      </figcaption>
    </figure>
  `;
}
