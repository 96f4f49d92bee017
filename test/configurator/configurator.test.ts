import { expect, waitUntil } from '@open-wc/testing';
import {
  SECTIONS,
  attribute,
  defaultConfig,
  generate,
  smallestScripts,
  type BuildFacts,
  type Config,
} from '../../demo/configurator/snippet.js';
import { TEXTS, type Lang } from '../../demo/configurator/texts.js';
import { SECTION_IDS } from '../../src/components/info-accordion/content.js';
import { text, type RugElement, type Tag } from '../support/elements.js';

// The snippet configurator (demo/configurator.html), driven as a web editor uses it, in an
// iframe. What it promises: the snippet it shows, pasted into an empty page, renders
// exactly what its preview shows (the same shadow text, the same `--rug-*` colours, the
// same attributes); what the elements would refuse is refused with a message and left out;
// what is typed is escaped; the page is accessible and works at 320 px.
// Assertions compare text and numbers, never elements (see test/support/elements.ts).

const CONFIGURATOR = '/demo/configurator.html';
const LOCAL_DIST = new URL('/dist/', location.href).href;
const { version } = (await (await fetch('/package.json')).json()) as { version: string };
/** jsDelivr's URL of this exact version's dist/ (https://cdn.jsdelivr.net/npm/package@version/file). */
const CDN = `https://cdn.jsdelivr.net/npm/rugwijzer@${version}/dist/`;
/** What the build measured (demo/configurator/build-facts.json). */
const facts = (await (await fetch('/demo/configurator/build-facts.json')).json()) as BuildFacts;

interface Configurator {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
}

const opened: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of opened.splice(0)) frame.remove();
});

function iframe(width: number, height: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block;`;
  opened.push(frame);
  return frame;
}

function loaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

/** The configurator in a frame `width` px wide, once it has built its form. */
async function open(width = 1280, query = ''): Promise<Configurator> {
  const frame = iframe(width, 900);
  const done = loaded(frame);
  frame.src = CONFIGURATOR + query;
  document.body.append(frame);
  await done;
  const doc = frame.contentDocument!;
  await waitUntil(
    () => doc.documentElement.dataset.configurator === 'ready',
    'configurator ready',
    {
      timeout: 10000,
    },
  );
  await previewsReady({ frame, doc, win: frame.contentWindow as Window & typeof globalThis });
  return { frame, doc, win: frame.contentWindow as Window & typeof globalThis };
}

function control<T extends HTMLElement = HTMLInputElement>(c: Configurator, selector: string): T {
  const found = c.doc.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the configurator`);
  return found;
}

/** Types into a field and leaves it, as a person does. */
function type(c: Configurator, selector: string, text: string): void {
  const input = control(c, selector);
  input.focus();
  input.value = text;
  input.dispatchEvent(new c.win.Event('input', { bubbles: true }));
  input.dispatchEvent(new c.win.Event('change', { bubbles: true }));
}

/** Clicks a radio button or a checkbox (or a button). */
function click(c: Configurator, selector: string): void {
  control(c, selector).click();
}

function setChecked(c: Configurator, selector: string, checked: boolean): void {
  if (control(c, selector).checked !== checked) click(c, selector);
}

const ELEMENT_BOX: Record<Tag, string> = {
  'rug-contact-card': '#element-card',
  'rug-info-accordion': '#element-accordion',
  'rug-course-checker': '#element-checker',
};

/** Ticks exactly these elements, in this order. */
function choose(c: Configurator, ...tags: Tag[]): void {
  for (const box of Object.values(ELEMENT_BOX)) setChecked(c, box, false);
  for (const tag of tags) setChecked(c, ELEMENT_BOX[tag], true);
}

/** The `src` of each script tag in the snippet. */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]!);
}

function pickColour(c: Configurator, property: string, colour: string): void {
  type(c, `.colour[data-property="${property}"] input[type="color"]`, colour);
}

function snippet(c: Configurator): string {
  return control<HTMLTextAreaElement>(c, '#snippet').value;
}

function stylesheet(c: Configurator): string {
  return control<HTMLTextAreaElement>(c, '#stylesheet').value;
}

async function previewsReady(c: Configurator): Promise<void> {
  await waitUntil(
    () => c.doc.querySelector<HTMLElement>('#previews')?.dataset.state === 'ready',
    'the previews show the current settings',
    { timeout: 10000 },
  );
}

/** The element in a preview frame (`phone` or `desktop`). */
function previewElement(c: Configurator, which: 'phone' | 'desktop', tag: Tag): RugElement {
  const frame = control<HTMLIFrameElement>(c, `iframe[data-preview="${which}"]`);
  const el = frame.contentDocument?.querySelector<RugElement>(tag);
  if (!el) throw new Error(`no ${tag} in the ${which} preview`);
  return el;
}

/**
 * The snippet written into an empty page, its script tags pointed from `folder` (the CDN
 * by default) at the same files in this server's build.
 */
async function paste(
  html: string,
  css: string,
  tags: Tag[],
  lang: string,
  folder = CDN,
): Promise<RugElement[]> {
  const sources = scriptSources(html);
  expect(sources.length, 'the snippet has script tags').to.be.above(0);
  for (const src of sources) expect(src.startsWith(folder), src).to.equal(true);
  const local = html.split(folder).join(LOCAL_DIST);
  const style = css ? `<style>\n${css}\n</style>\n` : '';
  const frame = iframe(1024, 600);
  const done = loaded(frame);
  frame.srcdoc = `<!doctype html>\n<title>Pasted</title>\n${style}${local}`;
  document.body.append(frame);
  await done;
  const found = tags.map((tag) => {
    const el = frame.contentDocument!.querySelector<RugElement>(tag);
    if (!el) throw new Error(`no ${tag} in the pasted page`);
    return el;
  });
  for (const el of found) await rendered(el, lang);
  return found;
}

