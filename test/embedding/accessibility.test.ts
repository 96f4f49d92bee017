import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pressWith, webKit } from '../support/keys.js';
import type { TemplateResult } from 'lit';
// axe-core registers itself as window.axe. chai-a11y-axe's `accessible()` passes no axe
// options through (only ignoredRules), so the WCAG 2.2 AA run calls axe directly.
import 'axe-core/axe.min.js';
import '../../dist/rugwijzer.js';
import { STATUSES, setData, type Checker, type Status } from './harness.js';
import {
  click,
  daysAgo,
  dutchAgain,
  settle,
  shortDate,
  text,
  type RugElement,
} from '../support/elements.js';

// WCAG 2.2 AA in both languages: axe on every demo state, a keyboard-only walk through
// each element (order, visible focus with a measurable ring, no trap), and the accessible
// name of every control checked against a written list.

interface AxeResults {
  violations: Array<{
    id: string;
    impact?: string | null;
    nodes: Array<{ target: unknown[]; failureSummary?: string }>;
  }>;
}

declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResults> };
  }
}

type Lang = 'nl' | 'en';
const LANGS: Lang[] = ['nl', 'en'];

const WCAG22_AA = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

/** What axe finds against WCAG 2.2 AA inside the element, one line per node. */
async function violations(el: Element): Promise<string[]> {
  const results = await window.axe.run(el, WCAG22_AA);
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
    ),
  );
}

// ---- what a person reads, per language, written out ----

