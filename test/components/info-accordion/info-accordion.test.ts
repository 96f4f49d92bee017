import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RugToggleDetail } from '../../../src/components/info-accordion/info-accordion.js';
import '../../../dist/rugwijzer.js';
import {
  atFirstRender,
  click,
  dutchAgain,
  header,
  headers,
  nextTask,
  openTitles,
  recordUncaught as recordUncaughtUntilStop,
  recordWarnings,
  text,
  titles,
  upgraded,
} from '../../support/elements.js';

/** The public face of the element, as a developer uses it. */
interface Accordion extends HTMLElement {
  sections: unknown;
  open: unknown;
  headingLevel: unknown;
  exclusive: boolean;
  remember: boolean;
  updateComplete: Promise<boolean>;
  toggle(id: string, open?: boolean): void;
}

const IDS = [
  'what',
  'spine',
  'specific',
  'aspecific',
  'normal-course',
  'deviant-course',
  'treatment',
  'origene',
  'more-info',
] as const;

type Id = (typeof IDS)[number];

/** The Dutch header of each built-in section, as a reader sees it. */
const NL: Record<Id, string> = {
  what: 'Wat is lage rugpijn?',
  spine: 'De lage rug',
  specific: 'Specifieke lage rugpijn',
  aspecific: 'Aspecifieke lage rugpijn',
  'normal-course': 'Normaal beloop van aspecifieke lage rugpijn',
  'deviant-course': 'Afwijkend beloop van aspecifieke lage rugpijn',
  treatment: 'Behandeling: blijf in beweging',
  origene: 'OriGENE Rugtherapie',
  'more-info': 'Meer informatie?',
};

const DUTCH_TITLES = IDS.map((id) => NL[id]);
const ALL = IDS.join(' ');

// ---- a small harness: what a person sees, found through roles and ARIA relations ----

function isOpen(button: HTMLButtonElement): boolean {
  return button.getAttribute('aria-expanded') === 'true';
}

/** The panel a header controls. */
function panel(el: Element, button: HTMLButtonElement): HTMLElement {
  const controlled = el.shadowRoot!.getElementById(button.getAttribute('aria-controls') ?? '');
  expect(controlled, `the panel of "${text(button)}"`).to.not.equal(null);
  return controlled!;
}

/** The show all / hide all button: the buttons before the first header. */
function toggleAll(el: Element): HTMLButtonElement | null {
  const buttons = [...el.shadowRoot!.querySelectorAll('button')];
  const first = buttons.indexOf(headers(el)[0]!);
  expect(first, 'buttons before the first header').to.be.at.most(1);
  return first === 1 ? buttons[0]! : null;
}

function focused(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}

const cleanups: (() => void)[] = [];

/** Every `rug-toggle` that reaches the document from now until the test ends. */
function recordToggles(): RugToggleDetail[] {
  const seen: RugToggleDetail[] = [];
  const listener = (event: Event) => seen.push((event as CustomEvent<RugToggleDetail>).detail);
  document.addEventListener('rug-toggle', listener);
  cleanups.push(() => document.removeEventListener('rug-toggle', listener));
  return seen;
}

/** Errors nothing caught, from now until the test ends. */
function recordUncaught(): unknown[] {
  const { errors, stop } = recordUncaughtUntilStop();
  cleanups.push(stop);
  return errors;
}

let warnings: string[] = [];
let stopWarnings = () => {};
const pageUrl = location.pathname + location.search;

/** The warnings that name the accordion. */
function accordionWarnings(): string[] {
  return warnings.filter((w) => w.includes('rug-info-accordion'));
}

function setHash(hash: string): void {
  // Only when it changes: WebKit throws after 100 history changes in 10 s (every afterEach).
  if (location.hash !== hash) history.replaceState(null, '', `${pageUrl}${hash}`);
}

/** An accordion that was on the page before its tag was defined. */
function upgradedAccordion(container: Element, attributes = ''): Accordion {
  return upgraded<Accordion>(container, 'rug-info-accordion', attributes);
}

/** The DOM of `el`'s first render. */
function firstRender(el: Element): Promise<Record<string, string>> {
  return atFirstRender(el, () => panelTexts(el));
}

/** The text of each section's panel, by header, as the DOM holds it right now. */
function panelTexts(el: Element): Record<string, string> {
  return Object.fromEntries(headers(el).map((b) => [text(b), text(panel(el, b))]));
}

const LIGHT_SECTION = '<section id="parking"><h3>Parkeren</h3><p>Achter het gebouw.</p></section>';

