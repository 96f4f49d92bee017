import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../dist/rugwijzer.js';
import { manifestElements, type Checker, type ManifestAttribute } from './harness.js';
import {
  TAGS,
  ci,
  daysAgo,
  describeErrors,
  dutchAgain,
  nextTask,
  recordUncaught,
  recordWarnings,
  settle,
  text,
  type RugElement,
} from '../support/elements.js';

// Every attribute of every element in custom-elements.json, so a new attribute is fuzzed
// as soon as the manifest lists it: XSS payloads before and after connecting, then random
// strings. No script may run (the trap `window.__rugPwned` stays unset), nothing may throw,
// no dialog may open, and every link or resource the elements render uses a safe scheme.

declare global {
  interface Window {
    __rugPwned?: unknown;
  }
}

const TRAP = 'window.__rugPwned=1';

const PAYLOADS: string[] = [
  `<script>${TRAP}</script>`,
  `<img src=x onerror="${TRAP}">`,
  `" onmouseover="${TRAP}`,
  `' onfocus='${TRAP}' autofocus='`,
  `"><svg onload=${TRAP}>`,
  `javascript:${TRAP}`,
  `JaVaScRiPt:${TRAP}`,
  ` javascript:${TRAP}`,
  `java\tscript:${TRAP}`,
  `\u0000javascript:${TRAP}`,
  `&#106;avascript:${TRAP}`,
  `&#x6A;avascript&#x3A;${TRAP}`,
  `vbscript:${TRAP}`,
  `data:text/html,<script>${TRAP}</script>`,
  `data:text/html;base64,${btoa(`<script>${TRAP}</script>`)}`,
  `<svg onload=${TRAP}>`,
  `<svg><script>${TRAP}</script></svg>`,
  `</script><script>${TRAP}</script>`,
  `<iframe srcdoc="<script>parent.__rugPwned=1</script>"></iframe>`,
  `<a href="javascript:${TRAP}">x</a>`,
  `{{constructor.constructor('${TRAP}')()}}`,
  `\${${TRAP}}`,
  `<img src=x onerror=alert(1)>`,
  `javascript:alert(document.domain)`,
  `https://example.nl/"><script>${TRAP}</script>`,
  `mailto:a@example.nl?body=<script>${TRAP}</script>`,
  `tel:+31<script>${TRAP}</script>`,
  `//example.nl/%0a${TRAP}`,
  // Names that are properties of every object: lookups by value must not find them.
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'what __proto__ constructor',
  // JSON, for the JSON attributes (and as plain text for the others).
  JSON.stringify([{ name: `<script>${TRAP}</script>`, role: `<img src=x onerror="${TRAP}">` }]),
  JSON.stringify([{ name: `</script><script>${TRAP}</script>` }]),
  JSON.stringify([{ name: `javascript:${TRAP}`, role: `<svg onload=${TRAP}>` }]),
  '[{"name":"x","__proto__":{"rugPolluted":1}}]',
  '{"__proto__":{"rugPolluted":1}}',
  '[{"name":"x","role":{"toString":null}}]',
  '[',
  '',
];

/** What the elements may link to (docs/design.md: http(s), tel, mailto; blob for downloads). */
const SAFE_URL = /^(https?|tel|mailto|blob):/;
/** Attributes that load or navigate to a URL. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data'];
/** Elements that run or embed code; none belongs in a shadow root of ours. */
const ACTIVE_ELEMENTS = 'script, iframe, frame, object, embed, base, meta';

/** The dialogs and windows a payload could open, stubbed for the whole file. */
const opened = { dialogs: [] as string[], windows: [] as string[], prints: 0 };
/** The `href` of every link that was clicked (clicks never navigate). */
const clickedLinks: string[] = [];

const real = {
  alert: window.alert,
  confirm: window.confirm,
  prompt: window.prompt,
  print: window.print,
  open: window.open,
};

function stubDialogs(): void {
  window.alert = (message?: unknown) => void opened.dialogs.push(`alert(${String(message)})`);
  window.confirm = (message?: string) => {
    opened.dialogs.push(`confirm(${String(message)})`);
    return false;
  };
  window.prompt = (message?: string) => {
    opened.dialogs.push(`prompt(${String(message)})`);
    return null;
  };
  // The checker's "print a summary" button prints on purpose; counted, not a failure.
  window.print = () => void opened.prints++;
  window.open = (url?: string | URL) => {
    opened.windows.push(String(url));
    return null;
  };
}

function restoreDialogs(): void {
  Object.assign(window, real);
}

/** Clicks on links are recorded and never navigate; the elements' own handlers still run. */
function stayOnPage(event: Event): void {
  const link = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!link) return;
  clickedLinks.push(link.getAttribute('href') ?? '');
  event.preventDefault();
}