/** Waits until an element has upgraded and speaks `lang`. */
async function rendered(el: RugElement, lang: string): Promise<void> {
  await waitUntil(() => el.shadowRoot !== null, `${el.localName} upgraded`, { timeout: 10000 });
  await el.updateComplete;
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === lang,
    `${el.localName} in ${lang}`,
    { timeout: 10000 },
  );
  await el.updateComplete;
}

function shadowText(el: Element): string {
  return text(el.shadowRoot);
}

function attributes(el: Element): string[] {
  return el.getAttributeNames().map((name) => `${name}=${el.getAttribute(name)}`);
}

let colourNames: Map<string, string[]> | undefined;

/** The element's `--rug-color-*` properties, from custom-elements.json. */
async function colourProperties(tag: Tag): Promise<string[]> {
  if (!colourNames) {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: Array<{
        declarations?: Array<{ tagName?: string; cssProperties?: Array<{ name: string }> }>;
      }>;
    };
    colourNames = new Map(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [
          d.tagName!,
          (d.cssProperties ?? []).map((p) => p.name).filter((n) => n.startsWith('--rug-color-')),
        ]),
    );
  }
  return colourNames.get(tag) ?? [];
}

async function colours(el: Element, tag: Tag): Promise<Record<string, string>> {
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  const names = await colourProperties(tag);
  return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name).trim()]));
}

/** The snippet pasted into an empty page renders what both previews show. */
async function expectPastedEqualsPreview(
  c: Configurator,
  tag: Tag,
  lang: string,
): Promise<RugElement> {
  const [pasted] = await expectPastedPageEqualsPreview(c, [tag], lang);
  return pasted!;
}

/** The same for a page of several elements: each as in both previews, in the same order. */
async function expectPastedPageEqualsPreview(
  c: Configurator,
  tags: Tag[],
  lang: string,
  folder = CDN,
): Promise<RugElement[]> {
  await previewsReady(c);
  const css = control(c, '#style-in-stylesheet').checked ? stylesheet(c) : '';
  const pasted = await paste(snippet(c), css, tags, lang, folder);
  const order = (doc: Document) =>
    [...doc.body.querySelectorAll(tags.join(', '))].map((el) => el.localName);
  expect(order(pasted[0]!.ownerDocument), 'pasted order').to.deep.equal(tags);
  for (const [index, tag] of tags.entries()) {
    const el = pasted[index]!;
    for (const which of ['phone', 'desktop'] as const) {
      const preview = previewElement(c, which, tag);
      expect(order(preview.ownerDocument), `${which} preview order`).to.deep.equal(tags);
      await rendered(preview, lang);
      expect(shadowText(el), `${tag} shadow text, ${which} preview`).to.equal(shadowText(preview));
      expect(attributes(el), `${tag} attributes, ${which} preview`).to.deep.equal(
        attributes(preview),
      );
      expect(await colours(el, tag), `${tag} colours, ${which} preview`).to.deep.equal(
        await colours(preview, tag),
      );
    }
  }
  return pasted;
}

// ---- axe, run inside the configurator's own document ----

interface AxeResults {
  violations: Array<{ id: string; impact?: string | null; nodes: Array<{ target: unknown[] }> }>;
}
type Axe = { run(context: Document, options: object): Promise<AxeResults> };