describe('<rug-info-accordion>', () => {
  beforeEach(() => {
    ({ warnings, stop: stopWarnings } = recordWarnings());
    sessionStorage.clear();
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    fixtureCleanup();
    stopWarnings();
    setHash('');
    sessionStorage.clear();
    await dutchAgain();
  });

  describe('accessibility', () => {
    it('passes axe with every section closed', async () => {
      const el = await fixture(html`<rug-info-accordion></rug-info-accordion>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe with every section open', async () => {
      const el = await fixture<Accordion>(
        html`<rug-info-accordion open=${ALL}></rug-info-accordion>`,
      );
      expect(openTitles(el)).to.deep.equal(DUTCH_TITLES);
      await expect(el).to.be.accessible();
    });

    it('passes axe in English, closed and open', async () => {
      const el = await fixture<Accordion>(
        html`<rug-info-accordion lang="en"></rug-info-accordion>`,
      );
      await waitUntil(() => titles(el)[0] === 'What is low back pain?', 'English titles');
      await expect(el).to.be.accessible();
      await click(el, toggleAll(el)!);
      expect(headers(el).every(isOpen)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('passes axe with a page section and a heading level of 2', async () => {
      const el = await fixture<Accordion>(html`
        <rug-info-accordion heading-level="2" open="parking what">
          <section id="parking">
            <h2>Parkeren</h2>
            <p>Achter het gebouw.</p>
          </section>
        </rug-info-accordion>
      `);
      expect(openTitles(el)).to.deep.equal([NL.what, 'Parkeren']);
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('shows the nine sections in their default order, all closed', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      expect(titles(el)).to.deep.equal(DUTCH_TITLES);
      expect(openTitles(el)).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    });

    it('names the sections with their stable ids, in that order', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const toggles = recordToggles();
      for (const button of headers(el)) await click(el, button);
      expect(toggles.map((t) => t.id)).to.deep.equal([...IDS]);
    });

    it('makes each header a real button inside an h3, controlling a labelled region', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      for (const button of headers(el)) {
        const name = text(button);
        expect(button.localName, name).to.equal('button');
        expect(button.parentElement!.localName, name).to.equal('h3');
        expect(button.getAttribute('aria-expanded'), name).to.equal('false');
        // One tab stop per header: nothing focusable inside it.
        expect(
          button.querySelectorAll('a, button, input, select, [tabindex]'),
          name,
        ).to.have.length(0);
        const region = panel(el, button);
        expect(region.getAttribute('role'), name).to.equal('region');
        const labelledBy = region.getAttribute('aria-labelledby') ?? '';
        expect(el.shadowRoot!.getElementById(labelledBy), name).to.equal(button);
        expect(region.getAttribute('hidden'), name).to.equal('until-found');
      }
    });

    it('shows an open panel and hides it again when closed', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const button = header(el, NL.spine);
      const region = panel(el, button);
      const content = region.firstElementChild!;
      expect(content.checkVisibility()).to.equal(false);
      await click(el, button);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(region.hasAttribute('hidden')).to.equal(false);
      expect(content.checkVisibility()).to.equal(true);
      expect(text(region)).to.contain('lumbale wervelkolom');
      await click(el, button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(region.getAttribute('hidden')).to.equal('until-found');
    });

    it('starts with the show all button, not expanded', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const all = toggleAll(el);
      expect(all, 'a show all button').to.not.equal(null);
      expect(text(all!)).to.equal('Alles tonen');
      expect(all!.getAttribute('aria-expanded')).to.equal('false');
      const controls = (all!.getAttribute('aria-controls') ?? '').split(/\s+/);
      for (const button of headers(el)) {
        expect(controls).to.include(button.getAttribute('aria-controls'));
      }
    });

    it('is Dutch, and says so on its shadow content', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('nl');
    });
  });

  describe('attributes', () => {
    describe('sections', () => {
      it('chooses and orders the sections', async () => {
        const el = await fixture<Accordion>(
          html`<rug-info-accordion sections="deviant-course what spine"></rug-info-accordion>`,
        );
        expect(titles(el)).to.deep.equal([NL['deviant-course'], NL.what, NL.spine]);
        expect(warnings).to.deep.equal([]);
      });

      it('skips unknown ids with one warning naming the element, attribute and token', async () => {
        const el = await fixture<Accordion>(
          html`<rug-info-accordion sections="what nope spine"></rug-info-accordion>`,
        );
        expect(titles(el)).to.deep.equal([NL.what, NL.spine]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('rug-info-accordion');
        expect(warnings[0]).to.contain('sections');
        expect(warnings[0]).to.contain('nope');
      });

      it('shows the default set when no id is known', async () => {
        const el = await fixture<Accordion>(
          html`<rug-info-accordion sections="nope nada"></rug-info-accordion>`,
        );
        expect(titles(el)).to.deep.equal(DUTCH_TITLES);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('sections');
        expect(warnings[0]).to.contain('nope');
        expect(warnings[0]).to.contain('nada');
      });

      it('follows a change at run time', async () => {
        const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
        el.setAttribute('sections', 'treatment more-info');
        await el.updateComplete;
        expect(titles(el)).to.deep.equal([NL.treatment, NL['more-info']]);
      });
    });

    describe('open', () => {
      it('opens the named sections at first', async () => {
        const el = await fixture<Accordion>(
          html`<rug-info-accordion open="treatment spine"></rug-info-accordion>`,
        );
        expect(openTitles(el)).to.deep.equal([NL.spine, NL.treatment]);
        expect(panel(el, header(el, NL.spine)).hasAttribute('hidden')).to.equal(false);
        expect(panel(el, header(el, NL.what)).getAttribute('hidden')).to.equal('until-found');
      });

      it('skips unknown ids with one warning', async () => {
        const el = await fixture<Accordion>(
          html`<rug-info-accordion open="spine nope"></rug-info-accordion>`,
        );
        expect(openTitles(el)).to.deep.equal([NL.spine]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('rug-info-accordion');
        expect(warnings[0]).to.contain('open');
        expect(warnings[0]).to.contain('nope');
      });

      it('follows a change at run time', async () => {
        const el = await fixture<Accordion>(
          html`<rug-info-accordion open="what"></rug-info-accordion>`,
        );
        el.setAttribute('open', 'origene');
        await el.updateComplete;
        expect(openTitles(el)).to.deep.equal([NL.origene]);
      });
    });

    describe('exclusive', () => {
      it('keeps one section open at a time', async () => {
        const el = await fixture<Accordion>(
          html`<rug-info-accordion exclusive></rug-info-accordion>`,
        );
        await click(el, header(el, NL.what));
        expect(openTitles(el)).to.deep.equal([NL.what]);
        await click(el, header(el, NL.spine));
        expect(openTitles(el)).to.deep.equal([NL.spine]);
        expect(panel(el, header(el, NL.what)).getAttribute('hidden')).to.equal('until-found');
      });

      it('has no show all button', async () => {
        const el = await fixture<Accordion>(
          html`<rug-info-accordion exclusive></rug-info-accordion>`,
        );
        expect(toggleAll(el)).to.equal(null);
        expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(IDS.length);
      });

      it('lets the open section be closed', async () => {
        const el = await fixture<Accordion>(
          html`<rug-info-accordion exclusive open="spine"></rug-info-accordion>`,
        );
        await click(el, header(el, NL.spine));
        expect(openTitles(el)).to.deep.equal([]);
      });

      it('opens only the first id of open', async () => {
        const el = await fixture<Accordion>(
          html`<rug-info-accordion exclusive open="spine what"></rug-info-accordion>`,
        );
        expect(openTitles(el)).to.deep.equal([NL.spine]);
      });
    });

    describe('heading-level', () => {
      for (const level of [1, 2, 3, 4, 5, 6]) {
        it(`puts the headers in h${level} for ${level}`, async () => {
          const el = await fixture<Accordion>(
            html`<rug-info-accordion heading-level=${level}></rug-info-accordion>`,
          );
          const parents = headers(el).map((b) => b.parentElement!.localName);
          expect(parents).to.deep.equal(IDS.map(() => `h${level}`));
          expect(warnings).to.deep.equal([]);
        });
      }

      for (const bad of ['9', '0', '2.5', 'x', '']) {
        it(`uses h3 with one warning for "${bad}"`, async () => {
          const el = await fixture<Accordion>(
            html`<rug-info-accordion heading-level=${bad}></rug-info-accordion>`,
          );
          const parents = headers(el).map((b) => b.parentElement!.localName);
          expect(parents).to.deep.equal(IDS.map(() => 'h3'));
          expect(warnings).to.have.length(1);
          expect(warnings[0]).to.contain('rug-info-accordion');
          expect(warnings[0]).to.contain('heading-level');
          expect(warnings[0]).to.contain(JSON.stringify(bad));
        });
      }
    });

    describe('remember', () => {
      it('keeps the open sections when the element is created again on the page', async () => {
        const first = await fixture<Accordion>(
          html`<rug-info-accordion remember></rug-info-accordion>`,
        );
        await click(first, header(first, NL.spine));
        await click(first, header(first, NL.treatment));
        first.remove();
        const again = await fixture<Accordion>(
          html`<rug-info-accordion remember></rug-info-accordion>`,
        );
        expect(openTitles(again)).to.deep.equal([NL.spine, NL.treatment]);
      });

      it('remembers closing too', async () => {
        const first = await fixture<Accordion>(
          html`<rug-info-accordion remember open="what"></rug-info-accordion>`,
        );
        await click(first, header(first, NL.spine));
        await click(first, header(first, NL.spine));
        first.remove();
        const again = await fixture<Accordion>(
          html`<rug-info-accordion remember></rug-info-accordion>`,
        );
        expect(openTitles(again)).to.deep.equal([NL.what]);
      });

      it('remembers nothing without the attribute', async () => {
        const first = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
        await click(first, header(first, NL.spine));
        first.remove();
        const again = await fixture<Accordion>(
          html`<rug-info-accordion remember></rug-info-accordion>`,
        );
        expect(openTitles(again)).to.deep.equal([]);
      });

      it('keeps a set per accordion id', async () => {
        const page = () => html`
          <div>
            <rug-info-accordion id="a" remember></rug-info-accordion>
            <rug-info-accordion id="b" remember></rug-info-accordion>
          </div>
        `;
        const before = await fixture(page());
        const [a, b] = before.querySelectorAll<Accordion>('rug-info-accordion');
        await click(a!, header(a!, NL.spine));
        await click(b!, header(b!, NL.treatment));
        before.remove();
        const after = await fixture(page());
        const [a2, b2] = after.querySelectorAll<Accordion>('rug-info-accordion');
        expect(openTitles(a2!)).to.deep.equal([NL.spine]);
        expect(openTitles(b2!)).to.deep.equal([NL.treatment]);
      });

      it('lets the remembered section win in exclusive mode', async () => {
        const first = await fixture<Accordion>(
          html`<rug-info-accordion exclusive remember></rug-info-accordion>`,
        );
        await click(first, header(first, NL.treatment));
        first.remove();
        const again = await fixture<Accordion>(
          html`<rug-info-accordion exclusive remember open="what"></rug-info-accordion>`,
        );
        expect(openTitles(again)).to.deep.equal([NL.treatment]);
      });

      it('changes nothing else when sessionStorage throws', async () => {
        const { getItem, setItem } = Storage.prototype;
        Storage.prototype.getItem = () => {
          throw new DOMException('denied', 'SecurityError');
        };
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
        cleanups.push(() => {
          Storage.prototype.getItem = getItem;
          Storage.prototype.setItem = setItem;
        });
        const uncaught = recordUncaught();
        const toggles = recordToggles();
        const first = await fixture<Accordion>(
          html`<rug-info-accordion remember open="what"></rug-info-accordion>`,
        );
        expect(openTitles(first)).to.deep.equal([NL.what]);
        await click(first, header(first, NL.spine));
        expect(openTitles(first)).to.deep.equal([NL.what, NL.spine]);
        expect(toggles).to.deep.equal([{ id: 'spine', open: true }]);
        first.remove();
        const again = await fixture<Accordion>(
          html`<rug-info-accordion remember open="what"></rug-info-accordion>`,
        );
        expect(openTitles(again)).to.deep.equal([NL.what]);
        await nextTask();
        expect(uncaught).to.deep.equal([]);
      });
    });
  });

  describe('keyboard', () => {
    it('toggles a section with Enter', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const button = header(el, NL.spine);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(isOpen(button)).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(isOpen(button)).to.equal(false);
    });

    it('toggles a section with Space', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const button = header(el, NL.spine);
      button.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(isOpen(button)).to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(isOpen(button)).to.equal(false);
    });

    it('moves between headers with ArrowDown and ArrowUp, wrapping', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const all = headers(el);
      all[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(all[1]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(all[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(all[8]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(all[0]);
    });

    it('moves to the first and last header with Home and End', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const all = headers(el);
      all[4]!.focus();
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(all[8]);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(all[0]);
    });

    it('does not open or close a section when moving focus', async () => {
      const el = await fixture<Accordion>(
        html`<rug-info-accordion open="what"></rug-info-accordion>`,
      );
      headers(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(openTitles(el)).to.deep.equal([NL.what]);
    });

    it('tabs from show all to the first header, and from a closed header to the next', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      toggleAll(el)!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(header(el, NL.what));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(header(el, NL.spine));
    });

    it('tabs into an open panel’s link, then on to the next header', async () => {
      const el = await fixture<Accordion>(html`
        <rug-info-accordion sections="parking what" open="parking">
          <section id="parking">
            <h3>Parkeren</h3>
            <p><a href="https://example.nl/route">Route</a></p>
          </section>
        </rug-info-accordion>
      `);
      header(el, 'Parkeren').focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.querySelector('a'));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(header(el, NL.what));
    });

    it('tabs into an open panel’s button', async () => {
      const page = await fixture(html`
        <div>
          <rug-info-accordion open="more-info"></rug-info-accordion>
          <rug-contact-card></rug-contact-card>
        </div>
      `);
      const el = page.querySelector<Accordion>('rug-info-accordion')!;
      const moreInfo = header(el, NL['more-info']);
      moreInfo.focus();
      await sendKeys({ press: 'Tab' });
      const target = focused(el);
      expect(target?.localName).to.equal('button');
      expect(text(target!)).to.equal('Naar de contactgegevens');
      expect(panel(el, moreInfo).contains(target)).to.equal(true);
    });
  });

  describe('show all / hide all', () => {
    it('opens every section, then closes every section', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const all = toggleAll(el)!;
      await click(el, all);
      expect(openTitles(el)).to.deep.equal(DUTCH_TITLES);
      expect(text(all)).to.equal('Alles verbergen');
      expect(all.getAttribute('aria-expanded')).to.equal('true');
      await click(el, all);
      expect(openTitles(el)).to.deep.equal([]);
      expect(text(all)).to.equal('Alles tonen');
      expect(all.getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens the rest when some are open', async () => {
      const el = await fixture<Accordion>(
        html`<rug-info-accordion open="spine"></rug-info-accordion>`,
      );
      const all = toggleAll(el)!;
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      await click(el, all);
      expect(openTitles(el)).to.deep.equal(DUTCH_TITLES);
    });

    it('follows sections opened and closed one by one', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const all = toggleAll(el)!;
      for (const button of headers(el)) {
        expect(all.getAttribute('aria-expanded')).to.equal('false');
        expect(text(all)).to.equal('Alles tonen');
        await click(el, button);
      }
      expect(all.getAttribute('aria-expanded')).to.equal('true');
      expect(text(all)).to.equal('Alles verbergen');
      await click(el, header(el, NL.origene));
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      expect(text(all)).to.equal('Alles tonen');
    });

    it('starts as hide all when every section is open', async () => {
      const el = await fixture<Accordion>(
        html`<rug-info-accordion open=${ALL}></rug-info-accordion>`,
      );
      const all = toggleAll(el)!;
      expect(text(all)).to.equal('Alles verbergen');
      expect(all.getAttribute('aria-expanded')).to.equal('true');
    });

    it('counts the page’s own sections too', async () => {
      const el = await fixture<Accordion>(html`
        <rug-info-accordion open=${ALL}>
          <section id="parking">
            <h3>Parkeren</h3>
            <p>Achter het gebouw.</p>
          </section>
        </rug-info-accordion>
      `);
      const all = toggleAll(el)!;
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      await click(el, all);
      expect(openTitles(el)).to.deep.equal([...DUTCH_TITLES, 'Parkeren']);
      expect(all.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('hash', () => {
    it('opens the section a hash in the URL names, firing nothing', async () => {
      setHash('#deviant-course');
      const toggles = recordToggles();
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      expect(openTitles(el)).to.deep.equal([NL['deviant-course']]);
      expect(focused(el)).to.equal(null);
      await nextTask();
      expect(toggles).to.deep.equal([]);
    });

    it('adds the hash target to open', async () => {
      setHash('#deviant-course');
      const el = await fixture<Accordion>(
        html`<rug-info-accordion open="what"></rug-info-accordion>`,
      );
      expect(openTitles(el)).to.deep.equal([NL.what, NL['deviant-course']]);
    });

    it('lets the hash target win in exclusive mode', async () => {
      setHash('#deviant-course');
      const el = await fixture<Accordion>(
        html`<rug-info-accordion exclusive open="what"></rug-info-accordion>`,
      );
      expect(openTitles(el)).to.deep.equal([NL['deviant-course']]);
    });

    it('opens the section on hashchange, fires once and focuses its header', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const toggles = recordToggles();
      const target = header(el, NL['deviant-course']);
      location.hash = '#deviant-course';
      await waitUntil(() => focused(el) === target, 'focus on the section header');
      expect(isOpen(target)).to.equal(true);
      expect(document.activeElement).to.equal(el);
      await nextTask();
      expect(toggles).to.deep.equal([{ id: 'deviant-course', open: true }]);
    });

    it('ignores a hash that names no section', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const toggles = recordToggles();
      const change = oneEvent(window, 'hashchange');
      location.hash = '#nothing-here';
      await change;
      await el.updateComplete;
      expect(openTitles(el)).to.deep.equal([]);
      expect(toggles).to.deep.equal([]);
      expect(focused(el)).to.equal(null);
    });

    it('opens the section in every accordion that has it', async () => {
      const page = await fixture(html`
        <div>
          <rug-info-accordion id="one"></rug-info-accordion>
          <rug-info-accordion id="two" sections="what deviant-course"></rug-info-accordion>
          <rug-info-accordion id="three" sections="what"></rug-info-accordion>
        </div>
      `);
      const [one, two, three] = page.querySelectorAll<Accordion>('rug-info-accordion');
      const toggles = recordToggles();
      location.hash = '#deviant-course';
      await waitUntil(() => focused(one!) !== null, 'focus in the first accordion');
      expect(focused(one!)).to.equal(header(one!, NL['deviant-course']));
      expect(openTitles(one!)).to.deep.equal([NL['deviant-course']]);
      expect(openTitles(two!)).to.deep.equal([NL['deviant-course']]);
      expect(openTitles(three!)).to.deep.equal([]);
      expect(toggles).to.deep.equal([
        { id: 'deviant-course', open: true },
        { id: 'deviant-course', open: true },
      ]);
    });
  });

  describe('find in page', () => {
    it('marks closed panels hidden until found', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const region = panel(el, header(el, NL.aspecific));
      expect(region.getAttribute('hidden')).to.equal('until-found');
      // Where the browser knows the value, the panel is searchable rather than gone.
      if ('onbeforematch' in document.body) expect(region.hidden).to.equal('until-found');
    });

    it('opens a closed panel on beforematch and fires rug-toggle', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const toggles = recordToggles();
      const button = header(el, NL.aspecific);
      const region = panel(el, button);
      region.dispatchEvent(new Event('beforematch', { bubbles: true }));
      await el.updateComplete;
      expect(isOpen(button)).to.equal(true);
      expect(region.hasAttribute('hidden')).to.equal(false);
      expect(toggles).to.deep.equal([{ id: 'aspecific', open: true }]);
    });
  });

  describe('loading without a long task', () => {
    it('shows the headers and open sections first, the closed sections’ content a task later', async () => {
      const container = await fixture(html`<div></div>`);
      const el = upgradedAccordion(container, 'open="spine"');
      const first = await firstRender(el);
      expect(Object.keys(first)).to.deep.equal(DUTCH_TITLES);
      expect(first[NL.spine]).to.contain('lumbale wervelkolom');
      expect(first[NL.what]).to.equal('');

      await el.updateComplete;
      const complete = panelTexts(el);
      expect(complete[NL.what]).to.contain('meest voorkomende lichamelijke klachten');
      for (const title of DUTCH_TITLES) expect(complete[title], title).to.not.equal('');
    });

    it('has the text of every closed section in the DOM, hidden until found, once updateComplete resolves', async () => {
      const container = await fixture(html`<div></div>`);
      const el = upgradedAccordion(container);
      await el.updateComplete;
      for (const button of headers(el)) {
        const region = panel(el, button);
        expect(region.getAttribute('hidden'), text(button)).to.equal('until-found');
        expect(text(region), text(button)).to.not.equal('');
      }
      expect(text(panel(el, header(el, NL.origene)))).to.contain('OriGENE');
    });

    it('renders a section opened before its content arrived', async () => {
      const container = await fixture(html`<div></div>`);
      const el = upgradedAccordion(container);
      await waitUntil(() => headers(el).length === IDS.length, 'the headers');
      header(el, NL.treatment).click();
      await el.updateComplete;
      const region = panel(el, header(el, NL.treatment));
      expect(region.hasAttribute('hidden')).to.equal(false);
      expect(text(region)).to.not.equal('');
    });

    it('renders everything in its first render when a script creates it, as any Lit element', async () => {
      const container = await fixture(html`<div></div>`);
      const el = document.createElement('rug-info-accordion') as Accordion;
      container.append(el);
      const first = await firstRender(el);
      for (const title of DUTCH_TITLES) expect(first[title], title).to.not.equal('');
    });
  });

  describe('light-DOM sections', () => {
    it('adds a page section after the built-in ones', async () => {
      const el = await fixture<Accordion>(html`
        <rug-info-accordion>
          <section id="parking">
            <h3>Parkeren</h3>
            <p>Achter het gebouw.</p>
          </section>
        </rug-info-accordion>
      `);
      expect(titles(el)).to.deep.equal([...DUTCH_TITLES, 'Parkeren']);
      expect(warnings).to.deep.equal([]);
    });

    it('shows its content in the panel when open', async () => {
      const el = await fixture<Accordion>(html`
        <rug-info-accordion>
          <section id="parking">
            <h3>Parkeren</h3>
            <p>Achter het gebouw.</p>
          </section>
        </rug-info-accordion>
      `);
      const button = header(el, 'Parkeren');
      const region = panel(el, button);
      const content = el.querySelector('p')!;
      expect(region.contains(el.querySelector('section')!.assignedSlot)).to.equal(true);
      expect(content.checkVisibility()).to.equal(false);
      await click(el, button);
      expect(content.checkVisibility()).to.equal(true);
      // The heading became the header; it is not shown a second time.
      expect(el.querySelector('h3')!.checkVisibility()).to.equal(false);
    });

    it('places a page section that sections names', async () => {
      const el = await fixture<Accordion>(html`
        <rug-info-accordion sections="parking what">
          <section id="parking">
            <h3>Parkeren</h3>
            <p>Achter het gebouw.</p>
          </section>
        </rug-info-accordion>
      `);
      expect(titles(el)).to.deep.equal(['Parkeren', NL.what]);
      expect(warnings).to.deep.equal([]);
    });

    it('shows a page section that sections does not name, after the chosen ones', async () => {
      const el = await fixture<Accordion>(html`
        <rug-info-accordion sections="spine what">
          <section id="parking">
            <h4>Parkeren</h4>
            <p>Achter het gebouw.</p>
          </section>
        </rug-info-accordion>
      `);
      expect(titles(el)).to.deep.equal([NL.spine, NL.what, 'Parkeren']);
    });

    it('adopts sections added after the upgrade', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      el.innerHTML = LIGHT_SECTION;
      await waitUntil(() => titles(el).length === 10, 'ten sections');
      expect(titles(el)[9]).to.equal('Parkeren');
    });

    const invalid: [string, string][] = [
      ['a paragraph', '<p>Losse tekst</p>'],
      ['a section without a heading', '<section id="loose"><p>Losse tekst</p></section>'],
      ['a section without an id', '<section><h3>Kop</h3><p>Losse tekst</p></section>'],
      [
        'a section starting with an h1',
        '<section id="loose"><h1>Kop</h1><p>Losse tekst</p></section>',
      ],
      [
        'a section with a built-in id',
        '<section id="what"><h3>Kop</h3><p>Losse tekst</p></section>',
      ],
    ];
    for (const [name, markup] of invalid) {
      it(`leaves ${name} visible as page content, with a warning`, async () => {
        const el = document.createElement('rug-info-accordion') as Accordion;
        el.innerHTML = markup;
        const container = await fixture(html`<div></div>`);
        container.append(el);
        await el.updateComplete;
        await nextTask();
        expect(titles(el)).to.deep.equal(DUTCH_TITLES);
        const child = el.firstElementChild!;
        expect(child.assignedSlot, 'slotted').to.not.equal(null);
        expect(child.assignedSlot!.closest('[role="region"]'), 'in a panel').to.equal(null);
        expect(el.querySelector('p')!.checkVisibility()).to.equal(true);
        expect(accordionWarnings()).to.have.length(1);
      });
    }
  });

  describe('before upgrade', () => {
    it('is plain readable HTML while the tag is not defined', async () => {
      const el = await fixture(html`
        <rug-info-accordion-pending>
          <section id="parking">
            <h3>Parkeren</h3>
            <p>Achter het gebouw.</p>
          </section>
        </rug-info-accordion-pending>
      `);
      expect(el.matches(':defined')).to.equal(false);
      expect(el.querySelector('h3')!.checkVisibility()).to.equal(true);
      expect(el.querySelector('p')!.checkVisibility()).to.equal(true);
      expect(text(el)).to.equal('Parkeren Achter het gebouw.');
    });

    it('stays untouched where it cannot upgrade, and upgrades when placed', async () => {
      const template = document.createElement('template');
      template.innerHTML = `<rug-info-accordion>${LIGHT_SECTION}</rug-info-accordion>`;
      const pending = template.content.querySelector('rug-info-accordion')!;
      expect(pending.shadowRoot).to.equal(null);
      expect(pending.querySelector('h3')!.hidden).to.equal(false);
      expect(pending.querySelector('section')!.hasAttribute('slot')).to.equal(false);
      expect(text(pending)).to.contain('Parkeren').and.contain('Achter het gebouw.');

      const container = await fixture(html`<div></div>`);
      container.append(document.importNode(template.content, true));
      const el = container.querySelector<Accordion>('rug-info-accordion')!;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([...DUTCH_TITLES, 'Parkeren']);
    });
  });

  describe('events', () => {
    it('fires rug-toggle { id, open } that bubbles and is composed, on click', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const button = header(el, NL.spine);
      setTimeout(() => button.click());
      const event = (await oneEvent(document, 'rug-toggle')) as CustomEvent<RugToggleDetail>;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ id: 'spine', open: true });
      const toggles = recordToggles();
      await click(el, button);
      expect(toggles).to.deep.equal([{ id: 'spine', open: false }]);
    });

    it('fires once per key press', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const toggles = recordToggles();
      header(el, NL.treatment).focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(toggles).to.deep.equal([
        { id: 'treatment', open: true },
        { id: 'treatment', open: false },
      ]);
    });

    it('fires once per changed section for show all and hide all', async () => {
      const el = await fixture<Accordion>(
        html`<rug-info-accordion open="spine"></rug-info-accordion>`,
      );
      const toggles = recordToggles();
      await click(el, toggleAll(el)!);
      expect(toggles).to.deep.equal(
        IDS.filter((id) => id !== 'spine').map((id) => ({ id, open: true })),
      );
      toggles.length = 0;
      await click(el, toggleAll(el)!);
      expect(toggles).to.deep.equal(IDS.map((id) => ({ id, open: false })));
    });

    it('fires for both sections that change in exclusive mode', async () => {
      const el = await fixture<Accordion>(
        html`<rug-info-accordion exclusive open="what"></rug-info-accordion>`,
      );
      const toggles = recordToggles();
      await click(el, header(el, NL.spine));
      expect(toggles).to.have.deep.members([
        { id: 'what', open: false },
        { id: 'spine', open: true },
      ]);
    });

    it('fires nothing on the first render', async () => {
      const first = await fixture<Accordion>(
        html`<rug-info-accordion remember></rug-info-accordion>`,
      );
      await click(first, header(first, NL.treatment));
      first.remove();
      setHash('#deviant-course');
      const toggles = recordToggles();
      const el = await fixture<Accordion>(html`
        <rug-info-accordion remember open="what spine">
          <section id="parking">
            <h3>Parkeren</h3>
            <p>Achter het gebouw.</p>
          </section>
        </rug-info-accordion>
      `);
      expect(openTitles(el)).to.deep.equal([NL.what, NL.spine, NL['deviant-course'], NL.treatment]);
      await nextTask();
      expect(toggles).to.deep.equal([]);
    });
  });

  describe('localisation', () => {
    async function english(el: Element): Promise<void> {
      await waitUntil(() => titles(el)[0] === 'What is low back pain?', 'English titles');
    }

    it('speaks English under <html lang="en">', async () => {
      document.documentElement.lang = 'en';
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      await english(el);
      expect(text(toggleAll(el)!)).to.equal('Show all');
      expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
    });

    for (const lang of ['en', 'en-GB']) {
      it(`speaks English with lang="${lang}" on the element`, async () => {
        const el = await fixture<Accordion>(
          html`<rug-info-accordion lang=${lang}></rug-info-accordion>`,
        );
        await english(el);
        expect(text(toggleAll(el)!)).to.equal('Show all');
        expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
        await click(el, toggleAll(el)!);
        expect(text(toggleAll(el)!)).to.equal('Hide all');
      });
    }

    it('speaks English inside an ancestor with lang="en"', async () => {
      const page = await fixture(
        html`<div lang="en"><rug-info-accordion></rug-info-accordion></div>`,
      );
      await english(page.querySelector('rug-info-accordion')!);
    });

    it('follows a change of the element’s lang at run time', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      expect(titles(el)[0]).to.equal(NL.what);
      el.lang = 'en';
      await english(el);
      expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
      el.removeAttribute('lang');
      await waitUntil(() => titles(el)[0] === NL.what, 'Dutch titles');
      expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('nl');
    });

    it('follows a change of <html lang> at run time', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      document.documentElement.lang = 'en';
      await english(el);
      document.documentElement.lang = 'nl';
      await waitUntil(() => titles(el)[0] === NL.what, 'Dutch titles');
    });

    it('keeps Dutch for another language', async () => {
      const el = await fixture<Accordion>(
        html`<rug-info-accordion lang="fr"></rug-info-accordion>`,
      );
      expect(titles(el)).to.deep.equal(DUTCH_TITLES);
      expect(text(toggleAll(el)!)).to.equal('Alles tonen');
      expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('nl');
    });

    it('lets the element’s own lang win over <html lang>', async () => {
      document.documentElement.lang = 'en';
      const el = await fixture<Accordion>(
        html`<rug-info-accordion lang="nl"></rug-info-accordion>`,
      );
      await el.updateComplete;
      expect(titles(el)[0]).to.equal(NL.what);
      expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('nl');
    });

    it('shares one locale on the page: the lang set last wins', async () => {
      const page = await fixture(html`
        <div>
          <rug-info-accordion id="one"></rug-info-accordion>
          <rug-info-accordion id="two"></rug-info-accordion>
        </div>
      `);
      const [one, two] = page.querySelectorAll<Accordion>('rug-info-accordion');
      one!.lang = 'en';
      await english(two!);
      two!.lang = 'nl';
      await waitUntil(() => titles(one!)[0] === NL.what, 'Dutch titles');
    });
  });

  describe('bad input', () => {
    const attributes: [string, string][] = [
      ['sections', ''],
      ['sections', '   '],
      ['sections', '<img src=x onerror=alert(1)>'],
      ['sections', 'what what spine what'],
      ['open', 'what what'],
      ['open', '*'],
      ['heading-level', '1e1'],
      ['heading-level', '-3'],
      ['lang', ''],
      ['lang', '<>'],
    ];
    for (const [name, value] of attributes) {
      it(`never throws for ${name}="${value}"`, async () => {
        const uncaught = recordUncaught();
        const el = document.createElement('rug-info-accordion') as Accordion;
        el.setAttribute(name, value);
        const container = await fixture(html`<div></div>`);
        container.append(el);
        await el.updateComplete;
        el.setAttribute(name, `${value} ${value}`);
        await el.updateComplete;
        expect(headers(el).length).to.be.greaterThan(0);
        await nextTask();
        expect(uncaught).to.deep.equal([]);
      });
    }

    it('shows each section once when sections repeats an id', async () => {
      const el = await fixture<Accordion>(
        html`<rug-info-accordion sections="what spine what"></rug-info-accordion>`,
      );
      expect(titles(el)).to.deep.equal([NL.what, NL.spine]);
    });

    it('takes sections and open set as a string property', async () => {
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      el.sections = 'spine what';
      el.open = 'what';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([NL.spine, NL.what]);
      expect(openTitles(el)).to.deep.equal([NL.what]);
    });

    it('never throws for properties of the wrong type', async () => {
      const uncaught = recordUncaught();
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      for (const value of ['what spine', null, undefined, 42, {}, [1, 'spine']]) {
        el.sections = value;
        el.open = value;
        el.headingLevel = value;
        await el.updateComplete.catch((error: unknown) => uncaught.push(error));
        expect(headers(el).length, String(value)).to.be.greaterThan(0);
      }
      await nextTask();
      expect(uncaught).to.deep.equal([]);
    });

    it('ignores a malformed hash and unknown ids given to toggle', async () => {
      const uncaught = recordUncaught();
      const el = await fixture<Accordion>(html`<rug-info-accordion></rug-info-accordion>`);
      const toggles = recordToggles();
      const change = oneEvent(window, 'hashchange');
      location.hash = '#%E0%A4%A';
      await change;
      el.toggle('nope');
      el.toggle('"]<');
      await el.updateComplete;
      expect(openTitles(el)).to.deep.equal([]);
      expect(toggles).to.deep.equal([]);
      await nextTask();
      expect(uncaught).to.deep.equal([]);
    });

    it('takes a page section with quotes and brackets in its id', async () => {
      const el = await fixture<Accordion>(html`
        <rug-info-accordion>
          <section id='a"b]'>
            <h3>Raar</h3>
            <p>Tekst.</p>
          </section>
        </rug-info-accordion>
      `);
      const button = header(el, 'Raar');
      await click(el, button);
      const region = panel(el, button);
      expect(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)).to.equal(
        button,
      );
      expect(el.querySelector('p')!.checkVisibility()).to.equal(true);
    });
  });
});
