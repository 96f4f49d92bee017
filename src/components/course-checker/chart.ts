import { html, svg, nothing, type TemplateResult } from 'lit';
import type { CheckIn } from './classify.js';
import { dayNumber, isoDate } from './dates.js';
import { WINDOW_DAYS } from './thresholds.js';

/**
 * The three scores over time as inline SVG, drawn here (no chart library): one line per
 * score, told apart by dash pattern as well as colour, and the 3-week window before the
 * latest check-in shaded. The check-in table is its text alternative.
 */
export interface ChartText {
  /** The chart's accessible name. */
  label: string;
  pain: string;
  activity: string;
  limitation: string;
  window: string;
}

const WIDTH = 600;
const HEIGHT = 220;
const LEFT = 28;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 26;
const SCORES = ['activity', 'limitation', 'pain'] as const;

export function chart(
  checkIns: readonly CheckIn[],
  text: ChartText,
  formatDate: (date: string) => string,
  describedBy: string,
): TemplateResult | typeof nothing {
  if (checkIns.length === 0) return nothing;
  const days = checkIns.map((c) => dayNumber(c.date)!);
  const last = days[days.length - 1]!;
  const first = Math.min(days[0]!, last - WINDOW_DAYS);
  const span = Math.max(last - first, 1);
  const x = (day: number) => LEFT + ((day - first) / span) * (WIDTH - LEFT - RIGHT);
  const y = (score: number) => TOP + ((10 - score) / 10) * (HEIGHT - TOP - BOTTOM);
  const windowStart = x(last - WINDOW_DAYS);
  return html`
    <figure class="chart" part="chart">
      <svg
        viewBox="0 0 ${WIDTH} ${HEIGHT}"
        role="img"
        aria-label=${text.label}
        aria-describedby=${describedBy}
        preserveAspectRatio="none"
      >
        <rect
          class="window"
          x=${windowStart}
          y=${TOP}
          width=${x(last) - windowStart}
          height=${HEIGHT - TOP - BOTTOM}
        ></rect>
        ${[0, 5, 10].map(
          (score) => svg`
            <line class="grid" x1=${LEFT} x2=${WIDTH - RIGHT} y1=${y(score)} y2=${y(score)}></line>
            <text class="axis" x=${LEFT - 6} y=${y(score) + 4} text-anchor="end">${score}</text>`,
        )}
        <text class="axis" x=${LEFT} y=${HEIGHT - 6}>${formatDate(isoDate(first))}</text>
        <text class="axis" x=${WIDTH - RIGHT} y=${HEIGHT - 6} text-anchor="end">
          ${formatDate(checkIns[checkIns.length - 1]!.date)}
        </text>
        ${SCORES.map(
          (score) => svg`
            <polyline
              class="line ${score}"
              points=${checkIns.map((c, i) => `${x(days[i]!)},${y(c[score])}`).join(' ')}
            ></polyline>
            ${checkIns.map(
              (c, i) =>
                svg`<circle class="point ${score}" cx=${x(days[i]!)} cy=${y(c[score])} r="4"></circle>`,
            )}`,
        )}
      </svg>
      <figcaption class="legend">
        ${SCORES.map(
          (score) =>
            html`<span class="key ${score}"><span class="swatch"></span>${text[score]}</span>`,
        )}
        <span class="key window"><span class="swatch"></span>${text.window}</span>
      </figcaption>
    </figure>
  `;
}