async function axe(c: Configurator): Promise<string[]> {
  const win = c.win as unknown as { axe?: Axe };
  if (!win.axe) {
    const script = c.doc.createElement('script');
    const done = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    script.src = '/node_modules/axe-core/axe.min.js';
    c.doc.head.append(script);
    await done;
  }
  const results = await win.axe!.run(c.doc, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    resultTypes: ['violations'],
    // The previews are pages made of the elements, which the embedding suites test.
    iframes: false,
  });
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}) at ${node.target.join(' ')}`),
  );
}

describe('configurator: the snippet renders exactly the preview', function () {
  this.timeout(40000);

  it('the default card: Dutch, the seed clinic, the README’s no-layout-shift rules', async () => {
    const c = await open();
    const html = snippet(c);
    expect(html).to.equal(
      [
        `<script type="module" src="${CDN}rug-contact-card.js"></script>`,
        '<style>',
        '  /* Ruimte tot het script gelopen heeft (geen layout shift). */',
        '  rug-contact-card:not(:defined) {',
        '    display: block;',
        '    font-size: max(1em, 16px);',
        '    min-height: 16.5em;',
        '  }',
        '  @media (max-width: 30em) {',
        '    rug-contact-card:not(:defined) {',
        '      min-height: 30.3em;',
        '    }',
        '  }',
        '</style>',
        '<rug-contact-card lang="nl"></rug-contact-card>',
        '',
      ].join('\n'),
    );
    const pasted = await expectPastedEqualsPreview(c, 'rug-contact-card', 'nl');
    expect(shadowText(pasted)).to.contain('Fysio Cura Plaza');
    expect(shadowText(pasted)).to.contain('Telefoon');
  });

  it('a partner card in English with its own colours', async () => {
    const c = await open(1280, '?lang=en');
    click(c, '#lang-en');
    type(c, '#card-name', 'Harbour Physio & Sports');
    type(c, '#card-phone', '+31 (0)20 123 4567');
    type(c, '#card-email', 'hello@harbourphysio.example');
    type(c, '#card-website', 'harbourphysio.example');
    type(c, '#card-address', 'Kade 12, 1011 AB Amsterdam');
    type(c, '#card-booking', 'https://harbourphysio.example/book');
    type(c, '#card-hours', 'Mo-Th 07:00-21:00; Fr 07:00-18:00');
    click(c, '#add-therapist');
    type(c, '#therapists li:nth-child(1) input[data-part="name"]', 'Sam de Vries');
    type(c, '#therapists li:nth-child(1) input[data-part="role"]', 'Sports physiotherapist');
    click(c, '#add-therapist');
    type(c, '#therapists li:nth-child(2) input[data-part="name"]', 'Noor El Amrani');
    click(c, '#card-structured-data');
    pickColour(c, '--rug-color-accent', '#0b6e4f');
    pickColour(c, '--rug-color-focus', '#0b6e4f');
    pickColour(c, '--rug-color-border', '#0B6E4F');

    const html = snippet(c);
    expect(html).to.contain(
      [
        '<rug-contact-card',
        '  lang="en"',
        '  name="Harbour Physio &amp; Sports"',
        '  phone="+31 (0)20 123 4567"',
        '  email="hello@harbourphysio.example"',
        '  website="harbourphysio.example"',
        '  address="Kade 12, 1011 AB Amsterdam"',
        '  booking-url="https://harbourphysio.example/book"',
        '  opening-hours="Mo-Th 07:00-21:00; Fr 07:00-18:00"',
        `  therapists='[{"name":"Sam de Vries","role":"Sports physiotherapist"},{"name":"Noor El Amrani"}]'`,
        '  structured-data',
        '></rug-contact-card>',
      ].join('\n'),
    );
    expect(html).to.contain(
      [
        '  rug-contact-card {',
        '    --rug-color-accent: #0b6e4f;',
        '    --rug-color-focus: #0b6e4f;',
        '    --rug-color-border: #0b6e4f;',
        '  }',
      ].join('\n'),
    );
    const pasted = await expectPastedEqualsPreview(c, 'rug-contact-card', 'en');
    const style = getComputedStyle(pasted);
    expect(style.getPropertyValue('--rug-color-accent').trim()).to.equal('#0b6e4f');
    expect(shadowText(pasted)).to.contain('Harbour Physio & Sports');
    expect(shadowText(pasted)).to.contain('Phone');
    expect(shadowText(pasted)).not.to.contain('Fysio Cura Plaza');
    // The border of the card is the chosen colour, in the pasted page as in the preview.
    const card = pasted.shadowRoot!.querySelector('[part="base"]')!;
    const view = pasted.ownerDocument.defaultView!;
    expect(view.getComputedStyle(card).borderTopColor).to.equal('rgb(11, 110, 79)');
  });

  it('the accordion with chosen sections, one open, heading level 2', async () => {
    const c = await open();
    choose(c, 'rug-info-accordion');
    for (const id of ['what', 'spine', 'specific', 'treatment', 'origene', 'more-info']) {
      setChecked(c, `#section-${id}`, false);
    }
    click(c, '#open-normal-course');
    control<HTMLSelectElement>(c, '#accordion-heading-level').value = '2';
    control(c, '#accordion-heading-level').dispatchEvent(
      new c.win.Event('change', { bubbles: true }),
    );
    pickColour(c, '--rug-color-accent', '#8a1538');

    const html = snippet(c);
    expect(html).to.contain(
      [
        '<rug-info-accordion',
        '  lang="nl"',
        '  sections="aspecific normal-course deviant-course"',
        '  open="normal-course"',
        '  heading-level="2"',
        '></rug-info-accordion>',
      ].join('\n'),
    );
    expect(html).to.contain('min-height: calc(44px + 0.5em + 3 * (3.15em + 1px) + 1px);');
    // The narrow height in the README is measured for the nine sections.
    expect(html).not.to.contain('36.6em');
    const pasted = await expectPastedEqualsPreview(c, 'rug-info-accordion', 'nl');
    const headers = [...pasted.shadowRoot!.querySelectorAll('h2 > button')].map((b) =>
      (b.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(headers).to.deep.equal([
      'Aspecifieke lage rugpijn',
      'Normaal beloop van aspecifieke lage rugpijn',
      'Afwijkend beloop van aspecifieke lage rugpijn',
    ]);
    expect(getComputedStyle(pasted).getPropertyValue('--rug-color-accent').trim()).to.equal(
      '#8a1538',
    );
  });

  it('the course checker with a contact URL, its style in a separate stylesheet', async () => {
    const c = await open(1280, '?lang=en');
    choose(c, 'rug-course-checker');
    type(c, '#checker-contact-url', 'https://example.nl/afspraak');
    click(c, '#lang-en');
    click(c, '#style-in-stylesheet');
    pickColour(c, '--rug-color-background', '#fffbe6');

    const html = snippet(c);
    expect(html).to.equal(
      `<script type="module" src="${CDN}rug-course-checker.js"></script>\n` +
        '<rug-course-checker\n  lang="en"\n  contact-url="https://example.nl/afspraak"\n></rug-course-checker>\n',
    );
    expect(html, 'a strict CSP blocks an inline style').not.to.contain('<style');
    expect(control(c, '#stylesheet-output').hidden).to.equal(false);
    expect(stylesheet(c)).to.contain('rug-course-checker {\n  --rug-color-background: #fffbe6;\n}');
    expect(stylesheet(c)).to.contain('min-height: 82.8em;');
    const pasted = await expectPastedEqualsPreview(c, 'rug-course-checker', 'en');
    expect(getComputedStyle(pasted).getPropertyValue('--rug-color-background').trim()).to.equal(
      '#fffbe6',
    );
  });
});