const TEXT = {
  nl: {
    showAll: 'Alles tonen',
    hideAll: 'Alles verbergen',
    sections: [
      'Wat is lage rugpijn?',
      'De lage rug',
      'Specifieke lage rugpijn',
      'Aspecifieke lage rugpijn',
      'Normaal beloop van aspecifieke lage rugpijn',
      'Afwijkend beloop van aspecifieke lage rugpijn',
      'Behandeling: blijf in beweging',
      'OriGENE Rugtherapie',
      'Meer informatie?',
    ],
    goToCard: 'Naar de contactgegevens',
    questions: [
      'Heeft u sinds de rugpijn begon moeite met plassen, of kunt u uw plas of ontlasting niet ophouden?',
      'Voelt u een doof of tintelend gevoel rond de anus, de geslachtsdelen of aan de binnenkant van de bovenbenen?',
      'Wordt een been of voet steeds zwakker, of zijn beide benen zwak?',
      'Begon de pijn na een val of een ongeluk?',
      'Heeft u koorts of voelt u zich erg ziek, naast de rugpijn?',
      'Valt u af zonder dat u dat probeert?',
      'Heeft u kanker, of heeft u eerder kanker gehad?',
      'Heeft u constant pijn, ook in rust en ’s nachts, die in geen enkele houding minder wordt?',
      'Is dit de eerste keer in uw leven dat u rugpijn heeft, én bent u jonger dan 20 of ouder dan 50?',
      'Gebruikt u al lange tijd prednison of een vergelijkbaar medicijn (corticosteroïden)?',
      'Geldt dit alle drie voor u: jonger dan 40 toen de pijn begon, ’s ochtends langer dan 30 minuten stijf, en beter als u beweegt?',
    ],
    yes: 'Ja',
    no: 'Nee',
    done: 'Klaar',
    changeAnswers: 'Antwoorden bekijken of wijzigen',
    seenGp: 'Ik ben hiermee bij de huisarts geweest',
    start: 'Wanneer begonnen de klachten?',
    date: 'Datum',
    pain: 'Hoeveel rugpijn had u de afgelopen dagen gemiddeld?',
    activity: 'Hoe goed gaan uw gewone dagelijkse activiteiten?',
    limitation: 'Hoeveel bent u beperkt in werk, sport en sociaal leven?',
    add: 'Meting toevoegen',
    save: 'Wijziging opslaan',
    deleteCheckIn: 'Meting verwijderen',
    cancel: 'Annuleren',
    edit: 'Wijzigen',
    contact: 'Neem contact op met een fysiotherapeut',
    remember: 'Onthouden op dit apparaat',
    export: 'Exporteren als bestand',
    import: 'Bestand importeren',
    print: 'Samenvatting afdrukken',
    deleteData: 'Mijn gegevens verwijderen',
    book: 'Afspraak maken',
    vcard: 'Toevoegen aan contacten',
  },
  en: {
    showAll: 'Show all',
    hideAll: 'Hide all',
    sections: [
      'What is low back pain?',
      'The lower back',
      'Specific low back pain',
      'Non-specific low back pain',
      'Normal course of non-specific low back pain',
      'Abnormal course of non-specific low back pain',
      'Treatment: keep moving',
      'OriGENE back therapy',
      'More information?',
    ],
    goToCard: 'Go to the contact details',
    questions: [
      'Since the back pain began, do you have trouble passing urine, or can you not hold your urine or stool?',
      'Do you feel numbness or tingling around your anus, your genitals or on the inside of your thighs?',
      'Is a leg or foot getting weaker and weaker, or are both legs weak?',
      'Did the pain start after a fall or an accident?',
      'Do you have a fever, or do you feel very ill, as well as the back pain?',
      'Are you losing weight without trying to?',
      'Do you have cancer, or have you had cancer before?',
      'Is the pain constant, also at rest and at night, and does no position make it less?',
      'Is this the first time in your life that you have back pain, and are you younger than 20 or older than 50?',
      'Have you been taking prednisone or a similar medicine (corticosteroids) for a long time?',
      'Do all three apply to you: younger than 40 when the pain began, stiff for more than 30 minutes in the morning, and better when you move?',
    ],
    yes: 'Yes',
    no: 'No',
    done: 'Done',
    changeAnswers: 'View or change answers',
    seenGp: 'I have seen my GP about this',
    start: 'When did the complaints start?',
    date: 'Date',
    pain: 'How much back pain did you have on average in the last few days?',
    activity: 'How well do your usual daily activities go?',
    limitation: 'How much are you limited in work, sport and social life?',
    add: 'Add check-in',
    save: 'Save change',
    deleteCheckIn: 'Delete check-in',
    cancel: 'Cancel',
    edit: 'Change',
    contact: 'Contact a physiotherapist',
    remember: 'Remember on this device',
    export: 'Export as a file',
    import: 'Import a file',
    print: 'Print a summary',
    deleteData: 'Delete my data',
    book: 'Make an appointment',
    vcard: 'Add to contacts',
  },
};

// The controls of each element in a state, in order, as `kind: accessible name`.

function accordionControls(lang: Lang, state: 'closed' | 'open' | 'exclusive'): string[] {
  const t = TEXT[lang];
  const headers = t.sections.map((title) => `button: ${title}`);
  if (state === 'exclusive') return headers;
  if (state === 'closed') return [`button: ${t.showAll}`, ...headers];
  // All open, with a contact card on the page: more-info ends with a button to it.
  return [`button: ${t.hideAll}`, ...headers, `button: ${t.goToCard}`];
}

function radios(lang: Lang): string[] {
  const t = TEXT[lang];
  return t.questions.flatMap(() => [`radio: ${t.yes}`, `radio: ${t.no}`]);
}

function checkInForm(lang: Lang, editing = false): string[] {
  const t = TEXT[lang];
  return [
    `date: ${t.start}`,
    `date: ${t.date}`,
    `number: ${t.pain}`,
    `number: ${t.activity}`,
    `number: ${t.limitation}`,
    ...(editing
      ? [`button: ${t.save}`, `button: ${t.deleteCheckIn}`, `button: ${t.cancel}`]
      : [`button: ${t.add}`]),
  ];
}

/** The name of a check-in's edit button: its date, after "Wijzigen" for screen readers. */
function editName(lang: Lang, days: number): string {
  return `${TEXT[lang].edit} ${shortDate(daysAgo(days), lang)}`;
}

