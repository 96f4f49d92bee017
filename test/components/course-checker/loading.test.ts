// An upgraded course checker (on the page before the script ran) renders in two slices:
// the result and the questions first, then the rest, all of it in the DOM once
// `updateComplete` resolves. test/internal/rug-element.test.ts shows the reserved height
// held until then; course-checker.test.ts covers the checker itself.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../dist/rugwijzer.js';
import { text, type RugElement } from '../../support/elements.js';

let upgradedTags = 0;

/** A checker defined after it was put on the page, under a tag of its own. */
function upgradedChecker(container: Element): RugElement {
  const tag = `rug-upgraded-checker-${++upgradedTags}`;
  container.insertAdjacentHTML('beforeend', `<${tag}></${tag}>`);
  const el = container.lastElementChild as RugElement;
  customElements.define(tag, class extends customElements.get('rug-course-checker')! {});
  return el;
}

/** The headings of `el` at its first render: mutation records arrive before the next task. */
function firstRenderHeadings(el: Element): Promise<string[]> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve(headings(el));
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  });
}

function headings(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('h2, h3, legend')].map(text);
}

describe('<rug-course-checker> on the page before the script', () => {
  afterEach(() => fixtureCleanup());

  it('shows the result and the questions first, the rest a slice later', async () => {
    const realNow = performance.now;
    let now = realNow.call(performance);
    // A slow phone: every job fills a slice of its own.
    performance.now = () => (now += 100);
    let first: string[];
    const container = await fixture(html`<div></div>`);
    const el = upgradedChecker(container);
    try {
      first = await firstRenderHeadings(el);
    } finally {
      performance.now = realNow;
    }
    expect(first.length, 'the eleven questions').to.be.greaterThan(11);
    expect(first).to.not.include('Uw gegevens');

    await el.updateComplete;
    const whole = headings(el);
    expect(whole).to.include('Uw gegevens');
    expect(whole.slice(0, first.length)).to.deep.equal(first);
  });
});