describe('configurator: what the elements refuse is refused here', function () {
  this.timeout(30000);

  it('a phone number that cannot be dialled: a message at the field, left out', async () => {
    const c = await open(1280, '?lang=en');
    type(c, '#card-name', 'Praktijk Noord');
    type(c, '#card-phone', '12ab');
    const phone = control(c, '#card-phone');
    const error = control(c, '#card-phone-error');
    expect(error.hidden).to.equal(false);
    expect(error.textContent).to.contain('cannot be dialled');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(phone.getAttribute('aria-describedby')?.split(' ')).to.include.members([
      'card-phone-hint',
      'card-phone-error',
    ]);
    expect(snippet(c)).not.to.contain('12ab');
    expect(snippet(c)).not.to.contain('phone=');
    expect(control(c, '#problems').textContent).to.contain('Phone');

    type(c, '#card-phone', '020-1234567');
    expect(error.hidden).to.equal(true);
    expect(phone.hasAttribute('aria-invalid')).to.equal(false);
    expect(phone.getAttribute('aria-describedby')).to.equal('card-phone-hint');
    expect(snippet(c)).to.contain('phone="020-1234567"');
    expect(control(c, '#problems').textContent).to.equal('');
  });

  it('javascript: and data: links are refused, on the card and the checker', async () => {
    const c = await open(1280, '?lang=en');
    type(c, '#card-name', 'Praktijk Noord');
    type(c, '#card-booking', 'javascript:alert(1)');
    type(c, '#card-website', ' JaVaScRiPt:alert(document.cookie)');
    type(c, '#card-email', 'not an address');
    for (const id of ['card-booking', 'card-website', 'card-email']) {
      expect(control(c, `#${id}`).getAttribute('aria-invalid'), id).to.equal('true');
      expect(control(c, `#${id}-error`).hidden, id).to.equal(false);
      expect(control(c, `#${id}`).getAttribute('aria-describedby'), id).to.contain(`${id}-error`);
    }
    expect(snippet(c).toLowerCase()).not.to.contain('javascript');
    expect(snippet(c)).not.to.match(/booking-url|website=|email=/);

    choose(c, 'rug-course-checker');
    type(c, '#checker-contact-url', 'data:text/html,<script>alert(1)</script>');
    expect(control(c, '#checker-contact-url').getAttribute('aria-invalid')).to.equal('true');
    expect(control(c, '#checker-contact-url-error').textContent).to.contain('https://');
    expect(snippet(c)).not.to.contain('contact-url');
    expect(snippet(c)).not.to.contain('data:');
    // The card's messages are not read while the card's fields are hidden.
    expect(control(c, '#problems').textContent).to.equal(
      'Left out of the snippet, see the message at the field: Contact URL.',
    );
  });

  it('opening hours keep what the card understands; a role without a name is refused', async () => {
    const c = await open(1280, '?lang=en');
    type(c, '#card-hours', 'Mo-Fr 08:00-18:00; weekends closed');
    expect(control(c, '#card-hours-error').textContent).to.contain('“weekends closed”');
    expect(snippet(c)).to.contain('opening-hours="Mo-Fr 08:00-18:00"');
    click(c, '#add-therapist');
    type(c, '#therapists li:nth-child(1) input[data-part="role"]', 'Manual therapist');
    const name = control(c, '#therapists li:nth-child(1) input[data-part="name"]');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(snippet(c)).not.to.contain('therapists=');
  });
});

describe('configurator: escaping', function () {
  this.timeout(30000);

  it('a name with " < > & \' gives valid HTML that shows the name as typed', async () => {
    const c = await open();
    const name = `Fysio "De Rug" <Plaza> & Co's`;
    const therapist = `Anne "Annie" O'Brien <PT>`;
    type(c, '#card-name', name);
    type(c, '#card-address', '</rug-contact-card><script>alert(1)</script>');
    click(c, '#add-therapist');
    type(c, '#therapists li:nth-child(1) input[data-part="name"]', therapist);
    type(c, '#therapists li:nth-child(1) input[data-part="role"]', 'Role & "more"');

    const html = snippet(c);
    expect(html).to.contain(`name="Fysio &quot;De Rug&quot; &lt;Plaza&gt; &amp; Co's"`);
    expect(html).not.to.contain('<script>alert');
    // Parsed as HTML: a script, a style and the card, nothing else, attributes as typed.
    const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
    expect([...parsed.body.children].map((el) => el.localName)).to.deep.equal([
      'script',
      'style',
      'rug-contact-card',
    ]);
    const card = parsed.querySelector('rug-contact-card')!;
    expect(card.getAttribute('name')).to.equal(name);
    expect(card.getAttribute('address')).to.equal('</rug-contact-card><script>alert(1)</script>');
    expect(JSON.parse(card.getAttribute('therapists')!)).to.deep.equal([
      { name: therapist, role: 'Role & "more"' },
    ]);

    const pasted = await expectPastedEqualsPreview(c, 'rug-contact-card', 'nl');
    const root = pasted.shadowRoot!;
    expect((root.querySelector('[part="name"]')?.textContent ?? '').trim()).to.equal(name);
    expect(shadowText(pasted)).to.contain(therapist);
    expect(shadowText(pasted)).to.contain('</rug-contact-card><script>alert(1)</script>');
    expect(pasted.ownerDocument.querySelectorAll('script').length).to.equal(1);
  });
});