function editButtons(lang: Lang, days: number[]): string[] {
  return days.map((n) => `button: ${editName(lang, n)}`);
}

function dataControls(lang: Lang): string[] {
  const t = TEXT[lang];
  return [
    `checkbox: ${t.remember}`,
    `button: ${t.export}`,
    `file: ${t.import}`,
    `button: ${t.print}`,
    `button: ${t.deleteData}`,
  ];
}

// ---- the accessible name, as a screen reader derives it (a small accname) ----

function isHidden(element: Element): boolean {
  return (
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('hidden') ||
    getComputedStyle(element).display === 'none'
  );
}

/** The text a node contributes to a name: hidden parts left out, slots followed. */
function nameFromContent(node: Node, skip: Node | null = null): string {
  if (node === skip) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || isHidden(node)) return '';
  const label = node.getAttribute('aria-label')?.trim();
  if (label) return ` ${label} `;
  if (node instanceof HTMLInputElement) return '';
  const children =
    node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true }) : [...node.childNodes];
  const inner = children.map((child) => nameFromContent(child, skip)).join('');
  // Block boxes separate words, as a screen reader's reading does.
  return getComputedStyle(node).display === 'inline' ? inner : ` ${inner} `;
}

function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function accessibleName(control: HTMLElement): string {
  const root = control.getRootNode() as Document | ShadowRoot;
  const labelledBy = (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  if (labelledBy.length > 0) {
    return clean(labelledBy.map((id) => nameFromContent(root.getElementById(id)!)).join(' '));
  }
  const label = control.getAttribute('aria-label')?.trim();
  if (label) return label;
  const isField =
    control instanceof HTMLInputElement &&
    !['button', 'submit', 'reset'].includes(control.type) &&
    control.labels !== null;
  if (isField) {
    const labels = [...(control as HTMLInputElement).labels!];
    const name = clean(labels.map((l) => nameFromContent(l, control)).join(' '));
    if (name) return name;
  } else if (!(control instanceof HTMLInputElement)) {
    const name = clean(nameFromContent(control));
    if (name) return name;
  }
  return clean(control.title);
}

/** What kind of control a person meets, in words a screen reader's user would recognise. */
function kind(control: HTMLElement): string {
  if (control instanceof HTMLAnchorElement) return 'link';
  if (control instanceof HTMLInputElement) {
    return control.type === 'text' ? 'textbox' : control.type;
  }
  return control.getAttribute('role') ?? control.localName;
}

function describeControl(control: HTMLElement): string {
  return `${kind(control)}: ${accessibleName(control)}`;
}

const CONTROLS = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The element's own controls that are shown (closed panels hide theirs). */
function controls(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (control) => control.checkVisibility() && !control.closest('[aria-hidden="true"]'),
  );
}

// ---- focus: where it is, and whether a person can see it ----

/** The focused control in the element (its shadow root or its light DOM), or null. */
function focusedIn(el: Element): HTMLElement | null {
  const active = document.activeElement;
  if (active === el) return el.shadowRoot!.activeElement as HTMLElement | null;
  if (active && el.contains(active)) return active as HTMLElement;
  return null;
}

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba | null {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4] ?? 1)];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The first opaque background behind `element`, crossing shadow roots; the canvas is white. */
function backgroundBehind(element: Element): Rgba {
  let node: Element | null = element.parentElement ?? (element.getRootNode() as ShadowRoot).host;
  while (node) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color && color[3] > 0) {
      // A translucent background shows the white canvas through it.
      const a = color[3];
      return [0, 1, 2].map((i) => color[i]! * a + 255 * (1 - a)).concat(1) as Rgba;
    }
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return [255, 255, 255, 1];
}

/**
 * What is wrong with the focus indicator of a focused control: an outline of at least 2px
 * that contrasts 3:1 with the background around it. A control that is itself invisible
 * (the file input, opacity 0 over its label) shows focus on its label.
 */
