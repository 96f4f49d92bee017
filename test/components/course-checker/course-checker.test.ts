import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { pressWith, webKit } from '../../support/keys.js';
import type { CourseResult } from '../../../src/components/course-checker/classify.js';
import '../../../dist/rugwijzer.js';
import {
  ci,
  click,
  daysAgo,
  dutchAgain,
  recordWarnings,
  settle,
  shadow,
  shortDate,
  text,
  type CheckIn,
} from '../../support/elements.js';

// ---- the element as a developer sees it ----

type Status = CourseResult['status'];
type Urgency = NonNullable<CourseResult['urgency']>;

/** The public face of the element, as a developer uses it. */
interface Checker extends HTMLElement {
  start: string | null;
  get entries(): CheckIn[];
  set entries(value: unknown);
  get redFlags(): string[];
  set redFlags(value: unknown);
  readonly result: CourseResult;
  contactUrl: string;
  updateComplete: Promise<boolean>;
  exportData(): string;
  importData(text: string): boolean;
  deleteData(): void;
}

/** The red flags, in the order of the clinical rules' table. */
const URGENT = ['bladder-bowel', 'saddle-numbness', 'leg-weakness'];
const SEE_DOCTOR = [
  'trauma',
  'fever',
  'weight-loss',
  'cancer-history',
  'night-pain',
  'age-onset',
  'steroids',
  'inflammatory',
];
const FLAGS = [...URGENT, ...SEE_DOCTOR];
const STATUSES: Status[] = ['urgent', 'see-doctor', 'too-early', 'normal', 'deviant', 'persistent'];
const SCORES = ['pain', 'activity', 'limitation'] as const;
const KEY = 'rugwijzer:course-checker';

type Lang = 'nl' | 'en';

/** What a person reads, per language. */
const T = {
  nl: {
    yes: 'Ja',
    no: 'Nee',
    flagsFirst: 'Eerst: alarmsignalen',
    flagsDone: 'U heeft de vragen over alarmsignalen beantwoord.',
    changeAnswers: 'Antwoorden bekijken of wijzigen',
    done: 'Klaar',
    start: 'Wanneer begonnen de klachten?',
    date: 'Datum',
    pain: 'Hoeveel rugpijn had u de afgelopen dagen gemiddeld?',
    activity: 'Hoe goed gaan uw gewone dagelijkse activiteiten?',
    limitation: 'Hoeveel bent u beperkt in werk, sport en sociaal leven?',
    add: 'Meting toevoegen',
    save: 'Wijziging opslaan',
    cancel: 'Annuleren',
    edit: 'Wijzigen',
    deleteCheckIn: 'Meting verwijderen',
    newHeading: 'Nieuwe meting',
    editHeading: 'Meting wijzigen',
    seenGp: 'Ik ben hiermee bij de huisarts geweest',
    contact: 'Neem contact op met een fysiotherapeut',
    goToCard: 'Naar de contactgegevens',
    remember: 'Onthouden op dit apparaat',
    deleteData: 'Mijn gegevens verwijderen',
    noData: 'Nog geen metingen',
    missing: 'Nog geen uitslag',
    urgentChange:
      'Heeft een arts dit al onderzocht en is het niet veranderd? Verander dan uw antwoord. Wordt het erger, bel dan meteen.',
    discussed: 'Besproken met de huisarts',
    safetyNet:
      'Bel meteen uw huisarts (buiten kantoortijden de huisartsenpost) als u niet kunt plassen of uw plas of ontlasting niet kunt ophouden, een doof gevoel krijgt rond de anus of geslachtsdelen, of als een been (of beide benen) zwakker wordt.',
    tier: {
      now: {
        title: 'Dringend: neem nu contact op met een arts',
        advice:
          'Bel nu uw huisarts; buiten kantoortijden de huisartsenpost. Wacht niet op een meting.',
      },
      today: {
        title: 'Bel vandaag uw huisarts',
        advice: 'Bel vandaag uw huisarts; buiten kantoortijden de huisartsenpost.',
      },
      days: {
        title: 'Maak binnenkort een afspraak met uw huisarts',
        advice:
          'Maak binnen een paar dagen een afspraak met uw huisarts om een specifieke oorzaak uit te sluiten.',
      },
      routine: {
        title: 'Bespreek dit met uw huisarts',
        advice: 'Maak een gewone afspraak met uw huisarts om hiernaar te vragen.',
      },
    } as Record<Urgency, { title: string; advice: string }>,
    weeks: (n: number) =>
      n === 0
        ? 'Minder dan een week sinds het begin van de klachten'
        : n === 1
          ? '1 week sinds het begin van de klachten'
          : `${n} weken sinds het begin van de klachten`,
    resultFrom: (date: string) => `Een meting op of na ${date} geeft een uitslag.`,
    startUnknown:
      'Vul in wanneer de klachten begonnen: de controle na 12 weken heeft die datum nodig.',
    mixed: {
      activity: (date: string) =>
        `Sinds ${date} zijn uw activiteiten duidelijk toegenomen, maar uw beperking ook.`,
      limitation: (date: string) =>
        `Sinds ${date} is uw beperking duidelijk afgenomen, maar uw activiteiten ook.`,
    },
    worsening: 'Uw activiteiten zijn afgenomen of uw beperking is toegenomen (2 punten of meer).',
    /** Words a too-early result must not use once a check-in is missing rather than early. */
    early: /te vroeg|vanzelf/i,
    status: {
      urgent: 'Dringend: neem nu contact op met een arts',
      'see-doctor': 'Maak binnenkort een afspraak met uw huisarts',
      'too-early': 'Nog te vroeg om iets te zeggen',
      normal: 'Uw herstel verloopt normaal',
      deviant: 'Uw herstel gaat langzamer dan verwacht',
      persistent: 'Uw klachten duren langer dan 12 weken',
    } as Record<Status, string>,
  },
  en: {
    yes: 'Yes',
    no: 'No',
    flagsFirst: 'First: warning signs',
    flagsDone: 'You have answered the questions about warning signs.',
    changeAnswers: 'View or change answers',
    done: 'Done',
    start: 'When did the complaints start?',
    date: 'Date',
    pain: 'How much back pain did you have on average in the last few days?',
    activity: 'How well do your usual daily activities go?',
    limitation: 'How much are you limited in work, sport and social life?',
    add: 'Add check-in',
    save: 'Save change',
    cancel: 'Cancel',
    edit: 'Change',
    deleteCheckIn: 'Delete check-in',
    newHeading: 'New check-in',
    editHeading: 'Change check-in',
    seenGp: 'I have seen my GP about this',
    contact: 'Contact a physiotherapist',
    goToCard: 'Go to the contact details',
    remember: 'Remember on this device',
    deleteData: 'Delete my data',
    noData: 'No check-ins yet',
    missing: 'No result yet',
    urgentChange:
      'If a doctor has already examined this and it has not changed, change your answer; if it gets worse, call at once.',
    discussed: 'Discussed with the GP',
    safetyNet:
      'Call your GP at once (outside office hours the huisartsenpost) if you cannot pass urine or cannot hold urine or stool, get a numb feeling around the anus or genitals, or a leg (or both legs) gets weaker.',
    tier: {
      now: {
        title: 'Urgent: contact a doctor now',
        advice:
          'Call your GP now; outside office hours the huisartsenpost. Do not wait for a check-in.',
      },
      today: {
        title: 'Call your GP today',
        advice: 'Call your GP today; outside office hours the huisartsenpost.',
      },
      days: {
        title: 'Make an appointment with your GP soon',
        advice: 'Make an appointment with your GP within a few days to rule out a specific cause.',
      },
      routine: {
        title: 'Discuss this with your GP',
        advice: 'Make an ordinary appointment with your GP to ask about this.',
      },
    } as Record<Urgency, { title: string; advice: string }>,
    weeks: (n: number) =>
      n === 0
        ? 'Less than a week since the complaints began'
        : n === 1
          ? '1 week since the complaints began'
          : `${n} weeks since the complaints began`,
    resultFrom: (date: string) => `A check-in on or after ${date} gives a result.`,
    startUnknown: 'Enter when the complaints began: the 12-week check needs that date.',
    mixed: {
      activity: (date: string) =>
        `Since ${date} your activities have clearly increased, but so has your limitation.`,
      limitation: (date: string) =>
        `Since ${date} your limitation has clearly decreased, but so have your activities.`,
    },
    worsening:
      'Your activities have decreased or your limitation has increased (2 points or more).',
    early: /too early|by itself/i,
    status: {
      urgent: 'Urgent: contact a doctor now',
      'see-doctor': 'Make an appointment with your GP soon',
      'too-early': 'Too early to tell',
      normal: 'Your recovery is on track',
      deviant: 'Your recovery is slower than expected',
      persistent: 'Your complaints have lasted more than 12 weeks',
    } as Record<Status, string>,
  },
};

const NOTICE = {
  unavailable: 'Onthouden lukt niet op dit apparaat. Uw gegevens blijven alleen op deze pagina.',
  corrupt:
    'De gegevens op dit apparaat zijn beschadigd. Ze worden niet gebruikt en niet overschreven, tot u ze verwijdert.',
  newer:
    'De gegevens op dit apparaat komen van een nieuwere versie. Ze worden niet gebruikt en niet overschreven.',
  deleted: 'Uw gegevens zijn verwijderd.',
  importFailed: 'Dit bestand kan niet worden ingelezen. Er is niets veranderd.',
};

const INVALID = {
  dateFuture: 'Deze datum ligt in de toekomst.',
  dateBeforeStart: 'Deze datum ligt vóór het begin van de klachten.',
  scoreMissing: 'Vul een getal van 0 tot en met 10 in.',
  scoreInvalid: 'Vul een heel getal van 0 tot en met 10 in.',
};

// ---- data for each status (dates relative to the local today) ----

interface Data {
  start: string | null;
  entries: CheckIn[];
  redFlags: string[];
}

