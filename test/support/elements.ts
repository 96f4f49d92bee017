// What the browser suites of the elements share: text as a person reads it, waiting for
// updates, recording what goes wrong, putting the page's one locale back to Dutch, the
// accordion's headers and the checker's dates. Suite-specific helpers stay in their file
// (test/embedding/harness.ts for the embedding suites).
// Assertions compare text, attributes and counts, never elements: a failing assertion that
// carries an element cannot be reported by the test runner and stalls the run.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';

/** The three elements the bundle registers. */
export const TAGS = ['rug-info-accordion', 'rug-course-checker', 'rug-contact-card'] as const;
export type Tag = (typeof TAGS)[number];

/** Any `rug-*` element, as a developer sees it. */
export type RugElement = HTMLElement & { updateComplete: Promise<boolean> };

// ---- what a person reads ----

/** A node's text with its white space collapsed, '' for none. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

// ---- waiting ----

/** Lets queued tasks (error events, slotchange, hashchange, storage, timers of 0) run. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Waits for every update, also one that an update itself asks for. With `errors`, an
 * update that throws is recorded there instead of failing here, so the caller can report
 * it as text.
 */
export async function settle(el: RugElement, errors?: unknown[]): Promise<void> {
  for (let i = 0; i < 10; i++) {
    try {
      if (await el.updateComplete) return;
    } catch (error) {
      if (!errors) throw error;
      errors.push(error);
      return;
    }
  }
}

/** Clicks a control of `el` and waits until `el` has settled. */
export async function click(el: RugElement, control: HTMLElement): Promise<void> {
  control.click();
  await settle(el);
}

// ---- loading in stages ----

let upgradedTags = 0;

/**
 * An element of `tag` that was on the page before its tag was defined, as on a page that
 * loads the script after its HTML: defining it upgrades it (under a tag of its own, as
 * `tag` is defined already).
 */
export function upgraded<T extends Element>(container: Element, tag: string, attributes = ''): T {
  const own = `${tag}-upgraded-${++upgradedTags}`;
  container.insertAdjacentHTML('beforeend', `<${own} ${attributes}></${own}>`);
  const el = container.lastElementChild as T;
  customElements.define(own, class extends customElements.get(tag)! {});
  return el;
}

/** `read()` at `el`'s first render: mutation records arrive before the next task. */
export function atFirstRender<T>(el: Element, read: () => T): Promise<T> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve(read());
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  });
}

// ---- what goes wrong ----

/** Errors that nothing caught (`error` and `unhandledrejection` on `window`) until `stop`. */
export function recordUncaught(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Errors as text, for assertions that can be reported. */
export function describeErrors(errors: unknown[]): string[] {
  return errors.map((error) =>
    error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  );
}

/** `console.warn` collected as text until `stop`. */
export function recordWarnings(): { warnings: string[]; stop(): void } {
  const warnings: string[] = [];
  const realWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  return {
    warnings,
    stop() {
      console.warn = realWarn;
    },
  };
}

// ---- the page's one locale ----

const pageLang = document.documentElement.getAttribute('lang');

/**
 * The page has one locale: removes the test's elements, restores `<html lang>` and waits
 * until a fresh accordion speaks Dutch again.
 */
export async function dutchAgain(): Promise<void> {
  fixtureCleanup();
  for (const tag of TAGS) document.querySelectorAll(tag).forEach((el) => el.remove());
  if (pageLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', pageLang);
  const probe = await fixture<RugElement>(html`<rug-info-accordion></rug-info-accordion>`);
  await waitUntil(
    () => text(probe.shadowRoot!.querySelector('h3 > button')) === 'Wat is lage rugpijn?',
    'the page is Dutch again',
  );
  fixtureCleanup();
}

// ---- the accordion's headers ----

/** The section headers: buttons that are the content of a heading. */
export function headers(el: Element): HTMLButtonElement[] {
  return [
    ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(':is(h1, h2, h3, h4, h5, h6) > button'),
  ];
}

export function titles(el: Element): string[] {
  return headers(el).map(text);
}

export function openTitles(el: Element): string[] {
  return headers(el)
    .filter((b) => b.getAttribute('aria-expanded') === 'true')
    .map(text);
}

export function header(el: Element, title: string): HTMLButtonElement {
  const found = headers(el).find((b) => text(b) === title);
  expect(found !== undefined, `a header "${title}"`).to.equal(true);
  return found!;
}

// ---- the checker's dates ----

/** The local calendar date `n` days before today, `YYYY-MM-DD` (negative: after today). */
export function daysAgo(n: number): string {
  const date = new Date();
  // Noon: a daylight-saving change cannot move the date.
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() - n);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface CheckIn {
  date: string;
  pain: number;
  activity: number;
  limitation: number;
}

/** A check-in `n` days ago. */
export function ci(n: number, pain: number, activity: number, limitation: number): CheckIn {
  return { date: daysAgo(n), pain, activity, limitation };
}

/** A date as the check-in table shows it: `4 nov 2026`, `4 Nov 2026`. */
export function shortDate(iso: string, lang = 'nl'): string {
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(iso));
}
