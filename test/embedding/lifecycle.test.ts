import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../dist/rugwijzer.js';
import type { Checker } from './harness.js';
import {
  TAGS,
  ci,
  daysAgo,
  describeErrors,
  dutchAgain,
  header,
  nextTask,
  openTitles,
  recordUncaught,
  recordWarnings,
  settle,
  text,
  titles,
  type RugElement,
} from '../support/elements.js';

// Elements as frameworks and CMSs handle them: created with document.createElement,
// configured before and after connecting, moved, removed and re-added, cloned, and many
// on one page. Each must render and work with no error, and leave no listener behind on
// `window` or `document` once it is gone.

interface Accordion extends RugElement {
  sections: unknown;
  open: unknown;
  exclusive: boolean;
}

interface Card extends RugElement {
  name: string;
  phone: string;
  website: string;
}

const NL_TITLES = {
  what: 'Wat is lage rugpijn?',
  spine: 'De lage rug',
  treatment: 'Behandeling: blijf in beweging',
  'deviant-course': 'Afwijkend beloop van aspecifieke lage rugpijn',
  'more-info': 'Meer informatie?',
};
const DEVIANT = 'Uw herstel gaat langzamer dan verwacht';
const NORMAL = 'Uw herstel verloopt normaal';
const LD_JSON = ':scope > script[type="application/ld+json"]';
const PARKING = '<section id="parking"><h3>Parkeren</h3><p>Achter het gebouw.</p></section>';

// ---- a small harness: what a person sees ----

/** The checker's result heading, '' when there is none. */
function status(el: Element): string {
  return text(el.shadowRoot!.querySelector('[aria-live="polite"] :is(h2, h3, h4)'));
}

function buttonNamed(el: Element, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === name);
  expect(found !== undefined, `a button "${name}"`).to.equal(true);
  return found!;
}

function hrefs(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
}