describe('configurator: the page itself', function () {
  this.timeout(40000);

  it('axe finds nothing, for each element and with a message shown', async () => {
    const c = await open();
    expect(await axe(c), 'contact card').to.deep.equal([]);
    type(c, '#card-phone', 'abc');
    click(c, '#add-therapist');
    expect(await axe(c), 'with a message and a therapist row').to.deep.equal([]);
    choose(c, 'rug-info-accordion');
    setChecked(c, '#section-what', false);
    expect(await axe(c), 'accordion').to.deep.equal([]);
    choose(c, 'rug-course-checker', 'rug-contact-card');
    click(c, '#source-site');
    click(c, '#style-in-stylesheet');
    expect(await axe(c), 'course checker, separate stylesheet').to.deep.equal([]);
  });

  it('works at 320 px: nothing wider than the page, the phone preview scaled to fit', async () => {
    const c = await open(320);
    click(c, '#add-therapist');
    await previewsReady(c);
    const root = c.doc.documentElement;
    expect(root.scrollWidth, 'no horizontal scrolling').to.be.at.most(root.clientWidth);
    const phone = control(c, '.preview[data-width="375"] .frame');
    expect(phone.getBoundingClientRect().right).to.be.at.most(root.clientWidth);
    for (const el of c.doc.querySelectorAll('input, select, button, textarea')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue; // hidden
      expect(box.right, `${el.id || el.localName} within the page`).to.be.at.most(root.clientWidth);
    }
  });

  it('every control has a label', async () => {
    const c = await open();
    click(c, '#add-therapist');
    for (const el of c.doc.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      const labels = [...(el.labels ?? [])].map((l) => (l.textContent ?? '').trim());
      expect(labels.join(''), `${el.id} is labelled`).not.to.equal('');
    }
  });

  it('Copy: to the clipboard, or else the text is selected for Ctrl+C', async () => {
    const c = await open();
    const copied: string[] = [];
    Object.defineProperty(c.win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
    });
    click(c, '[data-copy="snippet"]');
    const status = control(c, '[data-copied="snippet"]');
    await waitUntil(() => status.textContent === 'Gekopieerd.', 'copied');
    expect(copied).to.deep.equal([snippet(c)]);

    Object.defineProperty(c.win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    click(c, '[data-copy="snippet"]');
    await waitUntil(() => status.textContent?.startsWith('Geselecteerd'), 'selected');
    const area = control<HTMLTextAreaElement>(c, '#snippet');
    expect(c.doc.activeElement?.id).to.equal('snippet');
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
  });

  it('therapist rows: added with focus on the name, removed with focus kept in the list', async () => {
    const c = await open();
    click(c, '#add-therapist');
    expect(c.doc.activeElement?.getAttribute('data-part')).to.equal('name');
    click(c, '#add-therapist');
    const legends = [...c.doc.querySelectorAll('#therapists legend')].map((l) => l.textContent);
    expect(legends).to.deep.equal(['Therapeut 1', 'Therapeut 2']);
    click(c, '#therapists li:nth-child(1) button.remove');
    expect(
      [...c.doc.querySelectorAll('#therapists legend')].map((l) => l.textContent),
    ).to.deep.equal(['Therapeut 1']);
    expect(c.doc.activeElement?.getAttribute('data-part')).to.equal('name');
    click(c, '#therapists li:nth-child(1) button.remove');
    expect(c.doc.activeElement?.id).to.equal('add-therapist');
  });

  it('the demo’s front page links to the configurator', async () => {
    const page = await (await fetch('/demo/index.html')).text();
    const doc = new DOMParser().parseFromString(page, 'text/html');
    const links = [...doc.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('./configurator.html');
  });
});

describe('configurator: Dutch first, English by the switch', function () {
  this.timeout(40000);

  /** Visible text of the configurator's own interface (not code, snippet, previews or `lang`-marked words). */
  function visibleText(c: Configurator): string {
    const walker = c.doc.createTreeWalker(c.doc.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('[hidden], code, textarea, iframe, [lang]:not(html)')) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ').replace(/\s+/g, ' ');
  }

  /** Every word group of one language that the other language does not use. */
  function onlyIn(lang: Lang): string[] {
    const other: Lang = lang === 'nl' ? 'en' : 'nl';
    return Object.values(TEXTS)
      .filter((entry) => entry[lang] !== entry[other])
      .flatMap((entry) => entry[lang].split(/\{\d+\}/))
      .map((part) => part.trim())
      .filter(
        (part) => part.length > 3 && !Object.values(TEXTS).some((e) => e[other].includes(part)),
      );
  }

  /** Everything on show: all three elements, a therapist row, the site's folder, a message. */
  function showEverything(c: Configurator): void {
    choose(c, 'rug-info-accordion', 'rug-course-checker', 'rug-contact-card');
    click(c, '#add-therapist');
    click(c, '#source-site');
    type(c, '#card-phone', 'abc');
    click(c, '#style-in-stylesheet');
  }

  it('every text has Dutch and English, with the same placeholders', () => {
    for (const [key, entry] of Object.entries(TEXTS)) {
      expect(entry.nl.trim(), `${key} in Dutch`).not.to.equal('');
      expect(entry.en.trim(), `${key} in English`).not.to.equal('');
      const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
      expect(holes(entry.en), `${key} placeholders`).to.deep.equal(holes(entry.nl));
    }
  });

  it('every colour of the elements has a name and a hint in both languages', async () => {
    for (const tag of ['rug-info-accordion', 'rug-course-checker', 'rug-contact-card'] as const) {
      for (const name of await colourProperties(tag)) {
        expect(Object.keys(TEXTS), name).to.include.members([
          `colour.${name}`,
          `colour.${name}.hint`,
        ]);
      }
    }
  });

  it('opens in Dutch: <html lang="nl">, no English on show; English everywhere after the switch', async () => {
    const c = await open();
    expect(c.doc.documentElement.lang).to.equal('nl');
    expect(c.doc.title).to.equal(TEXTS['page.title'].nl);
    expect(control(c, 'h1').textContent).to.equal('Fragmentmaker');
    showEverything(c);
    await previewsReady(c);
    const dutch = visibleText(c);
    for (const english of onlyIn('en')) expect(dutch, 'Dutch page').not.to.contain(english);
    expect(snippet(c) + stylesheet(c)).to.contain('Ruimte tot het script gelopen heeft');

    click(c, '[data-ui-lang="en"]');
    expect(c.doc.documentElement.lang).to.equal('en');
    expect(c.doc.title).to.equal(TEXTS['page.title'].en);
    expect(control(c, '[data-ui-lang="en"]').getAttribute('aria-pressed')).to.equal('true');
    expect(new URL(c.win.location.href).searchParams.get('lang')).to.equal('en');
    const english = visibleText(c);
    for (const words of onlyIn('nl')) expect(english, 'English page').not.to.contain(words);
    for (const el of c.doc.querySelectorAll<HTMLElement>('[data-text]')) {
      const key = el.dataset.text as keyof typeof TEXTS;
      expect(el.textContent, key).to.equal(TEXTS[key].en);
    }
    for (const el of c.doc.querySelectorAll(
      '[data-text-title], [data-text-aria-label], [data-text-content]',
    )) {
      for (const name of ['title', 'aria-label', 'content']) {
        const key = el.getAttribute(`data-text-${name}`) as keyof typeof TEXTS | null;
        if (key) expect(el.getAttribute(name), key).to.equal(TEXTS[key].en);
      }
    }
    expect(stylesheet(c)).to.contain('Space until the script has run');
    expect(stylesheet(c)).not.to.contain('Ruimte');
    // The elements keep their own language: it is a setting of the snippet.
    expect(snippet(c)).to.contain('lang="nl"');

    click(c, '[data-ui-lang="nl"]');
    expect(c.doc.documentElement.lang).to.equal('nl');
    const back = visibleText(c);
    for (const words of onlyIn('en')) expect(back, 'back in Dutch').not.to.contain(words);
  });
});

describe('configurator: where the files come from', function () {
  this.timeout(40000);

  it('from jsDelivr: this exact version of the package, never latest', async () => {
    const c = await open();
    expect(control(c, '#source-cdn').checked).to.equal(true);
    expect(version).to.match(/^\d+\.\d+\.\d+$/);
    expect(scriptSources(snippet(c))).to.deep.equal([
      `https://cdn.jsdelivr.net/npm/rugwijzer@${version}/dist/rug-contact-card.js`,
    ]);
    expect(snippet(c)).not.to.contain('latest');
    expect(control(c, '#source-cdn-hint').textContent).to.contain(version);
    expect(control(c, '#site-path-field').hidden).to.equal(true);
    // The CDN cannot be reached from here: the preview says where its files come from.
    expect(control(c, '#preview-source').textContent).to.contain('cdn.jsdelivr.net');
  });

  it('from the site: the folder as typed, with the files to upload named', async () => {
    const c = await open();
    click(c, '#source-site');
    expect(scriptSources(snippet(c))).to.deep.equal(['/rugwijzer/rug-contact-card.js']);
    const upload = control(c, '#site-path-upload').textContent ?? '';
    for (const file of [...facts.loads['rug-contact-card.js']!, facts.english]) {
      expect(upload, file).to.contain(file);
    }
    expect(upload).not.to.contain('rugwijzer.js,');
    type(c, '#site-path', '/praktijk/js');
    expect(scriptSources(snippet(c))).to.deep.equal(['/praktijk/js/rug-contact-card.js']);
    type(c, '#site-path', 'https://www.praktijk.example/rugwijzer/');
    expect(scriptSources(snippet(c))).to.deep.equal([
      'https://www.praktijk.example/rugwijzer/rug-contact-card.js',
    ]);
    for (const refused of [
      'javascript:import("//evil.example/x.js")',
      '//evil.example/rugwijzer/',
      'rugwijzer/',
      '/rugwijzer/rugwijzer.js',
      'http://www.praktijk.example/rugwijzer/',
      '/rugwijzer/?v=1',
      '/rug wijzer/',
    ]) {
      type(c, '#site-path', refused);
      expect(control(c, '#site-path').getAttribute('aria-invalid'), refused).to.equal('true');
      expect(control(c, '#site-path-error').textContent, refused).to.contain('/rugwijzer/');
      expect(snippet(c), refused).not.to.contain('<script');
    }
  });

  it('a folder that is this server’s dist/: the preview loads exactly the snippet’s files', async () => {
    const c = await open();
    click(c, '#source-site');
    type(c, '#site-path', '/dist/');
    await previewsReady(c);
    expect(scriptSources(snippet(c))).to.deep.equal(['/dist/rug-contact-card.js']);
    expect(control(c, '#preview-source').textContent).to.contain('dezelfde bestanden');
    const frame = control<HTMLIFrameElement>(c, 'iframe[data-preview="phone"]');
    const loadedScripts = [...frame.contentDocument!.querySelectorAll('script[src]')].map(
      (script) => script.getAttribute('src'),
    );
    expect(loadedScripts).to.deep.equal([new URL('/dist/rug-contact-card.js', location.href).href]);
    await expectPastedPageEqualsPreview(c, ['rug-contact-card'], 'nl', '/dist/');
  });
});

describe('configurator: the smallest files for the page', function () {
  this.timeout(40000);

  /** Brotli bytes of what a page loads for these entry files, from the build's figures. */
  function bytesFor(entries: string[]): number {
    const files = new Set(entries.flatMap((entry) => facts.loads[entry]!));
    return [...files].reduce((sum, file) => sum + facts.bytes[file]!, 0);
  }

  it('one element: that element’s own file', async () => {
    const c = await open();
    for (const tag of ['rug-contact-card', 'rug-info-accordion', 'rug-course-checker'] as const) {
      choose(c, tag);
      expect(scriptSources(snippet(c)), tag).to.deep.equal([`${CDN}${tag}.js`]);
      expect(control(c, '#snippet-scripts').textContent, tag).to.contain(`${tag}.js`);
    }
  });

  it('accordion and card: the smaller of their own files and rugwijzer.js, by bytes', async () => {
    const c = await open();
    choose(c, 'rug-info-accordion', 'rug-contact-card');
    const own = bytesFor(['rug-info-accordion.js', 'rug-contact-card.js']);
    const bundle = bytesFor(['rugwijzer.js']);
    expect(scriptSources(snippet(c))).to.deep.equal(
      own < bundle
        ? [`${CDN}rug-info-accordion.js`, `${CDN}rug-contact-card.js`]
        : [`${CDN}rugwijzer.js`],
    );
    choose(c, 'rug-info-accordion', 'rug-course-checker', 'rug-contact-card');
    const all = bytesFor(['rug-info-accordion.js', 'rug-course-checker.js', 'rug-contact-card.js']);
    expect(scriptSources(snippet(c))).to.deep.equal(
      all < bundle
        ? [
            `${CDN}rug-info-accordion.js`,
            `${CDN}rug-course-checker.js`,
            `${CDN}rug-contact-card.js`,
          ]
        : [`${CDN}rugwijzer.js`],
    );
  });

  it('a page of accordion and card: in the order ticked, each with its settings and space; pasted as previewed', async () => {
    const c = await open();
    choose(c, 'rug-info-accordion', 'rug-contact-card');
    expect(control(c, '#elements-order').textContent).to.equal(
      'Volgorde op de pagina: Patiëntinformatie, Contactkaart.',
    );
    for (const id of ['what', 'spine', 'specific', 'origene', 'more-info']) {
      setChecked(c, `#section-${id}`, false);
    }
    click(c, '#open-treatment');
    type(c, '#card-name', 'Fysio Noord');
    type(c, '#card-phone', '020-1234567');
    pickColour(c, '--rug-color-accent', '#0b6e4f');
    const html = snippet(c);
    const accordionAt = html.indexOf('<rug-info-accordion');
    const cardAt = html.indexOf('<rug-contact-card');
    expect(accordionAt).to.be.above(0);
    expect(cardAt).to.be.above(accordionAt);
    expect(html).to.contain(
      '<rug-info-accordion\n  lang="nl"\n  sections="aspecific normal-course deviant-course treatment"\n  open="treatment"\n></rug-info-accordion>',
    );
    expect(html).to.contain(
      '<rug-contact-card\n  lang="nl"\n  name="Fysio Noord"\n  phone="020-1234567"\n></rug-contact-card>',
    );
    expect(html).to.contain(
      'rug-info-accordion,\n  rug-contact-card {\n    --rug-color-accent: #0b6e4f;',
    );
    expect(html).to.contain('rug-info-accordion:not(:defined)');
    expect(html).to.contain('rug-contact-card:not(:defined)');
    const [accordion, card] = await expectPastedPageEqualsPreview(
      c,
      ['rug-info-accordion', 'rug-contact-card'],
      'nl',
    );
    expect(shadowText(accordion!)).to.contain('Behandeling: blijf in beweging');
    expect(shadowText(card!)).to.contain('Fysio Noord');
  });

  it('no element ticked: no snippet, and a message at the elements', async () => {
    const c = await open();
    choose(c);
    expect(snippet(c)).to.equal('');
    expect(control(c, '#elements-error').textContent).to.contain('minstens één element');
  });
});

describe('configurator: the snippet model (demo/configurator/snippet.ts)', () => {
  const BASE = 'https://clinic.example/pages/rug.html';
  /** A build's figures: the own files share a 7000-byte chunk. */
  const FACTS: BuildFacts = {
    name: 'rugwijzer',
    version: '9.8.7',
    bytes: {
      'rugwijzer.js': 18000,
      'rug-info-accordion.js': 5000,
      'rug-course-checker.js': 9000,
      'rug-contact-card.js': 3000,
      'shared.js': 7000,
      'en.js': 3000,
    },
    loads: {
      'rugwijzer.js': ['rugwijzer.js'],
      'rug-info-accordion.js': ['rug-info-accordion.js', 'shared.js'],
      'rug-course-checker.js': ['rug-course-checker.js', 'shared.js'],
      'rug-contact-card.js': ['rug-contact-card.js', 'shared.js'],
    },
    english: 'en.js',
  };

  function config(change: (c: Config) => void): Config {
    const c = defaultConfig();
    change(c);
    return c;
  }

  it('writes attributes escaped, JSON between single quotes, booleans bare', () => {
    expect(attribute('name', 'A & B <C>')).to.equal('name="A &amp; B &lt;C&gt;"');
    expect(attribute('therapists', '[{"name":"X"}]')).to.equal(`therapists='[{"name":"X"}]'`);
    expect(attribute('therapists', `[{"name":"O'Brien"}]`)).to.equal(
      'therapists="[{&quot;name&quot;:&quot;O\'Brien&quot;}]"',
    );
    expect(attribute('structured-data', true)).to.equal('structured-data');
  });

  it('picks files by bytes: own files while smaller, else rugwijzer.js; a tie gives one tag', () => {
    expect(smallestScripts(['rug-contact-card'], FACTS)).to.deep.equal({
      entries: ['rug-contact-card.js'],
      files: ['rug-contact-card.js', 'shared.js'],
      bytes: 10000,
    });
    expect(
      smallestScripts(['rug-info-accordion', 'rug-contact-card'], FACTS).entries,
    ).to.deep.equal(['rug-info-accordion.js', 'rug-contact-card.js']);
    expect(
      smallestScripts(['rug-course-checker', 'rug-contact-card'], FACTS).entries,
    ).to.deep.equal(['rugwijzer.js']);
    const tie = { ...FACTS, bytes: { ...FACTS.bytes, 'rugwijzer.js': 15000 } };
    expect(smallestScripts(['rug-info-accordion', 'rug-contact-card'], tie).entries).to.deep.equal([
      'rugwijzer.js',
    ]);
  });

  it('the CDN URL names the version of the build’s figures', () => {
    const { html, folder } = generate(defaultConfig(), BASE, FACTS);
    expect(folder).to.equal('https://cdn.jsdelivr.net/npm/rugwijzer@9.8.7/dist/');
    expect(html).to.contain(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/rugwijzer@9.8.7/dist/rug-contact-card.js"></script>',
    );
  });

  it('leaves out what equals the element’s default', () => {
    const { elements } = generate(
      config((c) => {
        c.elements = ['rug-info-accordion'];
      }),
      BASE,
      FACTS,
    );
    expect(elements.map((el) => el.html)).to.deep.equal([
      '<rug-info-accordion lang="nl"></rug-info-accordion>',
    ]);
    // The configurator's list (kept apart so its module does not bundle Lit) is the element's.
    expect(SECTIONS).to.deep.equal(SECTION_IDS);
  });

  it('the accordion’s reserved height follows its sections and exclusive mode', () => {
    const all = generate(
      config((c) => {
        c.elements = ['rug-info-accordion'];
        c.accordion.exclusive = true;
        c.accordion.open = ['spine', 'what'];
      }),
      BASE,
      FACTS,
    );
    expect(all.elements[0]!.attributes).to.deep.equal([
      ['lang', 'nl'],
      ['open', 'what'],
      ['exclusive', true],
    ]);
    expect(all.css).to.contain('min-height: calc(9 * (3.15em + 1px) + 1px);');
    expect(all.css).to.contain('min-height: calc(36.6em - 44px - 0.5em);');
    const some = generate(
      config((c) => {
        c.ui = 'en';
        c.elements = ['rug-info-accordion'];
        c.accordion.sections = ['deviant-course', 'what'];
      }),
      BASE,
      FACTS,
    );
    expect(some.elements[0]!.attributes).to.deep.equal([
      ['lang', 'nl'],
      ['sections', 'what deviant-course'],
    ]);
    expect(some.css).to.contain('calc(44px + 0.5em + 2 * (3.15em + 1px) + 1px)');
    expect(some.css).not.to.contain('@media');
    expect(some.css).to.contain('measure the height there once');
    const none = generate(
      config((c) => {
        c.elements = ['rug-info-accordion'];
        c.accordion.sections = [];
      }),
      BASE,
      FACTS,
    );
    expect(none.problems.has('sections')).to.equal(true);
    expect(none.elements[0]!.html).to.equal('<rug-info-accordion lang="nl"></rug-info-accordion>');
  });

  it('a card with details says its heights are the default card’s', () => {
    const seed = generate(
      config((c) => {
        c.ui = 'en';
        c.card.structuredData = true;
      }),
      BASE,
      FACTS,
    );
    expect(seed.css).to.contain('/* Space until the script has run (no layout shift). */');
    const partner = generate(
      config((c) => {
        c.ui = 'en';
        c.card.name = 'Praktijk Noord';
      }),
      BASE,
      FACTS,
    );
    expect(partner.css).to.contain('measured for the default card');
  });

  it('only #rrggbb colours of --rug-* properties reach the CSS', () => {
    const { css } = generate(
      config((c) => {
        c.colours = [
          ['--rug-color-accent', '#00704A'],
          ['--rug-color-text', 'red; } body { display: none'],
          ['color', '#000000'],
        ];
        c.reserveSpace = false;
      }),
      BASE,
      FACTS,
    );
    expect(css).to.equal('rug-contact-card {\n  --rug-color-accent: #00704a;\n}');
  });

  it('a path, ./ and ../ are kept for the site to resolve; a folder must start with / or https://', () => {
    const { elements, problems } = generate(
      config((c) => {
        c.card.website = '/over-ons';
        c.card.bookingUrl = '../afspraak';
        c.source = 'site';
        c.sitePath = 'cdn.example.nl/rugwijzer/';
      }),
      BASE,
      FACTS,
    );
    expect(elements[0]!.attributes).to.deep.include(['website', '/over-ons']);
    expect(elements[0]!.attributes).to.deep.include(['booking-url', '../afspraak']);
    expect(problems.has('sitePath')).to.equal(true);
  });
});