/** Every element in the shadow root and the light DOM (the card's JSON-LD lives there). */
function allElements(el: Element): Element[] {
  return [...el.shadowRoot!.querySelectorAll('*'), ...el.querySelectorAll('*')];
}

/** What is unsafe in and around the element now, as lines of text (empty when safe). */
function unsafe(el: Element): string[] {
  const found: string[] = [];
  if (window.__rugPwned !== undefined) found.push('a payload ran: window.__rugPwned is set');
  if ((Object.prototype as Record<string, unknown>)['rugPolluted'] !== undefined) {
    found.push('Object.prototype was polluted');
  }
  found.push(...opened.dialogs.map((dialog) => `a dialog opened: ${dialog}`));
  found.push(
    ...opened.windows
      .filter((url) => !SAFE_URL.test(url))
      .map((url) => `window.open(${JSON.stringify(url)})`),
  );
  found.push(
    ...clickedLinks
      .filter((href) => !SAFE_URL.test(href))
      .map((href) => `a link to ${JSON.stringify(href)} was followed`),
  );
  for (const node of el.shadowRoot!.querySelectorAll(ACTIVE_ELEMENTS)) {
    found.push(`<${node.localName}> in the shadow root`);
  }
  for (const script of el.querySelectorAll('script')) {
    const content = script.textContent ?? '';
    if (script.type !== 'application/ld+json') found.push(`a <script type="${script.type}">`);
    if (content.includes('<')) found.push(`a "<" in the JSON-LD: ${JSON.stringify(content)}`);
    try {
      JSON.parse(content);
    } catch {
      found.push(`JSON-LD that is not JSON: ${JSON.stringify(content)}`);
    }
  }
  for (const node of allElements(el)) {
    for (const { name, value } of node.attributes) {
      if (name.startsWith('on')) found.push(`<${node.localName} ${name}="${value}">`);
      if (URL_ATTRIBUTES.includes(name) && !SAFE_URL.test(value)) {
        found.push(`<${node.localName} ${name}="${value}">`);
      }
    }
  }
  return found;
}

/**
 * Clicks every link and button the element renders (`selector` narrows it), as a person
 * trying everything would; a click may render new controls: the loop runs over what was
 * there first.
 */
async function clickEverything(
  el: RugElement,
  errors: unknown[],
  selector = 'a, button',
): Promise<void> {
  // A form submission that the element failed to handle must not reload the test page.
  const stay = (event: Event) => event.preventDefault();
  el.shadowRoot!.addEventListener('submit', stay, true);
  try {
    const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
    for (const control of controls) {
      if (!control.isConnected) continue;
      control.click();
      await settle(el, errors);
    }
  } finally {
    el.shadowRoot!.removeEventListener('submit', stay, true);
  }
}

/**
 * Puts each element in a state where every attribute reaches its most telling output: the
 * card writes JSON-LD into the page, the checker shows the deviant advice, where a
 * `contact-url` becomes a link.
 */
function prepare(el: RugElement, tag: string): void {
  if (tag === 'rug-contact-card') el.setAttribute('structured-data', '');
  if (tag === 'rug-course-checker') {
    const checker = el as Checker;
    checker.start = daysAgo(30);
    checker.entries = [ci(21, 5, 4, 6), ci(0, 5, 4, 6)];
    checker.redFlags = [];
  }
}

/** Attributes whose value is JSON (anything but a string, number, boolean or token list). */
function isJson(attribute: ManifestAttribute): boolean {
  const type = attribute.type.replace(/\s*\|\s*(null|undefined)\b/g, '').trim();
  return type !== '' && !['string', 'number', 'boolean', 'string[]'].includes(type);
}

/** Random values: any text, any code point, JSON, and payloads hidden inside noise. */
function randomValues(attribute: ManifestAttribute): fc.Arbitrary<string> {
  const payload = fc.constantFrom(...PAYLOADS);
  const any: fc.Arbitrary<string>[] = [
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.json(),
    fc.tuple(fc.string(), payload, fc.string()).map(([a, p, b]) => `${a}${p}${b}`),
  ];
  if (isJson(attribute)) {
    const field = fc.oneof(fc.string(), payload);
    any.push(
      fc
        .array(fc.record({ name: field, role: field }, { requiredKeys: ['name'] }))
        .map((list) => JSON.stringify(list)),
    );
  }
  return fc.oneof(...any);
}

/** One seed: the same 200 values on every run, so a failure can be replayed. */
const SEED = 20261125;

const elements = await manifestElements();
const place = () => fixture<HTMLDivElement>(html`<div></div>`);