function ringProblems(control: HTMLElement): string[] {
  const problems: string[] = [];
  // WebKit focuses a date field's parts: the field matches :focus there, never :focus-visible.
  const focused = webKit && control.matches('input[type="date"]') ? ':focus' : ':focus-visible';
  if (!control.matches(focused)) problems.push(`does not match ${focused}`);
  const shown =
    getComputedStyle(control).opacity === '0' ? (control.closest('label') ?? control) : control;
  const style = getComputedStyle(shown);
  if (style.outlineStyle === 'none') problems.push('no outline');
  const width = parseFloat(style.outlineWidth);
  if (!(width >= 2)) problems.push(`outline ${style.outlineWidth} wide`);
  const ring = parseColor(style.outlineColor);
  if (!ring) {
    problems.push(`outline colour ${style.outlineColor}`);
  } else {
    const ratio = contrast(ring, backgroundBehind(shown));
    if (ratio < 3) problems.push(`outline contrast ${ratio.toFixed(2)}:1`);
  }
  return problems;
}

/**
 * Tabs from the button before the element until focus leaves it; returns each control that
 * took focus (once, however many Tab stops it has inside, like a date field's parts) and
 * what is wrong with its focus ring.
 */
async function tabThrough(
  el: Element,
  before: HTMLElement,
  after: HTMLElement,
): Promise<{ order: string[]; rings: string[]; left: boolean }> {
  const order: string[] = [];
  const rings: string[] = [];
  let previous: HTMLElement | null = null;
  before.focus();
  for (let i = 0; i < 80; i++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement === after) return { order, rings, left: true };
    const control = focusedIn(el);
    if (!control) {
      order.push(`outside the element: ${document.activeElement?.localName ?? 'nothing'}`);
      break;
    }
    if (control === previous) continue;
    previous = control;
    const described = describeControl(control);
    order.push(described);
    // The page's own slotted content has the page's own focus style.
    if (control.getRootNode() === el.shadowRoot) {
      rings.push(...ringProblems(control).map((problem) => `${described}: ${problem}`));
    }
  }
  return { order, rings, left: false };
}

async function shiftTab(): Promise<void> {
  await pressWith('Shift', 'Tab');
}

// ---- fixtures ----

/** The element between two buttons of the page, so Tab has somewhere to come from and go to. */
async function between(
  template: TemplateResult,
  lang: Lang,
  tail: TemplateResult | string = '',
): Promise<{ el: RugElement; before: HTMLElement; after: HTMLElement }> {
  const page = await fixture<HTMLElement>(html`
    <div>
      <button id="before">Voor</button>
      ${template}
      <button id="after">Na</button>
      ${tail}
    </div>
  `);
  const el = page.querySelector<RugElement>(
    'rug-info-accordion, rug-course-checker, rug-contact-card',
  )!;
  await speaks(el, lang);
  return {
    el,
    before: page.querySelector<HTMLElement>('#before')!,
    after: page.querySelector<HTMLElement>('#after')!,
  };
}

/** Sets the element's own `lang` (the page's one locale follows) and waits until it shows. */
async function speaks(el: RugElement, lang: Lang): Promise<void> {
  if (lang === 'en') el.setAttribute('lang', 'en');
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === lang,
    `the element speaks ${lang}`,
  );
  await settle(el);
}

async function place<T extends RugElement>(
  template: TemplateResult,
  lang: Lang,
  selector: string,
): Promise<T> {
  const page = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = page.querySelector<T>(selector)!;
  await speaks(el, lang);
  return el;
}

function buttonNamed(el: Element, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find(
    (b) => accessibleName(b) === name,
  );
  expect(found !== undefined, `a button "${name}"`).to.equal(true);
  return found!;
}

const PARKING = html`<section id="parking">
  <h3>Parkeren</h3>
  <p>Achter het gebouw; zie <a href="https://example.nl/route">de route</a>.</p>
</section>`;

