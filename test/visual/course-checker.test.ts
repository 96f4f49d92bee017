import { expect } from '@open-wc/testing';
import {
  CMS_COLUMN,
  LANGS,
  WIDTHS,
  clearStage,
  mount,
  snapshot,
  type RugElement,
} from './stage.js';

interface Checker extends RugElement {
  start: string | null;
  entries: unknown;
  redFlags: unknown;
  readonly result: { status: string };
}

/**
 * A deviant course on fixed dates in the past, so that the result, the weeks, the chart
 * and the table are the same every day: 5 weeks after the start, no clear change in the
 * 3 weeks before the latest check-in. The element refuses dates after today, so this
 * holds on any machine whose clock is past 2025-02-10.
 */
const START = '2025-01-06';
const ENTRIES = [
  { date: '2025-01-13', pain: 6, activity: 4, limitation: 6 },
  { date: '2025-01-20', pain: 6, activity: 4, limitation: 6 },
  { date: '2025-02-03', pain: 7, activity: 4, limitation: 7 },
  { date: '2025-02-10', pain: 7, activity: 3, limitation: 7 },
];
/**
 * The new check-in's date field starts at today's date: it is set to this fixed date
 * after rendering (no re-render follows), so the shot does not change with the clock.
 */
const FORM_DATE = '2025-02-17';

describe('visual: <rug-course-checker>', () => {
  afterEach(clearStage);

  for (const lang of LANGS) {
    // The questions in a CMS theme's 650 px content column, where the long ones wrap.
    const column = `course-checker-fresh-${lang}-650`;
    it(column, async () => {
      const { stage, el } = await mount<Checker>(
        '<rug-course-checker></rug-course-checker>',
        lang,
        CMS_COLUMN,
      );
      expect(el.getBoundingClientRect().width).to.equal(650);
      await snapshot(stage, el, column);
    });

    for (const width of WIDTHS) {
      const fresh = `course-checker-fresh-${lang}-${width}`;
      it(fresh, async () => {
        const { stage, el } = await mount<Checker>(
          '<rug-course-checker></rug-course-checker>',
          lang,
          width,
        );
        expect(el.shadowRoot!.querySelectorAll('fieldset').length, 'questions').to.equal(11);
        await snapshot(stage, el, fresh);
      });

      const deviant = `course-checker-deviant-${lang}-${width}`;
      it(deviant, async () => {
        const { stage, el } = await mount<Checker>(
          '<rug-course-checker contact-url="https://example.org/contact"></rug-course-checker>',
          lang,
          width,
        );
        el.redFlags = [];
        el.start = START;
        el.entries = ENTRIES;
        await el.updateComplete;
        expect(el.result.status).to.equal('deviant');
        expect(el.shadowRoot!.querySelectorAll('#history-table tbody tr').length).to.equal(4);
        const formDate = el.shadowRoot!.querySelector<HTMLInputElement>('#checkin-date')!;
        formDate.value = FORM_DATE;
        expect(formDate.value).to.equal(FORM_DATE);
        await snapshot(stage, el, deviant);
        expect(formDate.value, 'no re-render reset the date field').to.equal(FORM_DATE);
      });
    }
  }
});
