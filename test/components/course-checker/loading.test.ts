// An upgraded course checker (on the page before the script ran) renders in three stages:
// the result and the first four questions, then the other questions and the check-ins,
// then "Uw gegevens", all of it in the DOM once `updateComplete` resolves. test/internal/rug-element.test.ts shows the reserved height
// held until then; course-checker.test.ts covers the checker itself.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../dist/rugwijzer.js';
import { atFirstRender, text, upgraded, type RugElement } from '../../support/elements.js';

function headings(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('h2, h3, legend')].map(text);
}

function questionCount(el: Element): number {
  return el.shadowRoot!.querySelectorAll('.flag legend').length;
}

describe('<rug-course-checker> on the page before the script', () => {
  afterEach(() => fixtureCleanup());

  it('shows the result and the first questions first, the rest in later stages', async () => {
    const container = await fixture(html`<div></div>`);
    const el = upgraded<RugElement>(container, 'rug-course-checker');
    const [first, firstQuestions] = await atFirstRender(
      el,
      () => [headings(el), questionCount(el)] as const,
    );
    expect(firstQuestions, 'the first four questions').to.equal(4);
    expect(first).to.not.include('Uw gegevens');

    await el.updateComplete;
    const whole = headings(el);
    expect(questionCount(el), 'all eleven questions').to.equal(11);
    expect(whole).to.include('Uw gegevens');
    expect(whole.slice(0, first.length)).to.deep.equal(first);
  });
});