/** The `rug-*` events `action` makes the element fire, as `type detail` text. */
async function eventsOf(el: Element, action: () => unknown): Promise<string[]> {
  const heard: string[] = [];
  const listen = (event: Event) =>
    heard.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail)}`);
  // Links are clicked, but the test page stays where it is.
  const stay = (event: Event) => event.preventDefault();
  const types = ['rug-toggle', 'rug-course-result', 'rug-contact'];
  for (const type of types) el.addEventListener(type, listen);
  el.addEventListener('click', stay);
  try {
    await action();
    await nextTask();
  } finally {
    for (const type of types) el.removeEventListener(type, listen);
    el.removeEventListener('click', stay);
  }
  return heard;
}

// ---- counting the listeners on window and document ----

type Target = 'window' | 'document';

/**
 * Wraps `addEventListener`/`removeEventListener` of `window` and `document` and keeps the
 * registrations the browser keeps: one per type, listener and capture flag.
 */
function countListeners(): { counts(): Record<string, number>; stop(): void } {
  const live = new Map<string, Set<unknown>>();
  const targets: [Target, EventTarget][] = [
    ['window', window],
    ['document', document],
  ];
  const capture = (options: unknown) =>
    typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture);
  for (const [name, target] of targets) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const wrapped = {
      addEventListener(this: EventTarget, type: string, listener: unknown, options?: unknown) {
        const key = `${name} ${type}${capture(options) ? ' (capture)' : ''}`;
        if (listener) live.set(key, (live.get(key) ?? new Set()).add(listener));
        return add.call(this, type, listener as EventListener, options as boolean);
      },
      removeEventListener(this: EventTarget, type: string, listener: unknown, options?: unknown) {
        const key = `${name} ${type}${capture(options) ? ' (capture)' : ''}`;
        live.get(key)?.delete(listener);
        return remove.call(this, type, listener as EventListener, options as boolean);
      },
    };
    Object.assign(target, wrapped);
  }
  return {
    counts() {
      const counts: Record<string, number> = {};
      for (const [key, listeners] of live) if (listeners.size > 0) counts[key] = listeners.size;
      return counts;
    },
    stop() {
      // The own properties go; the prototype's methods show through again.
      for (const [, target] of targets) {
        delete (target as Partial<EventTarget>).addEventListener;
        delete (target as Partial<EventTarget>).removeEventListener;
      }
    },
  };
}

/** What changed between two counts, e.g. `{ 'window hashchange': 1 }`. */
function added(before: Record<string, number>, after: Record<string, number>) {
  const diff: Record<string, number> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const change = (after[key] ?? 0) - (before[key] ?? 0);
    if (change !== 0) diff[key] = change;
  }
  return diff;
}

// ---- each element set up and checked the same way in every test ----

/** Updates that threw during the current test (reported by expectNoErrors). */
const errors: unknown[] = [];

interface Case {
  tag: (typeof TAGS)[number];
  /** Attributes and properties before the element is connected. */
  configure(el: RugElement): void;
  /** What a person sees once it has rendered. */
  expectRendered(el: RugElement): void;
  /** One interaction that must work, checked by what it changes. */
  use(el: RugElement): Promise<void>;
}

const CASES: Case[] = [
  {
    tag: 'rug-info-accordion',
    configure(el) {
      const accordion = el as Accordion;
      el.setAttribute('sections', 'spine what');
      accordion.open = 'spine';
      accordion.exclusive = true;
    },
    expectRendered(el) {
      expect(titles(el)).to.deep.equal([NL_TITLES.spine, NL_TITLES.what]);
      expect(openTitles(el)).to.deep.equal([NL_TITLES.spine]);
    },
    async use(el) {
      const events = await eventsOf(el, () => header(el, NL_TITLES.what).click());
      expect(events).to.have.deep.members([
        'rug-toggle {"id":"spine","open":false}',
        'rug-toggle {"id":"what","open":true}',
      ]);
      expect(openTitles(el)).to.deep.equal([NL_TITLES.what]);
      header(el, NL_TITLES.spine).click();
      await settle(el, errors);
      expect(openTitles(el)).to.deep.equal([NL_TITLES.spine]);
    },
  },
  {
    tag: 'rug-course-checker',
    configure(el) {
      const checker = el as Checker;
      el.setAttribute('contact-url', 'https://example.nl/afspraak');
      checker.start = daysAgo(30);
      checker.entries = [ci(21, 5, 4, 6), ci(0, 5, 4, 6)];
      checker.redFlags = [];
    },
    expectRendered(el) {
      expect(status(el)).to.equal(DEVIANT);
      expect(hrefs(el)).to.deep.equal(['https://example.nl/afspraak']);
    },
    async use(el) {
      const checker = el as Checker;
      const events = await eventsOf(el, async () => {
        checker.entries = [ci(21, 5, 4, 6), ci(0, 4, 6, 6)];
        await settle(el, errors);
      });
      expect(events.map((e) => e.split(' ')[0])).to.deep.equal(['rug-course-result']);
      expect(status(el)).to.equal(NORMAL);
      checker.entries = [ci(21, 5, 4, 6), ci(0, 5, 4, 6)];
      await settle(el, errors);
      expect(status(el)).to.equal(DEVIANT);
    },
  },
  {
    tag: 'rug-contact-card',
    configure(el) {
      el.setAttribute('name', 'Fysio Noord');
      (el as Card).phone = '020-1234567';
      el.setAttribute('structured-data', '');
    },
    expectRendered(el) {
      expect(text(el.shadowRoot!.querySelector('[part~="name"]'))).to.equal('Fysio Noord');
      expect(hrefs(el)).to.deep.equal(['tel:+31201234567']);
      expect(el.querySelectorAll(LD_JSON).length, 'one JSON-LD script').to.equal(1);
    },
    async use(el) {
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(await eventsOf(el, () => link.click())).to.deep.equal([
        'rug-contact {"channel":"phone"}',
      ]);
    },
  },
];

/** The page's own containers, two of them to move elements between. */
async function twoParents(): Promise<[HTMLElement, HTMLElement]> {
  const page = await fixture<HTMLElement>(
    html`<div>
      <div id="a"></div>
      <div id="b"></div>
    </div>`,
  );
  return [page.querySelector<HTMLElement>('#a')!, page.querySelector<HTMLElement>('#b')!];
}

function create(c: Case): RugElement {
  const el = document.createElement(c.tag) as RugElement;
  c.configure(el);
  return el;
}

describe('Lifecycle', () => {
  let uncaught: ReturnType<typeof recordUncaught>;
  let warned: ReturnType<typeof recordWarnings>;
  const pageUrl = location.pathname + location.search;

  beforeEach(() => {
    errors.length = 0;
    uncaught = recordUncaught();
    warned = recordWarnings();
    localStorage.clear();
    sessionStorage.clear();
  });

  afterEach(async () => {
    uncaught.stop();
    warned.stop();
    history.replaceState(null, '', pageUrl);
    localStorage.clear();
    sessionStorage.clear();
    await dutchAgain();
  });

  /** No error thrown, rejected or warned during the test. */
  async function expectNoErrors(): Promise<void> {
    await nextTask();
    expect(describeErrors([...errors, ...uncaught.errors]), 'errors').to.deep.equal([]);
    expect(warned.warnings, 'warnings').to.deep.equal([]);
  }

  for (const c of CASES) {
    describe(`<${c.tag}>`, () => {
      it('renders what was set before connecting, and works', async () => {
        const [parent] = await twoParents();
        const el = create(c);
        expect(el.shadowRoot === null || text(el.shadowRoot) === '', 'nothing yet').to.equal(true);
        parent.append(el);
        await settle(el, errors);
        c.expectRendered(el);
        await c.use(el);
        await expectNoErrors();
      });

      it('follows what is set after connecting', async () => {
        const [parent] = await twoParents();
        const el = document.createElement(c.tag) as RugElement;
        parent.append(el);
        await settle(el, errors);
        c.configure(el);
        await settle(el, errors);
        c.expectRendered(el);
        await c.use(el);
        await expectNoErrors();
      });

      it('keeps its state and works when moved to another parent', async () => {
        const [a, b] = await twoParents();
        const el = create(c);
        a.append(el);
        await settle(el, errors);
        await c.use(el);
        const before = text(el.shadowRoot);
        b.append(el);
        await settle(el, errors);
        expect(text(el.shadowRoot), 'the same content').to.equal(before);
        c.expectRendered(el);
        // Moved within one task (insertBefore), and back.
        a.insertBefore(el, null);
        await settle(el, errors);
        c.expectRendered(el);
        await c.use(el);
        await expectNoErrors();
      });

      it('keeps its state and works when removed and added again', async () => {
        const [a, b] = await twoParents();
        const el = create(c);
        a.append(el);
        await settle(el, errors);
        const before = text(el.shadowRoot);
        el.remove();
        await nextTask();
        expect(el.querySelectorAll(LD_JSON).length, 'no JSON-LD while removed').to.equal(0);
        b.append(el);
        await settle(el, errors);
        expect(text(el.shadowRoot), 'the same content').to.equal(before);
        c.expectRendered(el);
        await c.use(el);
        await expectNoErrors();
      });

      it('leaves no listener on window or document once removed', async () => {
        const [parent] = await twoParents();
        const listeners = countListeners();
        try {
          const baseline = listeners.counts();
          const el = create(c);
          parent.append(el);
          await settle(el, errors);
          await c.use(el);
          const whileConnected = added(baseline, listeners.counts());
          // Each element follows the page's locale through a listener on window: the
          // wrapper sees the element's own calls.
          expect(whileConnected['window lit-localize-status'], 'locale listener').to.equal(1);
          // Moved three times: still one set of listeners, not four.
          for (let i = 0; i < 3; i++) {
            parent.append(document.createElement('span'), el);
            await settle(el, errors);
          }
          expect(added(baseline, listeners.counts()), 'after moves').to.deep.equal(whileConnected);
          el.remove();
          await settle(el, errors);
          await nextTask();
          expect(added(baseline, listeners.counts()), 'after removal').to.deep.equal({});
        } finally {
          listeners.stop();
        }
        await expectNoErrors();
      });
    });
  }

  describe('the page', () => {
    it('upgrades elements written as HTML text, as a CMS does', async () => {
      const [parent] = await twoParents();
      parent.innerHTML = `
        <rug-info-accordion sections="spine what" open="what">${PARKING}</rug-info-accordion>
        <rug-course-checker start="${daysAgo(30)}"></rug-course-checker>
        <rug-contact-card name="Fysio Noord" phone="020-1234567"></rug-contact-card>`;
      const [accordion, checker, card] = TAGS.map((tag) => parent.querySelector<RugElement>(tag)!);
      for (const el of [accordion!, checker!, card!]) await settle(el, errors);
      await nextTask();
      expect(titles(accordion!)).to.deep.equal([NL_TITLES.spine, NL_TITLES.what, 'Parkeren']);
      expect(openTitles(accordion!)).to.deep.equal([NL_TITLES.what]);
      expect((checker as Checker).start).to.equal(daysAgo(30));
      expect(hrefs(card!)).to.deep.equal(['tel:+31201234567']);
      await expectNoErrors();
    });

    it('takes a lang set before connecting, and lets go of it once removed', async () => {
      const [a, b] = await twoParents();
      const dutch = document.createElement('rug-info-accordion') as Accordion;
      a.append(dutch);
      await settle(dutch, errors);
      const english = document.createElement('rug-contact-card') as Card;
      english.setAttribute('lang', 'en');
      b.append(english);
      const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;
      await waitUntil(() => base(dutch).getAttribute('lang') === 'en', 'the page speaks English');
      expect(titles(dutch)[0]).to.equal('What is low back pain?');
      english.remove();
      await waitUntil(() => base(dutch).getAttribute('lang') === 'nl', 'Dutch again');
      expect(titles(dutch)[0]).to.equal(NL_TITLES.what);
      await expectNoErrors();
    });

    it('lets go of a lang whose element is removed before that language has loaded', async () => {
      const [a, b] = await twoParents();
      const dutch = document.createElement('rug-info-accordion') as Accordion;
      a.append(dutch);
      await settle(dutch, errors);
      const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;
      // English was shown once before, as on a page whose visitor switched back and forth.
      const first = document.createElement('rug-contact-card');
      first.setAttribute('lang', 'en');
      b.append(first);
      await waitUntil(() => base(dutch).getAttribute('lang') === 'en', 'English once');
      first.remove();
      await waitUntil(() => base(dutch).getAttribute('lang') === 'nl', 'Dutch again');
      const statuses: string[] = [];
      const listen = (event: Event) =>
        statuses.push((event as CustomEvent<{ status: string }>).detail.status);
      window.addEventListener('lit-localize-status', listen);
      try {
        const english = document.createElement('rug-contact-card');
        english.setAttribute('lang', 'en');
        b.append(english);
        english.remove();
        // A load that was started must have finished before the page's language is judged.
        await waitUntil(
          () => statuses.length === 0 || statuses.at(-1) === 'ready',
          'the locale settles',
        );
      } finally {
        window.removeEventListener('lit-localize-status', listen);
      }
      await settle(dutch, errors);
      expect(base(dutch).getAttribute('lang')).to.equal('nl');
      expect(titles(dutch)[0]).to.equal(NL_TITLES.what);
      await expectNoErrors();
    });
  });

  describe('cloned with cloneNode(true)', () => {
    it('gives an accordion that renders its attributes and works', async () => {
      const [a, b] = await twoParents();
      const el = document.createElement('rug-info-accordion') as Accordion;
      el.setAttribute('sections', 'treatment spine');
      el.setAttribute('open', 'spine');
      a.append(el);
      await settle(el, errors);
      const clone = el.cloneNode(true) as Accordion;
      b.append(clone);
      await settle(clone, errors);
      expect(titles(clone)).to.deep.equal([NL_TITLES.treatment, NL_TITLES.spine]);
      expect(openTitles(clone)).to.deep.equal([NL_TITLES.spine]);
      header(clone, NL_TITLES.treatment).click();
      await settle(clone, errors);
      expect(openTitles(clone)).to.deep.equal([NL_TITLES.treatment, NL_TITLES.spine]);
      expect(openTitles(el), 'the original is apart').to.deep.equal([NL_TITLES.spine]);
      await expectNoErrors();
    });

    it('gives an accordion that keeps the page’s own sections', async () => {
      const [a, b] = await twoParents();
      const el = document.createElement('rug-info-accordion') as Accordion;
      el.innerHTML = PARKING;
      a.append(el);
      await settle(el, errors);
      expect(titles(el).at(-1)).to.equal('Parkeren');
      const clone = el.cloneNode(true) as Accordion;
      b.append(clone);
      await settle(clone, errors);
      await nextTask();
      expect(titles(clone).at(-1)).to.equal('Parkeren');
      header(clone, 'Parkeren').click();
      await settle(clone, errors);
      expect(clone.querySelector('p')!.checkVisibility(), 'its text is shown').to.equal(true);
      await expectNoErrors();
    });

    it('gives a checker that renders its attributes, without the original’s data', async () => {
      const [a, b] = await twoParents();
      const el = document.createElement('rug-course-checker') as Checker;
      el.setAttribute('start', daysAgo(30));
      el.setAttribute('contact-url', 'https://example.nl/afspraak');
      a.append(el);
      el.entries = [ci(21, 5, 4, 6), ci(0, 5, 4, 6)];
      el.redFlags = [];
      await settle(el, errors);
      expect(status(el)).to.equal(DEVIANT);
      const clone = el.cloneNode(true) as Checker;
      b.append(clone);
      await settle(clone, errors);
      expect(clone.start).to.equal(daysAgo(30));
      expect(clone.entries, 'data lives in properties, which a clone does not copy').to.deep.equal(
        [],
      );
      clone.entries = [ci(21, 5, 4, 6), ci(0, 5, 4, 6)];
      clone.redFlags = [];
      await settle(clone, errors);
      expect(status(clone)).to.equal(DEVIANT);
      expect(hrefs(clone)).to.deep.equal(['https://example.nl/afspraak']);
      await expectNoErrors();
    });

    it('gives a card that renders its attributes and works', async () => {
      const [a, b] = await twoParents();
      const el = document.createElement('rug-contact-card') as Card;
      el.setAttribute('name', 'Fysio Noord');
      el.setAttribute('phone', '020-1234567');
      a.append(el);
      await settle(el, errors);
      const clone = el.cloneNode(true) as Card;
      b.append(clone);
      await settle(clone, errors);
      expect(text(clone.shadowRoot!.querySelector('[part~="name"]'))).to.equal('Fysio Noord');
      expect(hrefs(clone)).to.deep.equal(['tel:+31201234567']);
      const link = clone.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(await eventsOf(clone, () => link.click())).to.deep.equal([
        'rug-contact {"channel":"phone"}',
      ]);
      await expectNoErrors();
    });

    it('gives a card with structured-data that has one JSON-LD script', async () => {
      const [a, b] = await twoParents();
      const el = document.createElement('rug-contact-card') as Card;
      el.setAttribute('name', 'Fysio Noord');
      el.setAttribute('structured-data', '');
      a.append(el);
      await settle(el, errors);
      expect(el.querySelectorAll(LD_JSON).length).to.equal(1);
      const clone = el.cloneNode(true) as Card;
      b.append(clone);
      await settle(clone, errors);
      expect(clone.querySelectorAll(LD_JSON).length, 'JSON-LD scripts in the clone').to.equal(1);
      clone.removeAttribute('structured-data');
      await settle(clone, errors);
      expect(clone.querySelectorAll(LD_JSON).length, 'after turning it off').to.equal(0);
      await expectNoErrors();
    });
  });

  describe('many instances', () => {
    it('upgrades 50 accordions, 10 checkers and 10 cards on one page, with no errors', async () => {
      const listeners = countListeners();
      try {
        const baseline = listeners.counts();
        const page = await fixture<HTMLElement>(html`
          <div>
            ${Array.from({ length: 50 }, () => html`<rug-info-accordion></rug-info-accordion>`)}
            ${Array.from({ length: 10 }, () => html`<rug-course-checker></rug-course-checker>`)}
            ${Array.from({ length: 10 }, () => html`<rug-contact-card></rug-contact-card>`)}
          </div>
        `);
        const all = [...page.querySelectorAll<RugElement>(TAGS.join(', '))];
        for (const el of all) await settle(el, errors);
        const count = (tag: string) => all.filter((el) => el.localName === tag).length;
        expect([count(TAGS[0]), count(TAGS[1]), count(TAGS[2])]).to.deep.equal([50, 10, 10]);
        expect(all.filter((el) => el.matches(':defined')).length, 'upgraded').to.equal(70);
        const accordions = all.filter((el) => el.localName === 'rug-info-accordion');
        const checkers = all.filter((el) => el.localName === 'rug-course-checker');
        const cards = all.filter((el) => el.localName === 'rug-contact-card');
        expect(accordions.filter((el) => titles(el).length === 9).length, '9 headers').to.equal(50);
        expect(
          checkers.filter((el) => el.shadowRoot!.querySelectorAll('fieldset').length === 11).length,
          'the red-flag questions',
        ).to.equal(10);
        expect(
          cards.filter((el) => text(el.shadowRoot).includes('Fysio Cura Plaza')).length,
          'the clinic',
        ).to.equal(10);
        const onPage = added(baseline, listeners.counts());
        // The elements before this test are gone, so the page-wide one is added here.
        expect(onPage['window lit-localize-status'], 'one locale listener for the page').to.equal(
          1,
        );
        expect(onPage['window hashchange'], 'one hash listener per accordion').to.equal(50);

        // They work, each on its own and all together: a hash opens its section in every one.
        const [first, last] = [accordions[0]!, accordions[49]!];
        header(last, NL_TITLES.spine).click();
        await settle(last, errors);
        expect(openTitles(last)).to.deep.equal([NL_TITLES.spine]);
        expect(openTitles(first)).to.deep.equal([]);
        const change = oneEvent(window, 'hashchange');
        location.hash = '#deviant-course';
        await change;
        for (const el of accordions) await settle(el, errors);
        expect(
          accordions.filter((el) => openTitles(el).includes(NL_TITLES['deviant-course'])).length,
          'opened by the hash',
        ).to.equal(50);
        const checker = checkers[9] as Checker;
        checker.redFlags = [];
        checker.start = daysAgo(30);
        checker.entries = [ci(21, 5, 4, 6), ci(0, 5, 4, 6)];
        await settle(checker, errors);
        expect(status(checker)).to.equal(DEVIANT);
        // The advice points to a card on the page.
        buttonNamed(checker, 'Naar de contactgegevens').click();
        expect(document.activeElement === cards[0], 'focus on the first card').to.equal(true);

        page.remove();
        for (const el of all) await settle(el, errors);
        expect(added(baseline, listeners.counts()), 'listeners once removed').to.deep.equal({});
      } finally {
        listeners.stop();
      }
      await expectNoErrors();
    });
  });
});