/** Data that gives each status (the same check-ins where it can). */
function dataFor(status: Status): Data {
  const flat = [ci(21, 5, 4, 6), ci(0, 5, 4, 6)];
  switch (status) {
    case 'urgent':
      return { start: daysAgo(30), entries: flat, redFlags: ['leg-weakness'] };
    case 'see-doctor':
      return { start: daysAgo(30), entries: flat, redFlags: ['steroids'] };
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

async function setData(el: Checker, data: Data): Promise<void> {
  // `start` first: check-ins are judged against it when `entries` is set.
  el.start = data.start;
  el.entries = data.entries;
  el.redFlags = data.redFlags;
  await settle(el);
}

// ---- a small harness: what a person sees, found through labels, roles and text ----
// Assertions compare text, attributes and counts, never elements: a failing assertion that
// carries an element cannot be reported by the test runner and stalls the run.

/** The polite live region that holds the result. */
function region(el: Element): HTMLElement {
  const found = shadow(el).querySelectorAll<HTMLElement>('[aria-live="polite"]');
  expect(found.length, 'one aria-live="polite" region').to.equal(1);
  return found[0]!;
}

/** The result's heading as a person reads it, '' when there is no result. */
function statusTitle(el: Element): string {
  return text(region(el).querySelector('h1, h2, h3, h4, h5, h6'));
}

function headings(el: Element): string[] {
  return [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map(text);
}

function buttonNames(el: Element): string[] {
  return [...shadow(el).querySelectorAll('button')].map(text);
}

function findButton(el: Element, name: string): HTMLButtonElement | undefined {
  return [...shadow(el).querySelectorAll('button')].find((b) => text(b) === name);
}

function button(el: Element, name: string): HTMLButtonElement {
  const found = findButton(el, name);
  expect(found !== undefined, `a button "${name}"`).to.equal(true);
  return found!;
}

function links(el: Element): { name: string; href: string }[] {
  return [...shadow(el).querySelectorAll('a[href]')].map((a) => ({
    name: text(a),
    href: a.getAttribute('href')!,
  }));
}

/** A form field found through its `<label for>`; undefined when not shown. */
function findField(el: Element, label: string): HTMLInputElement | undefined {
  const labelEl = [...shadow(el).querySelectorAll('label')].find((l) => text(l) === label);
  if (!labelEl || !labelEl.htmlFor) return undefined;
  return (shadow(el).getElementById(labelEl.htmlFor) as HTMLInputElement | null) ?? undefined;
}

function field(el: Element, label: string): HTMLInputElement {
  const found = findField(el, label);
  expect(found !== undefined, `a field labelled "${label}"`).to.equal(true);
  return found!;
}

/** A checkbox or radio found through the `<label>` that wraps it. */
function wrapped(scope: ParentNode, label: string): HTMLInputElement {
  const labelEl = [...scope.querySelectorAll('label')].find((l) => text(l) === label);
  const input = labelEl?.querySelector('input');
  expect(input != null, `an input wrapped in "${label}"`).to.equal(true);
  return input!;
}

function questions(el: Element): HTMLFieldSetElement[] {
  return [...shadow(el).querySelectorAll('fieldset')];
}

/** A red-flag question's words. */
function legendOf(el: Element, flag: string): string {
  return text(questions(el)[FLAGS.indexOf(flag)]?.querySelector('legend'));
}

/** The "Ja" or "Nee" radio of a red-flag question. */
function radio(el: Element, flag: string, answer: string): HTMLInputElement {
  const fieldset = questions(el)[FLAGS.indexOf(flag)];
  expect(fieldset !== undefined, `the question about ${flag}`).to.equal(true);
  return wrapped(fieldset!, answer);
}

/** The texts an input's `aria-describedby` points at. */
function descriptions(el: Element, input: HTMLInputElement): string[] {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => text(shadow(el).getElementById(id)));
}

/** The check-in table's body rows: date and the three scores as shown. */
/** The table's rows as a sighted person reads them (the date is its row's edit button). */
function rows(el: Element): string[][] {
  return [...shadow(el).querySelectorAll('table tbody tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].slice(0, 4).map((cell) => {
      const visible = cell.cloneNode(true) as Element;
      visible.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return text(visible);
    }),
  );
}

function notice(el: Element): string {
  return text(shadow(el).querySelector('[role="status"]'));
}

function focusedName(el: Element): string {
  const active = shadow(el).activeElement;
  if (!active) return '';
  const labelled = active.id ? shadow(el).querySelector(`label[for="${active.id}"]`) : null;
  return text(labelled ?? active.closest('label') ?? active);
}

function dutchDate(iso: string): string {
  return new Intl.DateTimeFormat('nl', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(iso));
}

// ---- acting like a person ----

/** The order in which the browser shows a date field's parts (its own locale, not `lang`). */
function dateOrder(): ('year' | 'month' | 'day')[] {
  return new Intl.DateTimeFormat(navigator.language)
    .formatToParts(new Date())
    .map((p) => p.type)
    .filter((type) => type === 'year' || type === 'month' || type === 'day');
}

/** Types a date into the focused date field, part by part, as the field shows them. */
async function typeDateParts(iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const parts = dateOrder();
  for (const [index, part] of parts.entries()) {
    await sendKeys({ type: part === 'year' ? year : part === 'month' ? month : day });
    // WebKit's date field does not move on by itself after two digits: a person types "/".
    if (webKit && index < parts.length - 1) await sendKeys({ press: '/' });
  }
}

/**
 * Types a date into the focused check-in date field. Backspace first empties the field:
 * Chromium reports a half-typed date as '' and the element then clears the field (see the
 * BUG tests under "the form"), which an empty field does not suffer from.
 */
async function typeDate(iso: string): Promise<void> {
  await sendKeys({ press: 'Backspace' });
  await typeDateParts(iso);
}

/** Picks a date as the browser's date picker does: one `input`, one `change`. */
async function pickDate(el: Checker, input: HTMLInputElement, iso: string): Promise<void> {
  input.value = iso;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Replaces what a number field holds with `value`, by keyboard. */
async function typeNumber(input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  await pressWith('Control', 'a');
  await sendKeys({ press: 'Backspace' });
  if (value !== '') await sendKeys({ type: value });
}

/** Presses Tab until the field or button named `name` has focus (a date field has several stops). */
async function tabTo(el: Checker, name: string): Promise<void> {
  for (let i = 0; i < 5 && focusedName(el) !== name; i++) await sendKeys({ press: 'Tab' });
  expect(focusedName(el), 'Tab reaches it').to.equal(name);
}

/** Answers every red-flag question, "Ja" for the flags given. */
/** Answers every question (yes for `yes`, else no), then closes them with "Klaar". */
async function answer(el: Checker, yes: string[] = [], lang: Lang = 'nl'): Promise<void> {
  for (const flag of FLAGS) {
    await click(el, radio(el, flag, yes.includes(flag) ? T[lang].yes : T[lang].no));
  }
  await click(el, button(el, T[lang].done));
}

async function enterStart(el: Checker, iso: string, lang: Lang = 'nl'): Promise<void> {
  await pickDate(el, field(el, T[lang].start), iso);
}

/** Fills in the check-in form (raw text, so invalid values too) and submits it with Enter. */
async function submitCheckIn(
  el: Checker,
  values: { date?: string; pain: string; activity: string; limitation: string },
  lang: Lang = 'nl',
): Promise<void> {
  if (values.date !== undefined) {
    field(el, T[lang].date).focus();
    await typeDate(values.date);
  }
  for (const score of SCORES) await typeNumber(field(el, T[lang][score]), values[score]);
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

async function addCheckIn(el: Checker, checkIn: CheckIn, lang: Lang = 'nl'): Promise<void> {
  await submitCheckIn(
    el,
    {
      date: checkIn.date,
      pain: String(checkIn.pain),
      activity: String(checkIn.activity),
      limitation: String(checkIn.limitation),
    },
    lang,
  );
}

/** Reaches a status through the form alone. */
async function reachThroughForm(el: Checker, status: Status, lang: Lang = 'nl'): Promise<void> {
  if (status === 'urgent') return click(el, radio(el, 'leg-weakness', T[lang].yes));
  if (status === 'see-doctor') return answer(el, ['steroids'], lang);
  await answer(el, [], lang);
  if (status === 'too-early') return;
  const data = dataFor(status);
  await enterStart(el, data.start!, lang);
  for (const checkIn of data.entries) await addCheckIn(el, checkIn, lang);
}

// ---- recording ----

const cleanups: (() => void)[] = [];

/** Every `rug-course-result` that reaches the document from now until the test ends. */
function recordResults(): CustomEvent<CourseResult>[] {
  const seen: CustomEvent<CourseResult>[] = [];
  const listener = (event: Event) => seen.push(event as CustomEvent<CourseResult>);
  document.addEventListener('rug-course-result', listener);
  cleanups.push(() => document.removeEventListener('rug-course-result', listener));
  return seen;
}

let warnings: string[] = [];
let stopWarnings = () => {};
const realStorage = {
  getItem: Storage.prototype.getItem,
  setItem: Storage.prototype.setItem,
  removeItem: Storage.prototype.removeItem,
};

/** The warnings that name the checker. */
function checkerWarnings(): string[] {
  return warnings.filter((w) => w.includes('rug-course-checker'));
}

async function english(el: Checker): Promise<void> {
  await waitUntil(() => headings(el).includes('Your data'), 'English text');
}

async function checker(): Promise<Checker> {
  return fixture<Checker>(html`<rug-course-checker></rug-course-checker>`);
}

describe('<rug-course-checker>', () => {
  beforeEach(() => {
    ({ warnings, stop: stopWarnings } = recordWarnings());
    localStorage.clear();
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    fixtureCleanup();
    stopWarnings();
    Object.assign(Storage.prototype, realStorage);
    localStorage.clear();
    await dutchAgain();
  });

  describe('accessibility', () => {
    it('passes axe empty', async () => {
      const el = await checker();
      await expect(el).to.be.accessible();
    });

    it('passes axe with the questions answered', async () => {
      const el = await checker();
      await answer(el);
      await expect(el).to.be.accessible();
    });

    it('passes axe with data', async () => {
      const el = await checker();
      await answer(el);
      await enterStart(el, daysAgo(30));
      await addCheckIn(el, ci(21, 5, 4, 6));
      await addCheckIn(el, ci(14, 5, 4, 6));
      await expect(el).to.be.accessible();
    });

    it('passes axe with inline messages and while editing', async () => {
      const el = await checker();
      await setData(el, dataFor('deviant'));
      await submitCheckIn(el, { date: daysAgo(-1), pain: '', activity: '12', limitation: '3' });
      expect(field(el, T.nl.pain).getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      await click(el, button(el, `${T.nl.edit} ${shortDate(daysAgo(0))}`));
      expect(headings(el)).to.include(T.nl.editHeading);
      await expect(el).to.be.accessible();
    });

    for (const status of STATUSES) {
      it(`passes axe for ${status}`, async () => {
        const el = await checker();
        await setData(el, dataFor(status));
        expect(statusTitle(el)).to.equal(T.nl.status[status]);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe for an urgent yes before the other answers', async () => {
      const el = await checker();
      await click(el, radio(el, 'bladder-bowel', T.nl.yes));
      await expect(el).to.be.accessible();
    });

    it('passes axe with a contact link, and with the card button', async () => {
      const page = await fixture<HTMLElement>(html`
        <div>
          <rug-course-checker contact-url="https://example.nl/afspraak"></rug-course-checker>
          <rug-course-checker id="b"></rug-course-checker>
          <rug-contact-card></rug-contact-card>
        </div>
      `);
      const [a, b] = [...page.querySelectorAll<Checker>('rug-course-checker')];
      await setData(a!, dataFor('deviant'));
      await setData(b!, dataFor('persistent'));
      await expect(a).to.be.accessible();
      await expect(b).to.be.accessible();
    });

    it('passes axe with a storage notice', async () => {
      localStorage.setItem(KEY, '{oops');
      const el = await checker();
      expect(notice(el)).to.equal(NOTICE.corrupt);
      await expect(el).to.be.accessible();
    });

    for (const status of ['too-early', 'urgent', 'deviant', 'persistent'] as const) {
      it(`passes axe in English for ${status}`, async () => {
        const el = await fixture<Checker>(
          html`<rug-course-checker lang="en"></rug-course-checker>`,
        );
        await english(el);
        await setData(el, dataFor(status));
        expect(statusTitle(el)).to.equal(T.en.status[status]);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe in English, empty', async () => {
      const el = await fixture<Checker>(html`<rug-course-checker lang="en"></rug-course-checker>`);
      await english(el);
      expect(headings(el)[0]).to.equal(T.en.flagsFirst);
      await expect(el).to.be.accessible();
    });
  });

  describe('data API', () => {
    it('starts empty: no start, no entries, no flags, too early for lack of data', async () => {
      const el = await checker();
      expect(el.start).to.equal(null);
      expect(el.entries).to.deep.equal([]);
      expect(el.redFlags).to.deep.equal([]);
      expect(el.result).to.deep.equal({
        status: 'too-early',
        urgency: null,
        reasons: ['no-data'],
        weeks: null,
        latest: null,
        reference: null,
        change: null,
        resultFrom: null,
      });
      expect(warnings).to.deep.equal([]);
    });

    it('reads start from the attribute and the property', async () => {
      const el = await fixture<Checker>(
        html`<rug-course-checker start=${daysAgo(14)}></rug-course-checker>`,
      );
      expect(el.start).to.equal(daysAgo(14));
      el.entries = [ci(0, 5, 5, 5)];
      await el.updateComplete;
      expect(el.result.weeks).to.equal(2);
      el.start = daysAgo(21);
      await el.updateComplete;
      expect(el.result.weeks).to.equal(3);
      expect(warnings).to.deep.equal([]);
    });

    it('keeps entries sorted by date, one per date, the later in the array winning', async () => {
      const el = await checker();
      el.start = daysAgo(30);
      el.entries = [ci(2, 5, 5, 5), ci(20, 6, 3, 7), ci(9, 5, 4, 6), ci(2, 4, 6, 4)];
      await el.updateComplete;
      expect(el.entries).to.deep.equal([ci(20, 6, 3, 7), ci(9, 5, 4, 6), ci(2, 4, 6, 4)]);
      // A check-in replaced by a later one on its date is not invalid.
      expect(warnings).to.deep.equal([]);
    });

    it('drops each invalid check-in with one warning naming the element and entries', async () => {
      const el = await checker();
      el.start = daysAgo(30);
      const bad: unknown[] = [
        null,
        'today',
        42,
        { date: '2026-02-30', pain: 5, activity: 5, limitation: 5 },
        { date: '2026-1-5', pain: 5, activity: 5, limitation: 5 },
        { ...ci(5, 5, 5, 5), pain: 11 },
        { ...ci(5, 5, 5, 5), activity: -1 },
        { ...ci(5, 5, 5, 5), limitation: 2.5 },
        { ...ci(5, 5, 5, 5), pain: '5' },
        { date: daysAgo(5), pain: 5, activity: 5 },
        ci(-1, 5, 5, 5), // tomorrow
        ci(31, 5, 5, 5), // the day before the start
      ];
      el.entries = [ci(30, 6, 3, 7), ...bad, ci(0, 4, 5, 5)];
      await el.updateComplete;
      expect(el.entries).to.deep.equal([ci(30, 6, 3, 7), ci(0, 4, 5, 5)]);
      expect(warnings).to.have.length(bad.length);
      for (const warning of warnings) {
        expect(warning).to.contain('rug-course-checker');
        expect(warning).to.contain('entries');
      }
    });

    it('keeps today and the start date itself', async () => {
      const el = await checker();
      el.start = daysAgo(10);
      el.entries = [ci(10, 5, 5, 5), ci(0, 5, 5, 5)];
      await el.updateComplete;
      expect(el.entries.map((c) => c.date)).to.deep.equal([daysAgo(10), daysAgo(0)]);
      expect(warnings).to.deep.equal([]);
    });

    for (const value of [null, undefined, 'nope', 42, { 0: ci(0, 5, 5, 5), length: 1 }]) {
      it(`refuses entries=${JSON.stringify(value)} with a warning, keeping the previous`, async () => {
        const el = await checker();
        el.start = daysAgo(30);
        el.entries = [ci(7, 5, 5, 5)];
        await el.updateComplete;
        const events = recordResults();
        el.entries = value;
        await el.updateComplete;
        expect(el.entries).to.deep.equal([ci(7, 5, 5, 5)]);
        expect(checkerWarnings()).to.have.length(1);
        expect(checkerWarnings()[0]).to.contain('entries');
        expect(events.length, 'nothing changed, so no event').to.equal(0);
      });
    }

    it('skips unknown red-flag ids with one warning naming them', async () => {
      const el = await checker();
      el.redFlags = ['fever', 'nope', 'inflammatory'];
      await el.updateComplete;
      expect(el.redFlags).to.have.members(['fever', 'inflammatory']);
      expect(el.result.status).to.equal('see-doctor');
      expect(checkerWarnings()).to.have.length(1);
      expect(checkerWarnings()[0]).to.contain('redFlags');
      expect(checkerWarnings()[0]).to.contain('nope');
    });

    it('refuses a red-flag value that is not an array, keeping the previous', async () => {
      const el = await checker();
      el.redFlags = ['trauma'];
      await el.updateComplete;
      el.redFlags = 'fever';
      await el.updateComplete;
      expect(el.redFlags).to.deep.equal(['trauma']);
      expect(checkerWarnings()).to.have.length(1);
      expect(checkerWarnings()[0]).to.contain('redFlags');
    });

    it('gives urgent over see-doctor, with the urgent ids as reasons', async () => {
      const el = await checker();
      el.redFlags = ['trauma', 'saddle-numbness'];
      await el.updateComplete;
      expect(el.result.status).to.equal('urgent');
      expect(el.result.reasons).to.deep.equal(['saddle-numbness']);
      el.redFlags = ['fever', 'steroids'];
      await el.updateComplete;
      expect(el.result.status).to.equal('see-doctor');
      expect(el.result.reasons).to.have.members(['fever', 'steroids']);
    });

    for (const [name, start] of [
      ['not a real date', '2026-02-30'],
      ['without leading zeros', '2026-1-5'],
      ['not a date at all', 'gisteren'],
      ['tomorrow', daysAgo(-1)],
    ] as const) {
      it(`treats a start ${name} as unset, with one warning`, async () => {
        const el = await fixture<Checker>(
          html`<rug-course-checker start=${start}></rug-course-checker>`,
        );
        el.entries = [ci(0, 5, 4, 6)];
        await el.updateComplete;
        expect(el.entries).to.deep.equal([ci(0, 5, 4, 6)]);
        // Version 2: the check-ins are still judged, without the start.
        expect(el.result.status).to.equal('too-early');
        expect(el.result.reasons).to.deep.equal(['window-not-reached', 'start-unknown']);
        expect(el.result.weeks).to.equal(null);
        expect(checkerWarnings()).to.have.length(1);
        expect(checkerWarnings()[0]).to.contain('start');
        expect(checkerWarnings()[0]).to.contain(start);
      });
    }

    it('keeps the list when start moves later; check-ins before it stop counting', async () => {
      const el = await checker();
      el.start = daysAgo(40);
      el.entries = [ci(35, 5, 3, 7), ci(10, 5, 4, 7), ci(0, 5, 5, 7)];
      await el.updateComplete;
      expect(el.result.status).to.equal('normal');
      expect(el.result.reference).to.deep.equal(ci(35, 5, 3, 7));
      el.start = daysAgo(20);
      await el.updateComplete;
      expect(el.entries).to.have.length(3);
      expect(el.result.status).to.equal('too-early');
      expect(el.result.reasons).to.deep.equal(['window-not-reached']);
      expect(el.result.reference).to.equal(null);
      expect(el.result.weeks).to.equal(2);
      expect(warnings).to.deep.equal([]);
    });

    it('gives the result with status, reasons, weeks, latest, reference and change', async () => {
      const el = await checker();
      el.start = daysAgo(28);
      el.entries = [ci(28, 4, 5, 5), ci(7, 6, 4, 6), ci(0, 7, 3, 7)];
      await el.updateComplete;
      expect(el.result).to.deep.equal({
        status: 'deviant',
        urgency: null,
        reasons: ['no-clear-improvement', 'worsening', 'pain-increasing'],
        weeks: 4,
        latest: ci(0, 7, 3, 7),
        reference: ci(28, 4, 5, 5),
        change: { pain: 3, activity: -2, limitation: 2 },
        resultFrom: null,
      });
    });

    it('reaches every status', async () => {
      const el = await checker();
      for (const status of STATUSES) {
        await setData(el, dataFor(status));
        expect(el.result.status, status).to.equal(status);
      }
    });

    it('has a read-only result', async () => {
      const el = await checker();
      await setData(el, dataFor('deviant'));
      const before = el.result;
      try {
        (el as unknown as { result: unknown }).result = { status: 'normal' };
      } catch {
        // A getter without a setter throws in strict code: fine, nothing changes.
      }
      expect(el.result).to.deep.equal(before);
    });
  });

  describe('events', () => {
    it('fires nothing on first render, with data given up front', async () => {
      const events = recordResults();
      const el = await fixture<Checker>(html`
        <rug-course-checker
          start=${daysAgo(30)}
          .entries=${dataFor('deviant').entries}
          .redFlags=${[]}
        ></rug-course-checker>
      `);
      await el.updateComplete;
      expect(el.result.status).to.equal('deviant');
      expect(events.length).to.equal(0);
    });

    it('fires once after each change through the API, with the result as detail', async () => {
      const el = await checker();
      const events = recordResults();
      const changes: [string, () => void][] = [
        ['start', () => (el.start = daysAgo(30))],
        ['entries', () => (el.entries = dataFor('deviant').entries)],
        ['entries again, same result', () => (el.entries = dataFor('deviant').entries)],
        ['redFlags', () => (el.redFlags = ['fever'])],
        ['redFlags again, same result', () => (el.redFlags = ['fever'])],
        ['start attribute', () => el.setAttribute('start', daysAgo(29))],
      ];
      for (const [i, [name, change]] of changes.entries()) {
        change();
        await el.updateComplete;
        expect(events.length, name).to.equal(i + 1);
        expect(events[i]!.detail, name).to.deep.equal(el.result);
      }
      expect(events.map((e) => e.detail.status)).to.deep.equal([
        'too-early',
        'deviant',
        'deviant',
        'see-doctor',
        'see-doctor',
        'see-doctor',
      ]);
    });

    it('bubbles and is composed', async () => {
      const el = await checker();
      const event = oneEvent(el, 'rug-course-result');
      el.redFlags = ['bladder-bowel'];
      const fired = (await event) as CustomEvent<CourseResult>;
      expect(fired.bubbles).to.equal(true);
      expect(fired.composed).to.equal(true);
      expect(fired.detail.status).to.equal('urgent');
      expect(fired.detail).to.deep.equal(el.result);
    });

    it('fires once after each change through the form', async () => {
      const el = await checker();
      const events = recordResults();
      await answer(el);
      expect(events.length, 'one per answer').to.equal(11);
      await enterStart(el, daysAgo(30));
      expect(events.length).to.equal(12);
      expect(events[11]!.detail.reasons).to.deep.equal(['no-data']);
      await addCheckIn(el, ci(21, 5, 4, 6));
      expect(events.length).to.equal(13);
      await addCheckIn(el, ci(0, 5, 4, 6));
      expect(events.length).to.equal(14);
      expect(events[13]!.detail).to.deep.equal(el.result);
      expect(events[13]!.detail.status).to.equal('deviant');
      await click(el, button(el, `${T.nl.edit} ${shortDate(daysAgo(0))}`));
      await click(el, button(el, T.nl.deleteCheckIn));
      expect(events.length).to.equal(15);
      expect(events[14]!.detail.status).to.equal('too-early');
      await click(el, button(el, T.nl.changeAnswers));
      await click(el, radio(el, 'fever', T.nl.yes));
      expect(events.length).to.equal(16);
      expect(events[15]!.detail.status).to.equal('see-doctor');
      await click(el, button(el, T.nl.seenGp));
      expect(events.length).to.equal(17);
      expect(events[16]!.detail).to.deep.equal(el.result);
      expect(events[16]!.detail.status).to.equal('too-early');
    });

    it('fires nothing for a check-in the form refuses', async () => {
      const el = await checker();
      await setData(el, dataFor('deviant'));
      const events = recordResults();
      await submitCheckIn(el, { pain: '11', activity: '5', limitation: '5' });
      expect(events.length).to.equal(0);
    });
  });

  describe('the form', () => {
    it('shows the 11 red-flag questions first and no result', async () => {
      const el = await checker();
      expect(headings(el)[0]).to.equal(T.nl.flagsFirst);
      expect(questions(el).length).to.equal(11);
      for (const [i, fieldset] of questions(el).entries()) {
        const legend = text(fieldset.querySelector('legend'));
        expect(legend, FLAGS[i]).to.match(/\?$/);
        const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
        expect(
          radios.map((r) => text(r.closest('label'))),
          FLAGS[i],
        ).to.deep.equal([T.nl.yes, T.nl.no]);
        expect(
          radios.map((r) => r.checked),
          `${FLAGS[i]} not yet answered`,
        ).to.deep.equal([false, false]);
      }
      expect(text(region(el))).to.equal('');
      expect(findField(el, T.nl.start) === undefined, 'no start field yet').to.equal(true);
      expect(findField(el, T.nl.pain) === undefined, 'no check-in form yet').to.equal(true);
    });

    it('asks each question once, in plain words', async () => {
      const el = await checker();
      const legends = questions(el).map((f) => text(f.querySelector('legend')));
      expect(new Set(legends).size).to.equal(11);
      expect(legends[0]).to.contain('plassen');
      expect(legends[FLAGS.indexOf('trauma')]).to.contain('ongeluk');
      expect(legends[FLAGS.indexOf('cancer-history')]).to.contain('kanker');
    });

    it('asks for the start, then a date and three scores from 0 to 10 with their ends in words', async () => {
      const el = await checker();
      await answer(el);
      expect(field(el, T.nl.start).type).to.equal('date');
      expect(field(el, T.nl.start).value).to.equal('');
      expect(field(el, T.nl.date).type).to.equal('date');
      expect(field(el, T.nl.date).value, 'the date defaults to today').to.equal(daysAgo(0));
      for (const [score, ends] of [
        ['pain', '0 = geen pijn, 10 = de ergste pijn die u zich kunt voorstellen'],
        ['activity', '0 = lukt helemaal niet, 10 = gaat zoals voor de klachten'],
        ['limitation', '0 = helemaal niet beperkt, 10 = volledig beperkt'],
      ] as const) {
        const input = field(el, T.nl[score]);
        expect(input.type, score).to.equal('number');
        expect([input.min, input.max], score).to.deep.equal(['0', '10']);
        expect(input.value, score).to.equal('');
        expect(descriptions(el, input), score).to.deep.equal([ends]);
      }
      expect(headings(el)).to.include(T.nl.newHeading);
      expect(buttonNames(el)).to.include(T.nl.add);
    });

    it('takes a person from the questions to a result, by keyboard', async () => {
      const page = await fixture<HTMLElement>(html`
        <div>
          <button type="button">Vorige</button>
          <rug-course-checker></rug-course-checker>
        </div>
      `);
      const el = page.querySelector<Checker>('rug-course-checker')!;
      const events = recordResults();
      page.querySelector('button')!.focus();
      for (const flag of FLAGS) {
        await sendKeys({ press: 'Tab' });
        expect(focusedName(el), `Tab reaches the question about ${flag}`).to.equal(T.nl.yes);
        expect(radio(el, flag, T.nl.yes).matches(':focus')).to.equal(true);
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
      }
      expect(el.redFlags).to.deep.equal([]);
      expect(statusTitle(el)).to.equal(T.nl.noData);
      expect(questions(el).length, 'the questions stay until "Klaar"').to.equal(11);
      await sendKeys({ press: 'Tab' });
      expect(focusedName(el)).to.equal(T.nl.done);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(questions(el).length).to.equal(0);
      expect(text(shadow(el).querySelector('[part~="flags"]'))).to.contain(T.nl.flagsDone);
      expect(focusedName(el), 'focus moves on to the start').to.equal(T.nl.start);
      await typeDateParts(daysAgo(42));
      await tabTo(el, T.nl.date);
      expect(el.start).to.equal(daysAgo(42));
      expect(field(el, T.nl.date).value, 'the date defaults to today').to.equal(daysAgo(0));
      await typeDate(daysAgo(42));
      for (const [score, value] of [
        ['pain', '6'],
        ['activity', '3'],
        ['limitation', '7'],
      ] as const) {
        await tabTo(el, T.nl[score]);
        await sendKeys({ type: value });
      }
      await sendKeys({ press: 'Tab' });
      expect(focusedName(el)).to.equal(T.nl.add);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(rows(el)).to.deep.equal([[shortDate(daysAgo(42)), '6', '3', '7']]);
      expect(statusTitle(el)).to.equal(T.nl.status['too-early']);

      await addCheckIn(el, ci(21, 5, 4, 6));
      // The third check-in keeps the date the form proposes: today.
      expect(field(el, T.nl.date).value).to.equal(daysAgo(0));
      await submitCheckIn(el, { pain: '4', activity: '6', limitation: '4' });

      expect(rows(el)).to.deep.equal([
        [shortDate(daysAgo(42)), '6', '3', '7'],
        [shortDate(daysAgo(21)), '5', '4', '6'],
        [shortDate(daysAgo(0)), '4', '6', '4'],
      ]);
      expect(statusTitle(el)).to.equal(T.nl.status.normal);
      const said = text(region(el));
      expect(said).to.contain('Ga zo door en blijf in beweging.');
      expect(said).to.contain(
        `Sinds ${dutchDate(daysAgo(21))} zijn uw activiteiten duidelijk toegenomen of uw beperking duidelijk afgenomen (2 punten of meer).`,
      );
      expect(said).to.contain('6 weken sinds het begin van de klachten');
      expect(said).to.contain(`Verandering sinds ${dutchDate(daysAgo(21))}`);
      // The intended purpose, said once, near the result.
      expect(said).to.contain('Deze check geeft algemene informatie en is geen diagnose.');
      expect(text(shadow(el)).split('geen diagnose').length - 1).to.equal(1);
      expect(el.start).to.equal(daysAgo(42));
      expect(el.result.status).to.equal('normal');
      expect(el.result.reasons).to.deep.equal(['improving']);
      expect(el.result.change).to.deep.equal({ pain: -1, activity: 2, limitation: -2 });
      expect(events.at(-1)!.detail).to.deep.equal(el.result);
    });

    it('answers a question with Space', async () => {
      const el = await checker();
      radio(el, 'trauma', T.nl.yes).focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(radio(el, 'trauma', T.nl.yes).checked).to.equal(true);
      expect(el.redFlags).to.deep.equal(['trauma']);
    });

    it('shows "Bel nu uw huisarts" at the top at once after an urgent yes', async () => {
      const el = await checker();
      radio(el, 'saddle-numbness', T.nl.yes).focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(statusTitle(el)).to.equal(T.nl.status.urgent);
      expect(headings(el)[0], 'the first heading of the checker').to.equal(T.nl.status.urgent);
      expect(text(region(el))).to.contain('huisartsenpost');
      // The other questions are still there, unanswered.
      expect(questions(el).length).to.equal(11);
      expect(radio(el, 'trauma', T.nl.no).checked).to.equal(false);
      expect(el.result.status).to.equal('urgent');
    });

    it('keeps urgent above a see-doctor answer and a course', async () => {
      const el = await checker();
      await answer(el, ['fever', 'bladder-bowel']);
      expect(statusTitle(el)).to.equal(T.nl.status.urgent);
      expect(headings(el)[0]).to.equal(T.nl.status.urgent);
    });

    it('sets a flag back to no with "Ik ben hiermee bij de huisarts geweest"', async () => {
      const el = await checker();
      await answer(el, ['fever']);
      expect(statusTitle(el)).to.equal(T.nl.tier.today.title);
      await click(el, button(el, T.nl.seenGp));
      expect(el.redFlags).to.deep.equal([]);
      expect(statusTitle(el)).to.equal(T.nl.noData);
      await click(el, button(el, T.nl.changeAnswers));
      expect(radio(el, 'fever', T.nl.no).checked).to.equal(true);
    });

    it('sets an urgent sign back to no only by answering again, keeping the check-ins', async () => {
      const el = await checker();
      await setData(el, { ...dataFor('deviant'), redFlags: ['leg-weakness'] });
      expect(statusTitle(el)).to.equal(T.nl.status.urgent);
      expect(findButton(el, T.nl.seenGp), 'no shortcut for an urgent sign').to.equal(undefined);
      expect(text(region(el))).to.contain(T.nl.urgentChange);
      await click(el, button(el, T.nl.changeAnswers));
      await click(el, radio(el, 'leg-weakness', T.nl.no));
      expect(el.redFlags).to.deep.equal([]);
      expect(statusTitle(el)).to.equal(T.nl.status.deviant);
      expect(el.entries).to.deep.equal(dataFor('deviant').entries);
    });

    it('lets the answers be viewed and changed again', async () => {
      const el = await checker();
      await answer(el);
      await click(el, button(el, T.nl.changeAnswers));
      expect(questions(el).length).to.equal(11);
      expect(radio(el, 'steroids', T.nl.no).checked).to.equal(true);
      await click(el, radio(el, 'steroids', T.nl.yes));
      expect(statusTitle(el)).to.equal(T.nl.status['see-doctor']);
      await click(el, button(el, T.nl.done));
      expect(questions(el).length).to.equal(0);
    });

    for (const lang of ['nl', 'en'] as const) {
      for (const status of STATUSES) {
        it(`reaches ${status} through the form, titled in ${lang === 'nl' ? 'Dutch' : 'English'}`, async () => {
          const el = await fixture<Checker>(
            html`<rug-course-checker lang=${lang}></rug-course-checker>`,
          );
          if (lang === 'en') await english(el);
          await reachThroughForm(el, status, lang);
          expect(el.result.status).to.equal(status);
          // Through the form, too-early has no check-ins yet.
          expect(statusTitle(el)).to.equal(
            status === 'too-early' ? T[lang].noData : T[lang].status[status],
          );
        });
      }
    }

    describe('invalid input', () => {
      /** A checker with one check-in, the form filled in as a person would. */
      async function withOneCheckIn(): Promise<Checker> {
        const el = await checker();
        await setData(el, { start: daysAgo(30), entries: [ci(21, 5, 4, 6)], redFlags: [] });
        return el;
      }

      function expectMessage(el: Checker, label: string, message: string): void {
        const input = field(el, label);
        expect(input.getAttribute('aria-invalid'), label).to.equal('true');
        expect(descriptions(el, input), `${label} is described by its message`).to.include(message);
        for (const other of [T.nl.date, T.nl.pain, T.nl.activity, T.nl.limitation]) {
          if (other === label) continue;
          expect(field(el, other).getAttribute('aria-invalid'), other).to.equal('false');
        }
      }

      function expectKept(el: Checker): void {
        expect(el.entries).to.deep.equal([ci(21, 5, 4, 6)]);
        expect(rows(el)).to.deep.equal([[shortDate(daysAgo(21)), '5', '4', '6']]);
      }

      for (const [name, value, message] of [
        ['11', '11', INVALID.scoreInvalid],
        ['2.5', '2.5', INVALID.scoreInvalid],
        ['-1', '-1', INVALID.scoreInvalid],
        ['empty', '', INVALID.scoreMissing],
      ] as const) {
        it(`refuses a score of ${name} with a message tied to its field`, async () => {
          const el = await withOneCheckIn();
          await submitCheckIn(el, { pain: '5', activity: value, limitation: '6' });
          expectMessage(el, T.nl.activity, message);
          expectKept(el);
          // What the person typed stays in the form.
          expect(field(el, T.nl.pain).value).to.equal('5');
          expect(field(el, T.nl.limitation).value).to.equal('6');
          expect(el.result.status).to.equal('too-early');
        });
      }

      it('refuses a date in the future', async () => {
        const el = await withOneCheckIn();
        await submitCheckIn(el, { date: daysAgo(-1), pain: '5', activity: '4', limitation: '6' });
        expectMessage(el, T.nl.date, INVALID.dateFuture);
        expectKept(el);
        expect(field(el, T.nl.date).value).to.equal(daysAgo(-1));
      });

      it('refuses a date before the start', async () => {
        const el = await withOneCheckIn();
        await submitCheckIn(el, { date: daysAgo(31), pain: '5', activity: '4', limitation: '6' });
        expectMessage(el, T.nl.date, INVALID.dateBeforeStart);
        expectKept(el);
      });

      it('accepts the start date itself and clears the message', async () => {
        const el = await withOneCheckIn();
        await submitCheckIn(el, { pain: '5', activity: '11', limitation: '6' });
        expectMessage(el, T.nl.activity, INVALID.scoreInvalid);
        await submitCheckIn(el, { date: daysAgo(30), pain: '5', activity: '4', limitation: '6' });
        expect(field(el, T.nl.activity).getAttribute('aria-invalid')).to.equal('false');
        expect(descriptions(el, field(el, T.nl.activity))).to.not.include(INVALID.scoreInvalid);
        expect(el.entries).to.deep.equal([ci(30, 5, 4, 6), ci(21, 5, 4, 6)]);
      });

      it('gives every refused field its own message', async () => {
        const el = await withOneCheckIn();
        await submitCheckIn(el, { date: daysAgo(-1), pain: '', activity: '12', limitation: '3' });
        const date = field(el, T.nl.date);
        expect(date.getAttribute('aria-invalid')).to.equal('true');
        expect(descriptions(el, date)).to.include(INVALID.dateFuture);
        expect(descriptions(el, field(el, T.nl.pain))).to.include(INVALID.scoreMissing);
        expect(descriptions(el, field(el, T.nl.activity))).to.include(INVALID.scoreInvalid);
        expect(field(el, T.nl.limitation).getAttribute('aria-invalid')).to.equal('false');
        expectKept(el);
      });

      it('refuses a start in the future with a message tied to the start field', async () => {
        const el = await withOneCheckIn();
        await enterStart(el, daysAgo(-1));
        const start = field(el, T.nl.start);
        expect(start.getAttribute('aria-invalid')).to.equal('true');
        expect(descriptions(el, start)).to.include(INVALID.dateFuture);
        expect(el.start).to.equal(daysAgo(30));
        expectKept(el);
      });
    });

    describe('typing dates by keyboard', () => {
      // BUG (Chromium): the check-in date field is bound with `.value=${draft.date}` and updated
      // on every `input`. Chromium reports a half-typed date (here the day typed as "0…") as
      // '', the element stores '' and writes it back, which empties the whole field: typing
      // 11-04-2025 over 11-20-2025 ends with an empty field and "Vul een datum in.".
      // docs/design.md: keyboard use (WCAG 2.2 AA); "a bad input never loses what was entered".
      // Passes in Firefox.
      it('keeps a date typed over the one in the field', async () => {
        const el = await checker();
        const checkIn = { date: '2025-11-20', pain: 5, activity: 4, limitation: 6 };
        await setData(el, { start: '2025-11-01', entries: [checkIn], redFlags: [] });
        await click(el, button(el, `${T.nl.edit} ${shortDate('2025-11-20')}`));
        field(el, T.nl.date).focus();
        await typeDateParts('2025-11-04');
        expect(field(el, T.nl.date).value).to.equal('2025-11-04');
        await click(el, button(el, T.nl.save));
        expect(el.entries).to.deep.equal([{ ...checkIn, date: '2025-11-04' }]);
      });

      // BUG (Chromium): the start field listens to `change`, which Chromium fires at every key
      // of the year (0002-…, 0020-…, 0202-…, 2026-…); each is a real past date, so each becomes
      // `start` and fires `rug-course-result` with a wrong figure (persistent for a start in
      // the year 2). docs/design.md ("Course checker"): the event fires once after each change of `start` through
      // the form. Passes in Firefox.
      it('takes a typed start date as one change', async () => {
        const el = await checker();
        await setData(el, { start: null, entries: [ci(0, 5, 4, 6)], redFlags: [] });
        const events = recordResults();
        field(el, T.nl.start).focus();
        await typeDateParts(daysAgo(30));
        await tabTo(el, T.nl.date);
        await settle(el);
        expect(el.start).to.equal(daysAgo(30));
        expect(events.map((e) => e.detail.weeks)).to.deep.equal([4]);
      });

      // BUG (Chromium): for the same reason, typing a start in the future over a valid start
      // leaves `start` at the last intermediate year (e.g. 0202-…): the message says the date
      // is refused, yet the start the person had is lost. docs/design.md: "a bad input never loses
      // what was entered before". Passes in Firefox.
      it('keeps the previous start when a typed start is refused', async () => {
        const el = await checker();
        await setData(el, dataFor('deviant'));
        field(el, T.nl.start).focus();
        await typeDateParts(daysAgo(-1));
        await tabTo(el, T.nl.date);
        await settle(el);
        expect(field(el, T.nl.start).getAttribute('aria-invalid')).to.equal('true');
        expect(el.start).to.equal(daysAgo(30));
        expect(el.result.status).to.equal('deviant');
      });
    });

    describe('editing and deleting', () => {
      async function withTwo(): Promise<Checker> {
        const el = await checker();
        await setData(el, {
          start: daysAgo(30),
          entries: [ci(21, 5, 4, 6), ci(0, 5, 4, 6)],
          redFlags: [],
        });
        return el;
      }

      it('edits a check-in from the table', async () => {
        const el = await withTwo();
        expect(el.result.status).to.equal('deviant');
        await click(el, button(el, `${T.nl.edit} ${shortDate(daysAgo(0))}`));
        expect(headings(el)).to.include(T.nl.editHeading);
        expect(field(el, T.nl.date).value).to.equal(daysAgo(0));
        expect(
          [T.nl.pain, T.nl.activity, T.nl.limitation].map((l) => field(el, l).value),
        ).to.deep.equal(['5', '4', '6']);
        await typeNumber(field(el, T.nl.activity), '7');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(rows(el)).to.deep.equal([
          [shortDate(daysAgo(21)), '5', '4', '6'],
          [shortDate(daysAgo(0)), '5', '7', '6'],
        ]);
        expect(el.entries).to.deep.equal([ci(21, 5, 4, 6), ci(0, 5, 7, 6)]);
        expect(el.result.status).to.equal('normal');
        expect(headings(el)).to.include(T.nl.newHeading);
      });

      it('moves a check-in to another date', async () => {
        const el = await withTwo();
        await click(el, button(el, `${T.nl.edit} ${shortDate(daysAgo(0))}`));
        field(el, T.nl.date).focus();
        await typeDate(daysAgo(3));
        await click(el, button(el, T.nl.save));
        expect(el.entries).to.deep.equal([ci(21, 5, 4, 6), ci(3, 5, 4, 6)]);
        expect(rows(el)).to.have.length(2);
      });

      it('keeps the check-in when an edit is invalid, and when it is cancelled', async () => {
        const el = await withTwo();
        await click(el, button(el, `${T.nl.edit} ${shortDate(daysAgo(21))}`));
        await typeNumber(field(el, T.nl.pain), '11');
        await click(el, button(el, T.nl.save));
        expect(field(el, T.nl.pain).getAttribute('aria-invalid')).to.equal('true');
        expect(el.entries).to.deep.equal([ci(21, 5, 4, 6), ci(0, 5, 4, 6)]);
        await click(el, button(el, T.nl.cancel));
        expect(headings(el)).to.include(T.nl.newHeading);
        expect(field(el, T.nl.pain).value).to.equal('');
        expect(field(el, T.nl.pain).getAttribute('aria-invalid')).to.equal('false');
        expect(el.entries).to.deep.equal([ci(21, 5, 4, 6), ci(0, 5, 4, 6)]);
      });

      it('deletes a check-in chosen in the table', async () => {
        const el = await withTwo();
        await click(el, button(el, `${T.nl.edit} ${shortDate(daysAgo(21))}`));
        await click(el, button(el, T.nl.deleteCheckIn));
        expect(rows(el)).to.deep.equal([[shortDate(daysAgo(0)), '5', '4', '6']]);
        expect(el.entries).to.deep.equal([ci(0, 5, 4, 6)]);
        expect(el.result.status).to.equal('too-early');
      });

      it('names each row’s edit button with the row’s date', async () => {
        const el = await withTwo();
        const names = buttonNames(el);
        for (const days of [21, 0]) {
          expect(names).to.include(`${T.nl.edit} ${shortDate(daysAgo(days))}`);
        }
        expect(names).to.not.include(T.nl.deleteCheckIn);
      });
    });
  });

  describe('contact action', () => {
    for (const status of ['deviant', 'persistent'] as const) {
      it(`links to contact-url for ${status}`, async () => {
        const el = await fixture<Checker>(
          html`<rug-course-checker contact-url="https://example.nl/afspraak"></rug-course-checker>`,
        );
        await setData(el, dataFor(status));
        expect(links(el)).to.deep.equal([
          { name: T.nl.contact, href: 'https://example.nl/afspraak' },
        ]);
        expect(warnings).to.deep.equal([]);
      });
    }

    it('offers no contact action for normal, too-early or a flag', async () => {
      const el = await fixture<HTMLElement>(html`
        <div>
          <rug-course-checker contact-url="https://example.nl/afspraak"></rug-course-checker>
          <rug-contact-card></rug-contact-card>
        </div>
      `);
      const checkerEl = el.querySelector<Checker>('rug-course-checker')!;
      for (const status of ['normal', 'too-early', 'see-doctor', 'urgent'] as const) {
        await setData(checkerEl, dataFor(status));
        expect(links(checkerEl), status).to.deep.equal([]);
        expect(findButton(checkerEl, T.nl.goToCard) === undefined, status).to.equal(true);
      }
    });

    it('refuses contact-url="javascript:alert(1)" with a warning, showing no link', async () => {
      const el = await fixture<Checker>(
        html`<rug-course-checker contact-url="javascript:alert(1)"></rug-course-checker>`,
      );
      await setData(el, dataFor('deviant'));
      expect(links(el)).to.deep.equal([]);
      expect(shadow(el).querySelectorAll('a').length).to.equal(0);
      expect(text(region(el))).to.contain('Neem contact op met een fysiotherapeut');
      expect(checkerWarnings()).to.have.length(1);
      expect(checkerWarnings()[0]).to.contain('contact-url');
      expect(checkerWarnings()[0]).to.contain('javascript:alert(1)');
      // Re-rendering does not warn again.
      el.entries = dataFor('persistent').entries;
      await el.updateComplete;
      expect(checkerWarnings()).to.have.length(1);
    });

    // BUG: the element checks contact-url only while rendering the deviant/persistent advice,
    // so a page author whose page starts empty never sees the warning; docs/design.md ("Decisions"):
    // "A bad attribute value gives a console.warn naming the element, the attribute and the
    // value".
    it('warns about a bad contact-url whatever the status', async () => {
      await fixture<Checker>(
        html`<rug-course-checker contact-url="javascript:alert(1)"></rug-course-checker>`,
      );
      expect(checkerWarnings()).to.have.length(1);
      expect(checkerWarnings()[0]).to.contain('contact-url');
    });

    it('offers a button that moves focus to the page’s contact card', async () => {
      const page = await fixture<HTMLElement>(html`
        <div>
          <rug-course-checker></rug-course-checker>
          <rug-contact-card></rug-contact-card>
        </div>
      `);
      const el = page.querySelector<Checker>('rug-course-checker')!;
      await setData(el, dataFor('deviant'));
      expect(links(el)).to.deep.equal([]);
      button(el, T.nl.goToCard).focus();
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement?.localName).to.equal('rug-contact-card');
    });

    it('lets contact-url win over the contact card', async () => {
      const page = await fixture<HTMLElement>(html`
        <div>
          <rug-course-checker contact-url="https://example.nl/afspraak"></rug-course-checker>
          <rug-contact-card></rug-contact-card>
        </div>
      `);
      const el = page.querySelector<Checker>('rug-course-checker')!;
      await setData(el, dataFor('persistent'));
      expect(links(el)).to.deep.equal([
        { name: T.nl.contact, href: 'https://example.nl/afspraak' },
      ]);
      expect(findButton(el, T.nl.goToCard) === undefined).to.equal(true);
    });

    it('gives the advice in words alone without contact-url or card', async () => {
      const el = await checker();
      await setData(el, dataFor('deviant'));
      expect(links(el)).to.deep.equal([]);
      expect(findButton(el, T.nl.goToCard) === undefined).to.equal(true);
      expect(text(region(el))).to.contain(
        'Neem contact op met een fysiotherapeut: die kan u helpen weer vooruit te komen.',
      );
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('chart', () => {
    it('draws an SVG image with a name, and a table with one row per check-in', async () => {
      const el = await checker();
      await setData(el, {
        start: daysAgo(30),
        entries: [ci(28, 7, 2, 9), ci(14, 6, 3, 8), ci(0, 4, 6, 4)],
        redFlags: [],
      });
      const svgs = shadow(el).querySelectorAll('svg[role="img"]');
      expect(svgs.length).to.equal(1);
      expect(svgs[0]!.getAttribute('aria-label') ?? '').to.match(/\S/);
      const tables = shadow(el).querySelectorAll('table');
      expect(tables.length).to.equal(1);
      expect(text(tables[0]!.querySelector('caption'))).to.match(/\S/);
      const head = [...tables[0]!.querySelectorAll('thead th')].slice(0, 4).map(text);
      expect(head).to.deep.equal(['Datum', 'Pijn', 'Activiteiten', 'Beperking']);
      expect(rows(el)).to.deep.equal([
        [shortDate(daysAgo(28)), '7', '2', '9'],
        [shortDate(daysAgo(14)), '6', '3', '8'],
        [shortDate(daysAgo(0)), '4', '6', '4'],
      ]);
    });

    it('follows the check-ins as they change', async () => {
      const el = await checker();
      await setData(el, dataFor('deviant'));
      expect(rows(el)).to.have.length(2);
      el.entries = [...dataFor('deviant').entries, ci(7, 3, 3, 3)];
      await el.updateComplete;
      expect(rows(el)).to.have.length(3);
      expect(rows(el)[1]).to.deep.equal([shortDate(daysAgo(7)), '3', '3', '3']);
    });

    it('draws neither chart nor table without check-ins', async () => {
      const el = await checker();
      await setData(el, { start: daysAgo(3), entries: [], redFlags: [] });
      expect(shadow(el).querySelectorAll('svg[role="img"]').length).to.equal(0);
      expect(shadow(el).querySelectorAll('table').length).to.equal(0);
    });
  });

  describe('storage', () => {
    function rememberBox(el: Checker): HTMLInputElement {
      return wrapped(shadow(el), T.nl.remember);
    }

    it('keeps nothing on the device by default', async () => {
      const el = await checker();
      await answer(el);
      await enterStart(el, daysAgo(30));
      await addCheckIn(el, ci(21, 5, 4, 6));
      expect(rememberBox(el).checked).to.equal(false);
      expect(localStorage.length).to.equal(0);
    });

    it('remembers after "Onthouden op dit apparaat", and a new checker restores it', async () => {
      const el = await checker();
      await setData(el, dataFor('deviant'));
      await click(el, rememberBox(el));
      expect(rememberBox(el).checked).to.equal(true);
      const stored = JSON.parse(localStorage.getItem(KEY)!);
      expect(stored).to.deep.equal({
        version: 2,
        rulesVersion: 2,
        ...dataFor('deviant'),
        unanswered: [],
        discussed: [],
      });
      // Later changes are remembered too.
      el.redFlags = ['inflammatory'];
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(KEY)!).redFlags).to.deep.equal(['inflammatory']);
      const result = el.result;
      fixtureCleanup();

      const events = recordResults();
      const again = await checker();
      expect(again.start).to.equal(dataFor('deviant').start);
      expect(again.entries).to.deep.equal(dataFor('deviant').entries);
      expect(again.redFlags).to.deep.equal(['inflammatory']);
      expect(again.result).to.deep.equal(result);
      expect(statusTitle(again)).to.equal(T.nl.tier.routine.title);
      expect(rememberBox(again).checked).to.equal(true);
      expect(events.length, 'restoring is not a change').to.equal(0);
    });

    it('keeps two checkers’ data apart by their ids', async () => {
      const page = await fixture<HTMLElement>(html`
        <div>
          <rug-course-checker id="one"></rug-course-checker>
          <rug-course-checker id="two"></rug-course-checker>
        </div>
      `);
      const [one, two] = [...page.querySelectorAll<Checker>('rug-course-checker')];
      await setData(one!, dataFor('deviant'));
      await setData(two!, dataFor('persistent'));
      await click(one!, rememberBox(one!));
      await click(two!, rememberBox(two!));
      expect(JSON.parse(localStorage.getItem(`${KEY}:one`)!).start).to.equal(daysAgo(30));
      expect(JSON.parse(localStorage.getItem(`${KEY}:two`)!).start).to.equal(daysAgo(100));
      expect(localStorage.getItem(KEY)).to.equal(null);
      fixtureCleanup();

      const again = await fixture<HTMLElement>(html`
        <div>
          <rug-course-checker id="two"></rug-course-checker>
          <rug-course-checker id="one"></rug-course-checker>
          <rug-course-checker></rug-course-checker>
        </div>
      `);
      const [two2, one2, none] = [...again.querySelectorAll<Checker>('rug-course-checker')];
      expect(one2!.result.status).to.equal('deviant');
      expect(two2!.result.status).to.equal('persistent');
      expect(none!.entries).to.deep.equal([]);
    });

    it('removes the data with "Mijn gegevens verwijderen"', async () => {
      const el = await checker();
      await setData(el, dataFor('deviant'));
      await click(el, rememberBox(el));
      expect(localStorage.getItem(KEY)).to.not.equal(null);
      await click(el, button(el, T.nl.deleteData));
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(notice(el)).to.equal(NOTICE.deleted);
      expect(el.entries).to.deep.equal([]);
      expect(el.start).to.equal(null);
      expect(rememberBox(el).checked).to.equal(false);
      expect(questions(el).length, 'the questions are asked again').to.equal(11);
      fixtureCleanup();
      const again = await checker();
      expect(again.entries).to.deep.equal([]);
    });

    it('forgets the data on this device when remembering is switched off', async () => {
      const el = await checker();
      await setData(el, dataFor('deviant'));
      await click(el, rememberBox(el));
      await click(el, rememberBox(el));
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(el.entries).to.deep.equal(dataFor('deviant').entries);
    });

    it('says in one line when storage throws, and keeps what was entered', async () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      const el = await checker();
      await answer(el);
      await enterStart(el, daysAgo(30));
      await addCheckIn(el, ci(21, 5, 4, 6));
      await click(el, rememberBox(el));
      expect(notice(el)).to.equal(NOTICE.unavailable);
      expect(rememberBox(el).checked).to.equal(false);
      expect(el.entries).to.deep.equal([ci(21, 5, 4, 6)]);
      await addCheckIn(el, ci(0, 5, 4, 6));
      expect(el.entries).to.deep.equal([ci(21, 5, 4, 6), ci(0, 5, 4, 6)]);
      expect(el.result.status).to.equal('deviant');
    });

    it('says so when storage starts throwing while remembering', async () => {
      const el = await checker();
      await setData(el, dataFor('too-early'));
      await click(el, rememberBox(el));
      expect(notice(el)).to.equal('');
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      await setData(el, dataFor('deviant'));
      expect(notice(el)).to.equal(NOTICE.unavailable);
      expect(rememberBox(el).checked).to.equal(false);
      expect(el.entries).to.deep.equal(dataFor('deviant').entries);
    });

    it('works, without remembering, when storage cannot be read at all', async () => {
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.removeItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      const el = await checker();
      await setData(el, dataFor('deviant'));
      expect(statusTitle(el)).to.equal(T.nl.status.deviant);
      await click(el, rememberBox(el));
      expect(notice(el)).to.equal(NOTICE.unavailable);
      await click(el, button(el, T.nl.deleteData));
      expect(el.entries).to.deep.equal([]);
    });

    for (const [name, stored, message] of [
      ['corrupt JSON', '{"version":1,"start":', NOTICE.corrupt],
      [
        'a wrong shape',
        '{"version":1,"start":null,"entries":[{"date":"x"}],"redFlags":[]}',
        NOTICE.corrupt,
      ],
      [
        'a newer version',
        '{"version":3,"start":null,"entries":[],"redFlags":[],"more":true}',
        NOTICE.newer,
      ],
    ] as const) {
      it(`tells of ${name}, does not use it and does not overwrite it`, async () => {
        localStorage.setItem(KEY, stored);
        const el = await checker();
        expect(notice(el)).to.equal(message);
        expect(questions(el).length, 'nothing was restored').to.equal(11);
        expect(el.entries).to.deep.equal([]);
        await answer(el);
        await setData(el, dataFor('deviant'));
        await click(el, rememberBox(el));
        expect(rememberBox(el).checked).to.equal(false);
        await enterStart(el, daysAgo(29));
        expect(el.start).to.equal(daysAgo(29));
        expect(localStorage.getItem(KEY)).to.equal(stored);
        expect(el.result.status).to.equal('deviant');
      });
    }

    it('removes unreadable data only when the person deletes it', async () => {
      localStorage.setItem(KEY, '{oops');
      const el = await checker();
      await click(el, button(el, T.nl.deleteData));
      expect(localStorage.getItem(KEY)).to.equal(null);
      await setData(el, dataFor('deviant'));
      await click(el, rememberBox(el));
      expect(JSON.parse(localStorage.getItem(KEY)!).start).to.equal(daysAgo(30));
    });
  });

  describe('export and import', () => {
    it('round-trips exportData() through importData()', async () => {
      const page = await fixture<HTMLElement>(html`
        <div>
          <rug-course-checker id="from"></rug-course-checker>
          <rug-course-checker id="to"></rug-course-checker>
        </div>
      `);
      const [from, to] = [...page.querySelectorAll<Checker>('rug-course-checker')];
      await setData(from!, { ...dataFor('deviant'), redFlags: ['inflammatory'] });
      const exported = from!.exportData();
      expect(JSON.parse(exported)).to.deep.equal({
        version: 2,
        rulesVersion: 2,
        ...dataFor('deviant'),
        redFlags: ['inflammatory'],
        unanswered: [],
        discussed: [],
      });
      const events = recordResults();
      expect(to!.importData(exported)).to.equal(true);
      await to!.updateComplete;
      expect(to!.result).to.deep.equal(from!.result);
      expect(to!.start).to.equal(from!.start);
      expect(to!.entries).to.deep.equal(from!.entries);
      expect(to!.redFlags).to.deep.equal(from!.redFlags);
      expect(notice(to!)).to.equal('Bestand ingelezen: 2 metingen.');
      expect(events.length).to.equal(1);
      expect(events[0]!.detail).to.deep.equal(to!.result);
    });

    it('round-trips an empty checker', async () => {
      const el = await checker();
      const other = await checker();
      await setData(other, dataFor('persistent'));
      expect(other.importData(el.exportData())).to.equal(true);
      await other.updateComplete;
      expect(other.result).to.deep.equal(el.result);
      expect(other.entries).to.deep.equal([]);
    });

    const good = (changes: Record<string, unknown>) =>
      JSON.stringify({
        version: 2,
        rulesVersion: 2,
        ...dataFor('normal'),
        unanswered: [],
        discussed: [],
        ...changes,
      });
    for (const [name, file] of [
      ['not JSON', 'rugwijzer'],
      ['JSON of the wrong shape', '{"foo":1}'],
      ['an array', '[]'],
      ['no version', JSON.stringify(dataFor('normal'))],
      ['a newer version', good({ version: 3 })],
      ['an unknown flag discussed with the GP', good({ discussed: ['nope'] })],
      ['an unknown unanswered question', good({ unanswered: ['nope'] })],
      ['a score of 11', good({ entries: [{ ...ci(3, 5, 5, 5), pain: 11 }] })],
      ['a score of 2.5', good({ entries: [{ ...ci(3, 5, 5, 5), activity: 2.5 }] })],
      ['a date in the future', good({ entries: [ci(-1, 5, 5, 5)] })],
      [
        'a date that does not exist',
        good({ entries: [{ ...ci(3, 5, 5, 5), date: '2026-02-29' }] }),
      ],
      ['a date before the start', good({ entries: [ci(31, 5, 5, 5)] })],
      ['an unknown red flag', good({ redFlags: ['nope'] })],
      ['a start that is not a date', good({ start: 'gisteren' })],
    ] as const) {
      it(`refuses a file with ${name}, changing nothing`, async () => {
        const el = await checker();
        await setData(el, dataFor('deviant'));
        const before = el.exportData();
        const events = recordResults();
        expect(el.importData(file)).to.equal(false);
        await el.updateComplete;
        expect(notice(el)).to.equal(NOTICE.importFailed);
        expect(el.exportData()).to.equal(before);
        expect(statusTitle(el)).to.equal(T.nl.status.deviant);
        expect(events.length).to.equal(0);
      });
    }

    // BUG: importData() keeps every check-in of a file, two on one date too (and restoring from
    // the device does the same); docs/design.md ("Course checker"): entries are "one per
    // date (of two on a date, the later in the array wins)", and the getter returns that list.
    it('keeps one check-in per date from a file, the later winning', async () => {
      const el = await checker();
      const file = JSON.stringify({
        version: 2,
        rulesVersion: 2,
        start: daysAgo(30),
        entries: [ci(21, 5, 4, 6), ci(0, 5, 4, 6), ci(0, 5, 7, 6)],
        redFlags: [],
        unanswered: [],
        discussed: [],
      });
      el.importData(file);
      await el.updateComplete;
      const dates = el.entries.map((c) => c.date);
      expect(new Set(dates).size, 'one check-in per date').to.equal(dates.length);
      expect(rows(el)).to.have.length(dates.length);
    });

    it('reads a file chosen in the file field', async () => {
      const el = await checker();
      const file = JSON.stringify({ version: 1, ...dataFor('persistent') });
      const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
      expect(text(input.closest('label'))).to.equal('Bestand importeren');
      const transfer = new DataTransfer();
      transfer.items.add(new File([file], 'rugwijzer.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => el.entries.length === 2, 'the file is read');
      await el.updateComplete;
      expect(el.result.status).to.equal('persistent');
      expect(notice(el)).to.equal('Bestand ingelezen: 2 metingen.');
    });

    it('refuses a bad file chosen in the file field', async () => {
      const el = await checker();
      await setData(el, dataFor('deviant'));
      const before = el.exportData();
      const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File(['{"version":1'], 'kapot.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => notice(el) !== '', 'the file is read');
      expect(notice(el)).to.equal(NOTICE.importFailed);
      expect(el.exportData()).to.equal(before);
    });
  });

  describe('clinical rules version 2', () => {
    /** A date as the result says it, in the given language: `4 november 2026`. */
    function longDate(iso: string, lang: Lang): string {
      return new Intl.DateTimeFormat(lang, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(Date.parse(iso));
    }

    async function checkerIn(lang: Lang): Promise<Checker> {
      const el = await fixture<Checker>(
        html`<rug-course-checker lang=${lang}></rug-course-checker>`,
      );
      if (lang === 'en') await english(el);
      return el;
    }

    /** The result's paragraphs and list items, in order, as a person reads them. */
    function resultLines(el: Element): string[] {
      return [...region(el).querySelectorAll('h3, p, li')].map(text);
    }

    function alerts(el: Element): HTMLElement[] {
      return [...shadow(el).querySelectorAll<HTMLElement>('[role="alert"]')];
    }

    for (const lang of ['nl', 'en'] as const) {
      const t = T[lang];
      const language = lang === 'nl' ? 'Dutch' : 'English';

      it(`shows an urgent yes's advice at once below its question, as an alert, focus staying (${language})`, async () => {
        const el = await checkerIn(lang);
        const yes = radio(el, 'saddle-numbness', t.yes);
        yes.focus();
        await sendKeys({ press: ' ' });
        await settle(el);
        const found = alerts(el);
        expect(found.length).to.equal(1);
        const question = questions(el)[FLAGS.indexOf('saddle-numbness')]!;
        expect(question.lastElementChild === found[0], 'the last thing in its question').to.equal(
          true,
        );
        expect(text(found[0])).to.contain(t.tier.now.advice);
        expect(text(found[0])).to.contain(t.urgentChange);
        expect(shadow(el).activeElement === yes, 'focus stays on the radio').to.equal(true);
        // "No" takes the alert away; a see-doctor yes gives none.
        await click(el, radio(el, 'saddle-numbness', t.no));
        await click(el, radio(el, 'fever', t.yes));
        expect(alerts(el).length).to.equal(0);
      });

      it(`ends every result but urgent with the safety net (${language})`, async () => {
        const el = await checkerIn(lang);
        await answer(el, [], lang);
        for (const status of STATUSES) {
          await setData(el, dataFor(status));
          const lines = resultLines(el);
          if (status === 'urgent') expect(lines, status).to.not.include(t.safetyNet);
          else expect(lines.at(-1), status).to.equal(t.safetyNet);
        }
      });

      it(`words each tier as the clinical rules say, never 112 (${language})`, async () => {
        const el = await checkerIn(lang);
        for (const [flags, urgency] of [
          [['bladder-bowel', 'fever'], 'now'],
          [['trauma', 'steroids'], 'today'],
          [['fever'], 'today'],
          [['night-pain', 'inflammatory'], 'days'],
          [['inflammatory'], 'routine'],
        ] as const) {
          await setData(el, { ...dataFor('deviant'), redFlags: [...flags] });
          expect(el.result.urgency, flags.join()).to.equal(urgency);
          expect(statusTitle(el), flags.join()).to.equal(t.tier[urgency].title);
          const said = text(region(el));
          expect(said, flags.join()).to.contain(t.tier[urgency].advice);
          expect(said).to.not.contain('112');
          expect(said.includes('huisartsenpost'), `huisartsenpost for ${urgency}`).to.equal(
            urgency === 'now' || urgency === 'today' || said.includes(t.safetyNet),
          );
          if (urgency === 'routine') {
            expect(said).to.not.contain(t.tier.days.advice);
            expect(said.replace(t.safetyNet, '')).to.not.contain('huisartsenpost');
          }
        }
      });

      it(`offers no "seen my GP" shortcut for an urgent sign, nor any while one is yes (${language})`, async () => {
        const el = await checkerIn(lang);
        await setData(el, { ...dataFor('deviant'), redFlags: ['leg-weakness', 'fever'] });
        expect(findButton(el, t.seenGp)).to.equal(undefined);
        expect(text(region(el))).to.contain(t.urgentChange);
        await setData(el, { ...dataFor('deviant'), redFlags: ['fever', 'steroids'] });
        expect(buttonNames(el).filter((name) => name === t.seenGp)).to.have.length(2);
      });

      it(`says "N weeks since the complaints began" and "since <date>" (${language})`, async () => {
        const el = await checkerIn(lang);
        await answer(el, [], lang);
        for (const days of [3, 7, 27]) {
          await setData(el, { start: daysAgo(days), entries: [ci(0, 5, 4, 6)], redFlags: [] });
          expect(resultLines(el), `${days} days`).to.include(t.weeks(Math.floor(days / 7)));
        }
        await setData(el, dataFor('normal'));
        expect(text(region(el))).to.contain(longDate(daysAgo(21), lang));
        expect(text(region(el))).to.not.match(/week \d|in 3 we/i);
      });

      it(`words the mixed case from the change (${language})`, async () => {
        const el = await checkerIn(lang);
        await answer(el, [], lang);
        const start = daysAgo(30);
        await setData(el, { start, entries: [ci(21, 2, 3, 4), ci(0, 6, 5, 7)], redFlags: [] });
        expect(el.result.reasons).to.deep.equal([
          'no-clear-improvement',
          'worsening',
          'pain-increasing',
        ]);
        expect(statusTitle(el)).to.equal(t.status.deviant);
        expect(resultLines(el)).to.include(t.mixed.activity(longDate(daysAgo(21), lang)));
        expect(resultLines(el)).to.not.include(t.worsening);
        await setData(el, { start, entries: [ci(21, 5, 5, 5), ci(0, 5, 3, 3)], redFlags: [] });
        expect(statusTitle(el)).to.equal(t.status.deviant);
        expect(resultLines(el)).to.include(t.mixed.limitation(longDate(daysAgo(21), lang)));
      });

      it(`says what is missing for each too-early case (${language})`, async () => {
        const el = await checkerIn(lang);
        await answer(el, [], lang);
        // No check-ins.
        await setData(el, { start: daysAgo(30), entries: [], redFlags: [] });
        expect(statusTitle(el)).to.equal(t.noData);
        // Under 3 weeks: too early, it usually passes, and the date.
        await setData(el, { start: daysAgo(10), entries: [ci(3, 5, 4, 6)], redFlags: [] });
        expect(statusTitle(el)).to.equal(t.status['too-early']);
        expect(el.result.resultFrom).to.equal(daysAgo(-18));
        expect(text(region(el))).to.match(t.early);
        expect(resultLines(el)).to.include(t.resultFrom(longDate(daysAgo(-18), lang)));
        // Exactly 3 weeks old, one check-in: a check-in is missing, not early.
        await setData(el, { start: daysAgo(21), entries: [ci(0, 5, 4, 6)], redFlags: [] });
        expect(statusTitle(el)).to.equal(t.missing);
        expect(text(region(el))).to.not.match(t.early);
        expect(resultLines(el)).to.include(t.resultFrom(longDate(daysAgo(-21), lang)));
        // No start date: judged from the check-ins, and the start date is asked for.
        await setData(el, {
          start: null,
          entries: [ci(10, 5, 4, 6), ci(0, 5, 4, 6)],
          redFlags: [],
        });
        expect(statusTitle(el)).to.equal(t.missing);
        expect(text(region(el))).to.not.match(t.early);
        expect(resultLines(el)).to.include(t.startUnknown);
        expect(resultLines(el)).to.include(t.resultFrom(longDate(daysAgo(-11), lang)));
        expect(findField(el, t.start) !== undefined, 'the start field is there').to.equal(true);
      });

      it(`keeps a flag set back with "seen my GP" as discussed: summary and export, not result (${language})`, async () => {
        const el = await checkerIn(lang);
        await answer(el, ['fever'], lang);
        await click(el, button(el, t.seenGp));
        expect(el.redFlags).to.deep.equal([]);
        expect(Object.keys(el.result)).to.not.include('discussed');
        expect(JSON.parse(el.exportData()).discussed).to.deep.equal(['fever']);
        // Answering yes again makes it a flag again, no longer discussed.
        await click(el, button(el, t.changeAnswers));
        await click(el, radio(el, 'fever', t.yes));
        expect(JSON.parse(el.exportData()).discussed).to.deep.equal([]);
      });
    }

    // Print emulation needs the DevTools protocol, which the Firefox and WebKit (WebDriver) launchers lack.
    if (!navigator.userAgent.includes('Firefox') && !webKit) {
      for (const lang of ['nl', 'en'] as const) {
        const t = T[lang];
        it(`prints the discussed flags and ends the summary with the safety net (${lang})`, async () => {
          const el = await checkerIn(lang);
          await answer(el, ['fever'], lang);
          await click(el, button(el, t.seenGp));
          await setData(el, { ...dataFor('deviant'), redFlags: [] });
          await emulateMedia({ media: 'print' });
          try {
            const printed = [...shadow(el).querySelectorAll('p, li, h3, th, td, div:not(:has(*))')]
              .filter((node) => (node as HTMLElement).checkVisibility())
              .map(text);
            expect(printed).to.include(`${t.discussed}:`);
            expect(printed.at(-2), 'the fever question').to.match(/\?$/);
            expect(printed.at(-1), 'the summary ends with the safety net').to.equal(t.safetyNet);
            expect(printed.filter((line) => line === t.safetyNet)).to.have.length(1);
          } finally {
            await emulateMedia({ media: 'screen' });
          }
        });
      }
    }

    it('announces and moves nothing for flags set through the API or restored', async () => {
      const el = await checker();
      const before = document.activeElement;
      el.redFlags = ['bladder-bowel'];
      await settle(el);
      await click(el, button(el, T.nl.changeAnswers));
      expect(alerts(el).length).to.equal(0);
      expect(document.activeElement === before).to.equal(true);
      localStorage.setItem(
        KEY,
        JSON.stringify({
          version: 2,
          rulesVersion: 2,
          start: null,
          entries: [],
          redFlags: ['leg-weakness'],
          unanswered: ['fever'],
          discussed: [],
        }),
      );
      const restored = await checker();
      expect(questions(restored).length).to.equal(11);
      expect(radio(restored, 'leg-weakness', T.nl.yes).checked).to.equal(true);
      expect(alerts(restored).length).to.equal(0);
    });

    it('restores data of rules version 1 with age-onset unanswered, so it is asked again', async () => {
      localStorage.setItem(
        KEY,
        JSON.stringify({ version: 1, ...dataFor('deviant'), redFlags: ['age-onset'] }),
      );
      const el = await checker();
      expect(el.entries).to.deep.equal(dataFor('deviant').entries);
      expect(questions(el).length, 'the questions come first').to.equal(11);
      expect(text(region(el)), 'no result before the answer').to.equal('');
      expect(legendOf(el, 'age-onset')).to.contain('50');
      expect(radio(el, 'age-onset', T.nl.yes).checked).to.equal(false);
      expect(radio(el, 'age-onset', T.nl.no).checked).to.equal(false);
      expect(radio(el, 'trauma', T.nl.no).checked).to.equal(true);
      await click(el, radio(el, 'age-onset', T.nl.no));
      expect(statusTitle(el)).to.equal(T.nl.status.deviant);
      const saved = JSON.parse(localStorage.getItem(KEY)!);
      expect(saved).to.include({ version: 2, rulesVersion: 2 });
      expect(saved.redFlags, 'the new answer, no').to.deep.equal([]);
      expect(saved.unanswered).to.deep.equal([]);
    });

    it('asks age-onset about 50 and inflammatory about all three facts, in both languages', async () => {
      // One locale per page: Dutch first, then English.
      for (const lang of ['nl', 'en'] as const) {
        const el = await checkerIn(lang);
        expect(legendOf(el, 'age-onset')).to.match(/20\D+50\?$/);
        expect(legendOf(el, 'age-onset')).to.not.contain('55');
        expect(legendOf(el, 'inflammatory')).to.match(lang === 'nl' ? /alle drie/ : /all three/);
        expect(legendOf(el, 'bladder-bowel')).to.contain(
          lang === 'nl' ? 'sinds de rugpijn begon' : 'Since the back pain began',
        );
        fixtureCleanup();
      }
    });

    it('gives urgency and resultFrom in the event detail', async () => {
      const el = await checker();
      const events = recordResults();
      el.start = daysAgo(10);
      el.entries = [ci(3, 5, 4, 6)];
      await el.updateComplete;
      expect(events.at(-1)!.detail).to.include({ urgency: null, resultFrom: daysAgo(-18) });
      el.redFlags = ['trauma'];
      await el.updateComplete;
      expect(events.at(-1)!.detail).to.include({ urgency: 'today', resultFrom: null });
      expect(events.at(-1)!.detail).to.deep.equal(el.result);
    });
  });

  describe('localisation', () => {
    it('is Dutch, and says so on its shadow content', async () => {
      const el = await checker();
      expect(shadow(el).querySelector('[lang]')!.getAttribute('lang')).to.equal('nl');
    });

    it('shows dates in the table in Dutch', async () => {
      const el = await checker();
      await setData(el, {
        start: '2024-03-01',
        entries: [{ date: '2024-03-04', pain: 5, activity: 4, limitation: 6 }],
        redFlags: [],
      });
      expect(rows(el)).to.deep.equal([[shortDate('2024-03-04'), '5', '4', '6']]);
    });

    it('shows dates in the table in English, following lang', async () => {
      const el = await fixture<Checker>(html`<rug-course-checker lang="en"></rug-course-checker>`);
      await english(el);
      expect(shadow(el).querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
      await setData(el, {
        start: '2024-03-01',
        entries: [
          { date: '2024-03-04', pain: 5, activity: 4, limitation: 6 },
          { date: '2024-03-25', pain: 5, activity: 4, limitation: 6 },
        ],
        redFlags: [],
      });
      expect(rows(el).map((r) => r[0])).to.deep.equal([
        shortDate('2024-03-04', 'en'),
        shortDate('2024-03-25', 'en'),
      ]);
      expect(text(region(el))).to.contain('Change since March 4, 2024');
      el.lang = 'nl';
      await waitUntil(() => rows(el)[0]![0] === shortDate('2024-03-04'), 'Dutch dates again');
      expect(text(region(el))).to.contain('Verandering sinds 4 maart 2024');
    });

    it('speaks English under <html lang="en">', async () => {
      document.documentElement.lang = 'en';
      const el = await checker();
      await english(el);
      expect(headings(el)[0]).to.equal(T.en.flagsFirst);
      await answer(el, [], 'en');
      expect(statusTitle(el)).to.equal(T.en.noData);
      expect(findField(el, T.en.start) !== undefined).to.equal(true);
    });

    it('asks the questions and shows inline messages in English', async () => {
      const el = await fixture<Checker>(html`<rug-course-checker lang="en"></rug-course-checker>`);
      await english(el);
      await setData(el, dataFor('deviant'));
      await submitCheckIn(el, { pain: '11', activity: '4', limitation: '6' }, 'en');
      expect(descriptions(el, field(el, T.en.pain))).to.include(
        'Enter a whole number from 0 to 10.',
      );
    });
  });
});
