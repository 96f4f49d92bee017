// What the embedding suites share: the manifest, text as a person reads it, waiting for
// updates, recording what goes wrong, and putting the page's one locale back to Dutch.
// Assertions compare text, attributes and counts, never elements: a failing assertion that
// carries an element cannot be reported by the test runner and stalls the run.
import { fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';

/** The three elements the bundle registers. */
export const TAGS = ['rug-info-accordion', 'rug-course-checker', 'rug-contact-card'] as const;
export type Tag = (typeof TAGS)[number];

/** Any `rug-*` element, as a developer sees it. */
export type RugElement = HTMLElement & { updateComplete: Promise<boolean> };

export interface ManifestAttribute {
  /** The attribute as written in HTML. */
  name: string;
  /** The type the manifest gives, e.g. `string`, `boolean`, `Therapist[]`; '' when none. */
  type: string;
  /** The property that reflects it, when there is one. */
  fieldName: string | undefined;
}

export interface ManifestElement {
  tag: string;
  attributes: ManifestAttribute[];
}

interface Manifest {
  modules: Array<{
    declarations?: Array<{
      customElement?: boolean;
      tagName?: string;
      attributes?: Array<{ name: string; type?: { text?: string }; fieldName?: string }>;
    }>;
  }>;
}

/** Every element with a tag name in `custom-elements.json`, with its attributes. */
export async function manifestElements(): Promise<ManifestElement[]> {
  const response = await fetch('/custom-elements.json');
  const manifest = (await response.json()) as Manifest;
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({
        tag: declaration.tagName!,
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          type: attribute.type?.text ?? '',
          fieldName: attribute.fieldName,
        })),
      })),
  );
}

export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Lets queued tasks (error events, slotchange, timers of 0) run. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Waits for every update, also one that an update itself asks for. An update that throws
 * is recorded in `errors` instead of failing here, so the caller can report it as text.
 */
export async function settle(el: RugElement, errors: unknown[]): Promise<void> {
  for (let i = 0; i < 10; i++) {
    try {
      if (await el.updateComplete) return;
    } catch (error) {
      errors.push(error);
      return;
    }
  }
}

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

/** The local calendar date `n` days before today, `YYYY-MM-DD`. */
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

/** The course checker's data API. */
export interface Checker extends RugElement {
  start: string | null;
  entries: unknown;
  redFlags: unknown;
  readonly result: { status: string };
}

export type Status = 'urgent' | 'see-doctor' | 'too-early' | 'normal' | 'deviant' | 'persistent';

export const STATUSES: Status[] = [
  'urgent',
  'see-doctor',
  'too-early',
  'normal',
  'deviant',
  'persistent',
];

/** Data that gives each status, with dates relative to today. */
export function dataFor(status: Status): {
  start: string;
  entries: CheckIn[];
  redFlags: string[];
} {
  const flat = [ci(21, 5, 4, 6), ci(0, 5, 4, 6)];
  switch (status) {
    case 'urgent':
      return { start: daysAgo(30), entries: flat, redFlags: ['leg-weakness'] };
    case 'see-doctor':
      return { start: daysAgo(30), entries: flat, redFlags: ['trauma'] };
    case 'too-early':
      return { start: daysAgo(10), entries: [ci(3, 5, 4, 6)], redFlags: [] };
    case 'normal':
      return { start: daysAgo(30), entries: [ci(21, 5, 4, 6), ci(0, 4, 6, 6)], redFlags: [] };
    case 'deviant':
      return { start: daysAgo(30), entries: flat, redFlags: [] };
    case 'persistent':
      return { start: daysAgo(100), entries: flat, redFlags: [] };
  }
}

/** Fills the checker through its data API (`start` first: check-ins are judged against it). */
export function setData(el: Checker, status: Status): void {
  const data = dataFor(status);
  el.start = data.start;
  el.entries = data.entries;
  el.redFlags = data.redFlags;
}

/**
 * A clinic with every contact field, the seed's form of opening hours and its two
 * therapists with their roles: the longest lines a card has beside its labels.
 */
export const FULL_CARD = `<rug-contact-card
  name="Fysio Cura Plaza"
  phone="088-3270000"
  email="info@fysiocuraplaza.example"
  website="www.fysiocuraplaza.nl"
  address="Hoofddorp"
  booking-url="https://www.fysiocuraplaza.nl/afspraak"
  opening-hours="Mo-Th 08:00-21:00; Fr 08:00-17:00"
  therapists='[{"name": "Bas Besselink", "role": "Sportfysiotherapeut"}, {"name": "Antoine van den Berg", "role": "Manueel therapeut"}]'
></rug-contact-card>`;