describe('XSS and fuzz: every attribute in custom-elements.json', () => {
  let uncaught: ReturnType<typeof recordUncaught>;
  let warned: ReturnType<typeof recordWarnings>;

  before(() => window.addEventListener('click', stayOnPage, true));
  after(() => window.removeEventListener('click', stayOnPage, true));

  beforeEach(() => {
    opened.dialogs = [];
    opened.windows = [];
    opened.prints = 0;
    clickedLinks.length = 0;
    delete window.__rugPwned;
    stubDialogs();
    uncaught = recordUncaught();
    warned = recordWarnings();
  });

  afterEach(async () => {
    uncaught.stop();
    warned.stop();
    restoreDialogs();
    delete window.__rugPwned;
    delete (Object.prototype as Record<string, unknown>)['rugPolluted'];
    localStorage.clear();
    sessionStorage.clear();
    await dutchAgain();
  });

  it('lists the three elements, each with its attributes', () => {
    expect(elements.map((e) => e.tag).sort()).to.deep.equal([...TAGS].sort());
    for (const { tag, attributes } of elements) {
      expect(attributes.length, `${tag}: attributes besides lang`).to.be.greaterThan(1);
    }
  });

  for (const { tag, attributes } of elements) {
    describe(`<${tag}>`, () => {
      for (const attribute of attributes) {
        const { name, fieldName } = attribute;

        it(`runs no payload set as ${name}, before or after connecting, or clicked`, async () => {
          const container = await place();
          const errors: unknown[] = [];
          const reused = document.createElement(tag) as RugElement;
          prepare(reused, tag);
          container.append(reused);
          await settle(reused, errors);
          for (const payload of PAYLOADS) {
            const context = `${tag} ${name}=${JSON.stringify(payload)}`;
            // Before connecting: the attribute is there when the element first renders.
            const fresh = document.createElement(tag) as RugElement;
            prepare(fresh, tag);
            fresh.setAttribute(name, payload);
            container.append(fresh);
            await settle(fresh, errors);
            expect(text(fresh.shadowRoot), `${context}: renders`).to.not.equal('');
            // Its links here; every button once at the end (they do not depend on the value).
            await clickEverything(fresh, errors, 'a');
            expect(unsafe(fresh), `${context}, set before connecting`).to.deep.equal([]);
            fresh.remove();
            // After connecting.
            reused.setAttribute(name, payload);
            await settle(reused, errors);
            expect(unsafe(reused), `${context}, set after connecting`).to.deep.equal([]);
          }
          await clickEverything(reused, errors);
          reused.removeAttribute(name);
          await settle(reused, errors);
          expect(text(reused.shadowRoot), `${tag} without ${name}: renders`).to.not.equal('');
          // An <img onerror> would fire after its failed load: give it the time.
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(unsafe(reused), `${tag} at the end`).to.deep.equal([]);
          expect(describeErrors([...errors, ...uncaught.errors]), 'errors').to.deep.equal([]);
          for (const warning of warned.warnings) {
            expect(warning, 'each warning names the element').to.contain(`<${tag}>`);
          }
        });

        if (fieldName) {
          it(`runs no payload set as the ${fieldName} property`, async () => {
            const container = await place();
            const errors: unknown[] = [];
            const el = document.createElement(tag) as RugElement;
            prepare(el, tag);
            container.append(el);
            await settle(el, errors);
            for (const payload of PAYLOADS) {
              (el as unknown as Record<string, unknown>)[fieldName] = payload;
              await settle(el, errors);
              const context = `${tag}.${fieldName} = ${JSON.stringify(payload)}`;
              expect(describeErrors(errors), `${context}: errors`).to.deep.equal([]);
              expect(unsafe(el), context).to.deep.equal([]);
            }
            await clickEverything(el, errors);
            await nextTask();
            expect(unsafe(el), `${tag} after clicking`).to.deep.equal([]);
            expect(describeErrors([...errors, ...uncaught.errors]), 'errors').to.deep.equal([]);
          });
        }

        it(`stays safe for 200 random values of ${name}`, async () => {
          const container = await place();
          const errors: unknown[] = [];
          const el = document.createElement(tag) as RugElement;
          prepare(el, tag);
          container.append(el);
          await settle(el, errors);
          await fc.assert(
            fc.asyncProperty(randomValues(attribute), async (value) => {
              el.setAttribute(name, value);
              await settle(el, errors);
              expect(describeErrors(errors), 'errors').to.deep.equal([]);
              expect(text(el.shadowRoot), 'renders').to.not.equal('');
              expect(unsafe(el)).to.deep.equal([]);
            }),
            { numRuns: 200, seed: SEED, includeErrorInReport: true },
          );
          await clickEverything(el, errors);
          await nextTask();
          expect(unsafe(el), `${tag} after clicking`).to.deep.equal([]);
          expect(describeErrors([...errors, ...uncaught.errors]), 'errors').to.deep.equal([]);
        });
      }
    });
  }
});
