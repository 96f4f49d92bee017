import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../dist/rugwijzer.js';
import { FULL_CARD } from './harness.js';
import { dutchAgain, type RugElement } from '../support/elements.js';
import { crossedLegends, squeezedValues } from './layout-checks.mjs';

// Layout at the widths a page gives: the course checker's questions from a 320 px phone
// to a 1280 px column, never crossed by their borders, and the contact card in the
// columns of issue 15 (a sidebar to a wide page; 650 px is a block theme's content
// column), never squeezing a value beside a label and a button. The container is what
// changes, not the viewport: the elements follow the space they get.

type Lang = 'nl' | 'en';
const LANGS: Lang[] = ['nl', 'en'];
const CHECKER_WIDTHS = [320, 360, 375, 414, 480, 568, 650, 768, 800, 1024, 1100, 1280];
const CARD_WIDTHS = [280, 360, 480, 650, 800, 1100];

/** `markup` in a column of `width` px, in `lang`, in the font the visual tests use. */
async function inColumn<T extends RugElement>(
  markup: string,
  width: number,
  lang: Lang,
): Promise<T> {
  const column = await fixture<HTMLDivElement>(
    `<div lang="${lang}" style="width: ${width}px; font: 16px/1.5 'DejaVu Sans', sans-serif">${markup}</div>`,
  );
  const el = column.firstElementChild as T;
  await waitUntil(
    () => el.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') === lang,
    `${el.localName} in ${lang}`,
  );
  await el.updateComplete;
  return el;
}

/** Which way the card's actions went: below its details, or beside them. */
function actionsPlace(card: RugElement): 'below' | 'beside' {
  const part = (name: string) =>
    card.shadowRoot!.querySelector(`[part="${name}"]`)!.getBoundingClientRect();
  return part('actions').top >= part('details').bottom - 1 ? 'below' : 'beside';
}

/** How many rows the times of an opening-hours line ("08:00–21:00", after ": ") take. */
function timesRows(line: Element): number {
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  const start = (line.textContent ?? '').indexOf(': ') + 2;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent!.length;
    if (start >= offset && start < offset + length) range.setStart(node, start - offset);
    range.setEnd(node, length);
    offset += length;
  }
  const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
  return new Set(tops).size;
}

describe('layout in the space a page gives', () => {
  afterEach(dutchAgain);

  for (const lang of LANGS) {
    describe(`course checker's questions (${lang})`, () => {
      for (const width of CHECKER_WIDTHS) {
        it(`no border crosses a question at ${width}px`, async () => {
          const el = await inColumn('<rug-course-checker></rug-course-checker>', width, lang);
          const questions = el.shadowRoot!.querySelectorAll('fieldset legend');
          expect(questions.length, 'questions').to.equal(11);
          expect(crossedLegends(el.parentElement!)).to.deep.equal([]);
        });
      }

      it('still names each Yes/No group by its question (the legend)', async () => {
        const el = await inColumn('<rug-course-checker></rug-course-checker>', 320, lang);
        for (const fieldset of el.shadowRoot!.querySelectorAll('fieldset')) {
          expect(fieldset.firstElementChild?.localName).to.equal('legend');
          expect(fieldset.querySelectorAll('input[type="radio"]').length).to.equal(2);
        }
      });
    });

    describe(`contact card (${lang})`, () => {
      for (const width of CARD_WIDTHS) {
        it(`the default card's values keep their lines at ${width}px`, async () => {
          const el = await inColumn('<rug-contact-card></rug-contact-card>', width, lang);
          expect(squeezedValues(el.parentElement!)).to.deep.equal([]);
        });

        it(`a card with opening hours and therapists keeps their lines at ${width}px`, async () => {
          const el = await inColumn(FULL_CARD, width, lang);
          expect(el.shadowRoot!.querySelectorAll('.hours li').length, 'opening hours').to.equal(2);
          expect(squeezedValues(el.parentElement!)).to.deep.equal([]);
        });
      }

      it('at 650px (a block theme’s column): labels beside the values, actions below', async () => {
        const el = await inColumn(FULL_CARD, 650, lang);
        const root = el.shadowRoot!;
        const label = root.querySelector('dt')!.getBoundingClientRect();
        const value = root.querySelector('dd')!.getBoundingClientRect();
        expect(value.left, 'the value beside its label').to.be.at.least(label.right);
        expect(actionsPlace(el)).to.equal('below');
      });

      it('at 1100px: the actions beside the details', async () => {
        const el = await inColumn(FULL_CARD, 1100, lang);
        expect(actionsPlace(el)).to.equal('beside');
      });

      it('at 280px: labels above their values, actions below', async () => {
        const el = await inColumn(FULL_CARD, 280, lang);
        const root = el.shadowRoot!;
        const label = root.querySelector('dt')!.getBoundingClientRect();
        const value = root.querySelector('dd')!.getBoundingClientRect();
        expect(value.top, 'the value below its label').to.be.at.least(label.bottom - 1);
        expect(actionsPlace(el)).to.equal('below');
        // Where an opening-hours line must wrap, it wraps before its times, not inside them.
        const lines = [...root.querySelectorAll('.hours li')];
        expect(lines.map((line) => timesRows(line))).to.deep.equal([1, 1]);
      });
    });
  }
});
