import { expect, waitUntil } from '@open-wc/testing';
import {
  SECTIONS,
  attribute,
  defaultConfig,
  generate,
  type Config,
} from '../../demo/configurator/snippet.js';

// The snippet configurator (demo/configurator.html), driven as a web editor uses it, in an
// iframe. What it promises: the snippet it shows, pasted into an empty page, renders
// exactly what its preview shows (the same shadow text, the same `--rug-*` colours, the
// same attributes); what the elements would refuse is refused with a message and left out;
// what is typed is escaped; the page is accessible and works at 320 px.
// Assertions compare text and numbers, never elements (see test/embedding/harness.ts).

const CONFIGURATOR = '/demo/configurator.html';
const CDN = 'https://cdn.example.nl/rugwijzer/1.0.0/rugwijzer.js';
const LOCAL_BUNDLE = new URL('/dist/rugwijzer.js', location.href).href;

type Tag = 'rug-info-accordion' | 'rug-course-checker' | 'rug-contact-card';
type RugElement = HTMLElement & { updateComplete: Promise<boolean> };

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
async function open(width = 1280): Promise<Configurator> {
  const frame = iframe(width, 900);
  const done = loaded(frame);
  frame.src = CONFIGURATOR;
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

/** The snippet written into an empty page, its script pointed at this server's build. */
async function paste(html: string, css: string, tag: Tag, lang: string): Promise<RugElement> {
  expect(html.split(CDN).length - 1, 'the snippet loads the script once').to.equal(1);
  const local = html.replace(CDN, LOCAL_BUNDLE);
  const style = css ? `<style>\n${css}\n</style>\n` : '';
  const frame = iframe(1024, 600);
  const done = loaded(frame);
  frame.srcdoc = `<!doctype html>\n<title>Pasted</title>\n${style}${local}`;
  document.body.append(frame);
  await done;
  const el = frame.contentDocument!.querySelector<RugElement>(tag);
  if (!el) throw new Error(`no ${tag} in the pasted page`);
  await rendered(el, lang);
  return el;
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
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
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
  await previewsReady(c);
  const css = control(c, '#style-in-stylesheet').checked ? stylesheet(c) : '';
  const pasted = await paste(snippet(c), css, tag, lang);
  for (const which of ['phone', 'desktop'] as const) {
    const preview = previewElement(c, which, tag);
    await rendered(preview, lang);
    expect(shadowText(pasted), `shadow text, ${which} preview`).to.equal(shadowText(preview));
    expect(attributes(pasted), `attributes, ${which} preview`).to.deep.equal(attributes(preview));
    expect(await colours(pasted, tag), `colours, ${which} preview`).to.deep.equal(
      await colours(preview, tag),
    );
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
        `<script type="module" src="${CDN}"></script>`,
        '<style>',
        '  /* Space until the script has run (no layout shift). */',
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
    const c = await open();
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
    click(c, '#element-accordion');
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
    const c = await open();
    click(c, '#element-checker');
    type(c, '#checker-contact-url', 'https://example.nl/afspraak');
    click(c, '#lang-en');
    click(c, '#style-in-stylesheet');
    pickColour(c, '--rug-color-background', '#fffbe6');

    const html = snippet(c);
    expect(html).to.equal(
      `<script type="module" src="${CDN}"></script>\n` +
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
    const c = await open();
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
    const c = await open();
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

    click(c, '#element-checker');
    type(c, '#checker-contact-url', 'data:text/html,<script>alert(1)</script>');
    expect(control(c, '#checker-contact-url').getAttribute('aria-invalid')).to.equal('true');
    expect(control(c, '#checker-contact-url-error').textContent).to.contain('https://');
    expect(snippet(c)).not.to.contain('contact-url');
    expect(snippet(c)).not.to.contain('data:');
    // The card's messages are not read while the card's fields are hidden.
    expect(control(c, '#problems').textContent).to.equal(
      'Left out of the snippet, see the message at the field: Contact URL.',
    );

    type(c, '#script-url', 'javascript:import("//evil.example/x.js")');
    expect(control(c, '#script-url').getAttribute('aria-invalid')).to.equal('true');
    expect(snippet(c)).not.to.contain('<script');
    type(c, '#script-url', 'cdn.example.nl/rugwijzer.js');
    expect(control(c, '#script-url-error').textContent).to.contain('Start with https://');
    type(c, '#script-url', '/rugwijzer/rugwijzer.js');
    expect(snippet(c)).to.contain('<script type="module" src="/rugwijzer/rugwijzer.js"></script>');
  });

  it('opening hours keep what the card understands; a role without a name is refused', async () => {
    const c = await open();
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
    click(c, '#element-accordion');
    setChecked(c, '#section-what', false);
    expect(await axe(c), 'accordion').to.deep.equal([]);
    click(c, '#element-checker');
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
    await waitUntil(() => status.textContent === 'Copied.', 'copied');
    expect(copied).to.deep.equal([snippet(c)]);

    Object.defineProperty(c.win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    click(c, '[data-copy="snippet"]');
    await waitUntil(() => status.textContent?.startsWith('Selected'), 'selected');
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
    expect(legends).to.deep.equal(['Therapist 1', 'Therapist 2']);
    click(c, '#therapists li:nth-child(1) button.remove');
    expect(
      [...c.doc.querySelectorAll('#therapists legend')].map((l) => l.textContent),
    ).to.deep.equal(['Therapist 1']);
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

describe('configurator: the snippet model (demo/configurator/snippet.ts)', () => {
  const BASE = 'https://clinic.example/pages/rug.html';

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

  it('leaves out what equals the element’s default', () => {
    const { element } = generate(
      config((c) => {
        c.element = 'rug-info-accordion';
      }),
      BASE,
    );
    expect(element).to.equal('<rug-info-accordion lang="nl"></rug-info-accordion>');
    expect(SECTIONS.map((s) => s.id)).to.deep.equal([
      'what',
      'spine',
      'specific',
      'aspecific',
      'normal-course',
      'deviant-course',
      'treatment',
      'origene',
      'more-info',
    ]);
  });

  it('the accordion’s reserved height follows its sections and exclusive mode', () => {
    const all = generate(
      config((c) => {
        c.element = 'rug-info-accordion';
        c.accordion.exclusive = true;
        c.accordion.open = ['spine', 'what'];
      }),
      BASE,
    );
    expect(all.attributes).to.deep.equal([
      ['lang', 'nl'],
      ['open', 'what'],
      ['exclusive', true],
    ]);
    expect(all.css).to.contain('min-height: calc(9 * (3.15em + 1px) + 1px);');
    expect(all.css).to.contain('min-height: calc(36.6em - 44px - 0.5em);');
    const some = generate(
      config((c) => {
        c.element = 'rug-info-accordion';
        c.accordion.sections = ['deviant-course', 'what'];
      }),
      BASE,
    );
    expect(some.attributes).to.deep.equal([
      ['lang', 'nl'],
      ['sections', 'what deviant-course'],
    ]);
    expect(some.css).to.contain('calc(44px + 0.5em + 2 * (3.15em + 1px) + 1px)');
    expect(some.css).not.to.contain('@media');
    expect(some.css).to.contain('measure the height there once');
    const none = generate(
      config((c) => {
        c.element = 'rug-info-accordion';
        c.accordion.sections = [];
      }),
      BASE,
    );
    expect(none.problems.has('sections')).to.equal(true);
    expect(none.element).to.equal('<rug-info-accordion lang="nl"></rug-info-accordion>');
  });

  it('a card with details says its heights are the default card’s', () => {
    const seed = generate(
      config((c) => {
        c.card.structuredData = true;
      }),
      BASE,
    );
    expect(seed.css).to.contain('/* Space until the script has run (no layout shift). */');
    const partner = generate(
      config((c) => {
        c.card.name = 'Praktijk Noord';
      }),
      BASE,
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
    );
    expect(css).to.equal('rug-contact-card {\n  --rug-color-accent: #00704a;\n}');
  });

  it('a path, ./ and ../ are kept for the site to resolve; a bare script host is refused', () => {
    const { attributes, problems } = generate(
      config((c) => {
        c.card.website = '/over-ons';
        c.card.bookingUrl = '../afspraak';
        c.scriptUrl = 'cdn.example.nl/rugwijzer.js';
      }),
      BASE,
    );
    expect(attributes).to.deep.include(['website', '/over-ons']);
    expect(attributes).to.deep.include(['booking-url', '../afspraak']);
    expect(problems.has('scriptUrl')).to.equal(true);
  });
});