const EVERY_FIELD = html`<rug-contact-card
  name="Fysio Noord"
  phone="020-1234567"
  email="info@fysionoord.example"
  website="fysionoord.example"
  address="Kade 12, 1011 AB Amsterdam"
  booking-url="https://fysionoord.example/afspraak"
  opening-hours="Mo-Th 08:00-21:00; Fr 08:00-17:00"
  therapists='[{"name":"Sam de Vries","role":"fysiotherapeut"},{"name":"Noor Bakker"}]'
  structured-data
></rug-contact-card>`;

const EVERY_FIELD_CONTROLS = (lang: Lang) => [
  'link: 020-1234567',
  'link: info@fysionoord.example',
  'link: fysionoord.example',
  `link: ${TEXT[lang].book}`,
  `button: ${TEXT[lang].vcard}`,
];

const DEFAULT_CARD_CONTROLS = (lang: Lang) => [
  'link: 088-3270000',
  'link: www.fysiocuraplaza.nl',
  `button: ${TEXT[lang].vcard}`,
];

describe('Accessibility (WCAG 2.2 AA)', () => {
  const pageUrl = location.pathname + location.search;

  afterEach(async () => {
    history.replaceState(null, '', pageUrl);
    localStorage.clear();
    sessionStorage.clear();
    await dutchAgain();
  });

  for (const lang of LANGS) {
    describe(`in ${lang === 'nl' ? 'Dutch' : 'English'}`, () => {
      describe('axe on every demo state', () => {
        // <rug-info-accordion>, with the demo's own page section and a card on the page.
        const accordionStates: [string, TemplateResult][] = [
          ['all closed', html`<rug-info-accordion>${PARKING}</rug-info-accordion>`],
          [
            'all open',
            html`<rug-info-accordion
                open="what spine specific aspecific normal-course deviant-course treatment origene more-info parking"
                >${PARKING}</rug-info-accordion
              ><rug-contact-card></rug-contact-card>`,
          ],
          [
            'exclusive, one open',
            html`<rug-info-accordion exclusive open="deviant-course"
              >${PARKING}</rug-info-accordion
            >`,
          ],
        ];
        for (const [state, template] of accordionStates) {
          it(`<rug-info-accordion> ${state}`, async () => {
            const el = await place(template, lang, 'rug-info-accordion');
            expect(await violations(el)).to.deep.equal([]);
          });
        }

        // <rug-course-checker>, with a card on the page as in the demo.
        const checkerStates: [string, (el: Checker) => Promise<void>][] = [
          ['fresh', async () => {}],
          [
            'questions answered and shown again',
            async (el) => {
              el.redFlags = [];
              await settle(el);
              await click(el, buttonNamed(el, TEXT[lang].changeAnswers));
            },
          ],
          ...STATUSES.map((status): [string, (el: Checker) => Promise<void>] => [
            status,
            async (el) => {
              setData(el, status as Status);
              await settle(el);
              expect(el.result.status).to.equal(status);
            },
          ]),
          [
            'deviant with a contact-url, editing a check-in',
            async (el) => {
              el.setAttribute('contact-url', 'https://example.nl/afspraak');
              setData(el, 'deviant');
              await settle(el);
              await click(el, buttonNamed(el, editName(lang, 0)));
            },
          ],
        ];
        for (const [state, act] of checkerStates) {
          it(`<rug-course-checker> ${state}`, async () => {
            const el = await place<Checker>(
              html`<rug-course-checker></rug-course-checker><rug-contact-card></rug-contact-card>`,
              lang,
              'rug-course-checker',
            );
            await act(el);
            expect(await violations(el)).to.deep.equal([]);
          });
        }

        // <rug-contact-card>, in a narrow sidebar and a wide column.
        for (const [layout, width] of [
          ['narrow', 240],
          ['wide', 800],
        ] as const) {
          const cards: [string, TemplateResult][] = [
            ['default', html`<rug-contact-card></rug-contact-card>`],
            ['every field', EVERY_FIELD],
          ];
          for (const [state, template] of cards) {
            it(`<rug-contact-card> ${state}, ${layout} (${width}px)`, async () => {
              const el = await place(
                html`<div style=${`width: ${width}px`}>${template}</div>`,
                lang,
                'rug-contact-card',
              );
              expect(await violations(el)).to.deep.equal([]);
            });
          }
        }
      });

      describe('keyboard only', () => {
        it('<rug-info-accordion>: Tab visits every header and an open panel’s controls, then leaves', async () => {
          const t = TEXT[lang];
          const { el, before, after } = await between(
            html`<rug-info-accordion open="more-info parking">${PARKING}</rug-info-accordion>`,
            lang,
            html`<rug-contact-card></rug-contact-card>`,
          );
          const { order, rings, left } = await tabThrough(el, before, after);
          expect(order).to.deep.equal([
            `button: ${t.showAll}`,
            ...t.sections.map((title) => `button: ${title}`),
            `button: ${t.goToCard}`,
            'button: Parkeren',
            'link: de route',
          ]);
          expect(rings, 'focus rings').to.deep.equal([]);
          expect(left, 'Tab leaves the element').to.equal(true);
          await shiftTab();
          expect(describeControl(focusedIn(el)!), 'Shift+Tab comes back').to.equal(
            'link: de route',
          );
        });

        it('<rug-course-checker>, fresh: one stop per question, then the data controls', async () => {
          const t = TEXT[lang];
          const { el, before, after } = await between(
            html`<rug-course-checker></rug-course-checker>`,
            lang,
          );
          const { order, rings, left } = await tabThrough(el, before, after);
          expect(order).to.deep.equal([
            ...t.questions.map(() => `radio: ${t.yes}`),
            ...dataControls(lang),
          ]);
          expect(rings, 'focus rings').to.deep.equal([]);
          expect(left, 'Tab leaves the element').to.equal(true);
          await shiftTab();
          expect(describeControl(focusedIn(el)!), 'Shift+Tab comes back').to.equal(
            `button: ${t.deleteData}`,
          );
        });

        it('<rug-course-checker>, with data: result, answers, form, table, data', async () => {
          const t = TEXT[lang];
          const { el, before, after } = await between(
            html`<rug-course-checker
              contact-url="https://example.nl/afspraak"
            ></rug-course-checker>`,
            lang,
          );
          setData(el as Checker, 'deviant');
          await settle(el);
          const { order, rings, left } = await tabThrough(el, before, after);
          expect(order).to.deep.equal([
            `link: ${t.contact}`,
            `button: ${t.changeAnswers}`,
            ...checkInForm(lang),
            ...editButtons(lang, [21, 0]),
            ...dataControls(lang),
          ]);
          expect(rings, 'focus rings').to.deep.equal([]);
          expect(left, 'Tab leaves the element').to.equal(true);
          await shiftTab();
          expect(describeControl(focusedIn(el)!), 'Shift+Tab comes back').to.equal(
            `button: ${t.deleteData}`,
          );
        });

        it('<rug-contact-card>: every link and the vCard button, then leaves', async () => {
          const { el, before, after } = await between(EVERY_FIELD, lang);
          const { order, rings, left } = await tabThrough(el, before, after);
          expect(order).to.deep.equal(EVERY_FIELD_CONTROLS(lang));
          expect(rings, 'focus rings').to.deep.equal([]);
          expect(left, 'Tab leaves the element').to.equal(true);
          await shiftTab();
          expect(describeControl(focusedIn(el)!), 'Shift+Tab comes back').to.equal(
            `button: ${TEXT[lang].vcard}`,
          );
        });
      });

      describe('accessible names of every control', () => {
        it('<rug-info-accordion>, closed, all open and exclusive', async () => {
          const closed = await place(
            html`<rug-info-accordion></rug-info-accordion><rug-contact-card></rug-contact-card>`,
            lang,
            'rug-info-accordion',
          );
          expect(controls(closed).map(describeControl), 'closed').to.deep.equal(
            accordionControls(lang, 'closed'),
          );
          await click(closed, buttonNamed(closed, TEXT[lang].showAll));
          expect(controls(closed).map(describeControl), 'all open').to.deep.equal(
            accordionControls(lang, 'open'),
          );
          const exclusive = await place(
            html`<rug-info-accordion exclusive open="what"></rug-info-accordion>`,
            lang,
            'rug-info-accordion',
          );
          expect(controls(exclusive).map(describeControl), 'exclusive').to.deep.equal(
            accordionControls(lang, 'exclusive'),
          );
        });

        it('<rug-course-checker>, fresh: the questions name their Yes/No groups', async () => {
          const el = await place(
            html`<rug-course-checker></rug-course-checker>`,
            lang,
            'rug-course-checker',
          );
          expect(controls(el).map(describeControl)).to.deep.equal([
            ...radios(lang),
            ...dataControls(lang),
          ]);
          const groups = [...el.shadowRoot!.querySelectorAll('fieldset')].map((fieldset) =>
            text(fieldset.querySelector('legend')),
          );
          expect(groups, 'each Yes/No pair is a group named by its question').to.deep.equal(
            TEXT[lang].questions,
          );
        });

        it('<rug-course-checker>, with data, a red flag, the card button and while editing', async () => {
          const t = TEXT[lang];
          const el = await place<Checker>(
            html`<rug-course-checker
              contact-url="https://example.nl/afspraak"
            ></rug-course-checker>`,
            lang,
            'rug-course-checker',
          );
          setData(el, 'deviant');
          await settle(el);
          expect(controls(el).map(describeControl), 'deviant, contact-url').to.deep.equal([
            `link: ${t.contact}`,
            `button: ${t.changeAnswers}`,
            ...checkInForm(lang),
            ...editButtons(lang, [21, 0]),
            ...dataControls(lang),
          ]);
          await click(el, buttonNamed(el, editName(lang, 0)));
          expect(controls(el).map(describeControl), 'editing').to.deep.equal([
            `link: ${t.contact}`,
            `button: ${t.changeAnswers}`,
            ...checkInForm(lang, true),
            ...editButtons(lang, [21, 0]),
            ...dataControls(lang),
          ]);
          el.removeAttribute('contact-url');
          el.insertAdjacentHTML('afterend', '<rug-contact-card></rug-contact-card>');
          el.redFlags = ['trauma'];
          await settle(el);
          expect(controls(el).map(describeControl), 'a red flag').to.deep.equal([
            `button: ${t.seenGp}`,
            `button: ${t.changeAnswers}`,
            ...checkInForm(lang, true),
            ...editButtons(lang, [21, 0]),
            ...dataControls(lang),
          ]);
          await click(el, buttonNamed(el, t.seenGp));
          expect(el.result.status).to.equal('deviant');
          await click(el, buttonNamed(el, t.changeAnswers));
          expect(controls(el).map(describeControl), 'the card button, answers shown').to.deep.equal(
            [
              `button: ${t.goToCard}`,
              ...radios(lang),
              `button: ${t.done}`,
              ...checkInForm(lang, true),
              ...editButtons(lang, [21, 0]),
              ...dataControls(lang),
            ],
          );
        });

        it('<rug-contact-card>, default and with every field', async () => {
          const card = await place(
            html`<rug-contact-card></rug-contact-card>`,
            lang,
            'rug-contact-card',
          );
          expect(controls(card).map(describeControl), 'default').to.deep.equal(
            DEFAULT_CARD_CONTROLS(lang),
          );
          const full = await place(EVERY_FIELD, lang, 'rug-contact-card');
          expect(controls(full).map(describeControl), 'every field').to.deep.equal(
            EVERY_FIELD_CONTROLS(lang),
          );
        });
      });
    });
  }
});
