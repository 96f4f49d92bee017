/**
 * The snippet configurator's page (demo/configurator.html): reads the form, checks what
 * is typed with the elements' own rules (./snippet.ts), writes the snippet and shows it
 * in two preview pages, at phone and desktop width. Bundled by rollup into
 * configurator.js (see rollup.config.mjs).
 */
import {
  SECTIONS,
  TAGS,
  defaultConfig,
  generate,
  page,
  type Config,
  type Field,
  type Lang,
  type Tag,
} from './snippet.js';

function $<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`configurator: ${selector} is missing from the page`);
  return found;
}

const form = $<HTMLFormElement>('#settings');
const snippetArea = $<HTMLTextAreaElement>('#snippet');
const stylesheetArea = $<HTMLTextAreaElement>('#stylesheet');
const stylesheetOutput = $('#stylesheet-output');
const problemsStatus = $('#problems');
const previews = $('#previews');
const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-preview]')];
const therapistList = $<HTMLOListElement>('#therapists');
const addTherapistButton = $<HTMLButtonElement>('#add-therapist');
const coloursBox = $('#colours');

/** The previews load this server's build, not the CDN address of the snippet. */
const LOCAL_BUNDLE = new URL('../../dist/rugwijzer.js', import.meta.url).href;
const MANIFEST = new URL('../../custom-elements.json', import.meta.url).href;
/** A preview taller than this scrolls inside its frame. */
const MAX_PREVIEW_HEIGHT = 1200;
/** Typing pauses this long before the previews reload. */
const PREVIEW_DELAY = 250;

// ---- form → config ----

function radio(name: string): string {
  return $<HTMLInputElement>(`input[name="${name}"]:checked`, form).value;
}

function value(id: string): string {
  return $<HTMLInputElement>(`#${id}`).value;
}

function checked(id: string): boolean {
  return $<HTMLInputElement>(`#${id}`).checked;
}

function checkedValues(selector: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(selector)]
    .filter((input) => input.checked && !input.disabled)
    .map((input) => input.value);
}

function readConfig(): Config {
  const config = defaultConfig();
  const element = radio('element');
  config.element = (TAGS as readonly string[]).includes(element)
    ? (element as Tag)
    : 'rug-contact-card';
  config.lang = (radio('lang') === 'en' ? 'en' : 'nl') satisfies Lang;
  config.scriptUrl = value('script-url');
  config.accordion = {
    sections: checkedValues('#sections input'),
    open: checkedValues('#open-sections input'),
    exclusive: checked('accordion-exclusive'),
    headingLevel: Number(value('accordion-heading-level')),
  };
  config.checker = { contactUrl: value('checker-contact-url') };
  config.card = {
    name: value('card-name'),
    phone: value('card-phone'),
    email: value('card-email'),
    website: value('card-website'),
    address: value('card-address'),
    bookingUrl: value('card-booking'),
    openingHours: value('card-hours'),
    therapists: [...therapistList.children].map((row) => ({
      name: $<HTMLInputElement>('input[data-part="name"]', row).value,
      role: $<HTMLInputElement>('input[data-part="role"]', row).value,
    })),
    structuredData: checked('card-structured-data'),
  };
  const own = colourProperties.get(config.element) ?? [];
  config.colours = [...chosenColours].filter(([name]) => own.some((p) => p.name === name));
  config.reserveSpace = checked('reserve-space');
  config.styleIn = radio('style-in') === 'stylesheet' ? 'stylesheet' : 'snippet';
  return config;
}

// ---- accordion sections ----

function choice(
  type: 'checkbox',
  id: string,
  name: string,
  text: string,
  code?: string,
): HTMLElement {
  const box = document.createElement('div');
  box.className = 'choice';
  const input = document.createElement('input');
  input.type = type;
  input.id = id;
  input.name = name;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = text;
  if (code) {
    const tag = document.createElement('code');
    tag.textContent = code;
    label.append(' ', tag);
  }
  box.append(input, label);
  return box;
}

function buildSections(): void {
  const shown = $('#sections');
  const open = $('#open-sections');
  for (const section of SECTIONS) {
    const show = choice('checkbox', `section-${section.id}`, 'sections', section.title, section.id);
    $<HTMLInputElement>('input', show).value = section.id;
    $<HTMLInputElement>('input', show).checked = true;
    shown.append(show);
    const opened = choice('checkbox', `open-${section.id}`, 'open', section.title);
    $<HTMLInputElement>('input', opened).value = section.id;
    open.append(opened);
  }
}

/** A section that is not shown cannot be open. */
function syncOpenSections(): void {
  for (const section of SECTIONS) {
    $<HTMLInputElement>(`#open-${section.id}`).disabled = !checked(`section-${section.id}`);
  }
}

// ---- therapists ----

let therapistIds = 0;

function addTherapist(): HTMLInputElement {
  const id = `therapist-${++therapistIds}`;
  const row = document.createElement('li');
  const group = document.createElement('fieldset');
  const legend = document.createElement('legend');
  group.append(legend);
  for (const [part, text] of [
    ['name', 'Name'],
    ['role', 'Role'],
  ] as const) {
    const field = document.createElement('div');
    field.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = `${id}-${part}`;
    label.textContent = text;
    const input = document.createElement('input');
    input.id = `${id}-${part}`;
    input.dataset.part = part;
    input.autocomplete = 'off';
    field.append(label, input);
    group.append(field);
  }
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'remove';
  remove.append('Remove');
  const which = document.createElement('span');
  which.className = 'visually-hidden';
  remove.append(which);
  remove.addEventListener('click', () => removeTherapist(row));
  group.append(remove);
  row.append(group);
  therapistList.append(row);
  numberTherapists();
  return $<HTMLInputElement>('input[data-part="name"]', row);
}

function removeTherapist(row: HTMLLIElement): void {
  const next = (row.nextElementSibling ?? row.previousElementSibling) as HTMLElement | null;
  row.remove();
  numberTherapists();
  (next ? $<HTMLInputElement>('input[data-part="name"]', next) : addTherapistButton).focus();
  update();
}

/** Legends and field keys follow the rows' order. */
function numberTherapists(): void {
  [...therapistList.children].forEach((row, index) => {
    $('legend', row).textContent = `Therapist ${index + 1}`;
    $('.remove .visually-hidden', row).textContent = ` therapist ${index + 1}`;
    $<HTMLInputElement>('input[data-part="name"]', row).dataset.field = `therapist-${index}`;
  });
}

// ---- colours, from custom-elements.json ----

interface ColourProperty {
  name: string;
  description: string;
  /** The element's default as written in the manifest (`#1d4ed8`, `inherit`). */
  default: string;
}

interface Manifest {
  modules: Array<{
    declarations?: Array<{
      tagName?: string;
      cssProperties?: Array<{ name: string; description?: string; default?: string }>;
    }>;
  }>;
}

const colourProperties = new Map<Tag, ColourProperty[]>();
/** The colours the web editor changed, by property; kept when another element is chosen. */
const chosenColours = new Map<string, string>();

async function loadColours(): Promise<void> {
  const response = await fetch(MANIFEST);
  if (!response.ok) throw new Error(`${MANIFEST}: ${response.status}`);
  const manifest = (await response.json()) as Manifest;
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    const tag = declaration.tagName as Tag | undefined;
    if (!tag || !TAGS.includes(tag)) continue;
    colourProperties.set(
      tag,
      (declaration.cssProperties ?? [])
        .filter((p) => p.name.startsWith('--rug-color-'))
        .map((p) => ({ name: p.name, description: p.description ?? '', default: p.default ?? '' })),
    );
  }
  const names = [...new Set([...colourProperties.values()].flat().map((p) => p.name))];
  for (const name of names) coloursBox.append(colourRow(name));
}

/** `#fff` → `#ffffff`; what a colour input cannot show (`inherit`) → `null`. */
function hex(colour: string): string | null {
  const short = /^#([\da-f])([\da-f])([\da-f])$/i.exec(colour);
  if (short)
    return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return /^#[\da-f]{6}$/i.test(colour) ? colour.toLowerCase() : null;
}

function colourLabel(name: string): string {
  const words = name.slice('--rug-color-'.length).replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function colourRow(name: string): HTMLElement {
  const id = `colour-${name.slice('--rug-color-'.length)}`;
  const row = document.createElement('div');
  row.className = 'colour';
  row.dataset.property = name;
  const input = document.createElement('input');
  input.type = 'color';
  input.id = id;
  input.setAttribute('aria-describedby', `${id}-hint ${id}-value`);
  const text = document.createElement('div');
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = colourLabel(name);
  const hint = document.createElement('span');
  hint.className = 'hint';
  hint.id = `${id}-hint`;
  const shown = document.createElement('span');
  shown.id = `${id}-value`;
  shown.className = 'colour-value';
  text.append(label, hint, shown);
  const reset = document.createElement('button');
  reset.type = 'button';
  reset.append('Reset');
  const which = document.createElement('span');
  which.className = 'visually-hidden';
  which.textContent = ` ${colourLabel(name).toLowerCase()}`;
  reset.append(which);
  input.addEventListener('input', () => chosenColours.set(name, input.value));
  reset.addEventListener('click', () => {
    chosenColours.delete(name);
    input.focus();
    update();
  });
  row.append(input, text, reset);
  return row;
}

/** Shows the chosen element's colours with their defaults and descriptions. */
function syncColours(tag: Tag): void {
  const own = colourProperties.get(tag) ?? [];
  const text = own.find((p) => p.name === '--rug-color-text');
  for (const row of coloursBox.querySelectorAll<HTMLElement>('.colour')) {
    const property = own.find((p) => p.name === row.dataset.property);
    row.hidden = !property;
    if (!property) continue;
    const input = $<HTMLInputElement>('input', row);
    const chosen = chosenColours.get(property.name);
    const fallback = hex(property.default);
    // A colour input needs a colour: `inherit` starts from the text colour.
    input.value = chosen ?? fallback ?? hex(text?.default ?? '') ?? '#000000';
    $('.hint', row).textContent = property.description;
    $('.colour-value', row).textContent = `${property.name}: ${
      chosen ? `${input.value}, changed` : `${fallback ?? property.default}, the default`
    }`;
  }
}

// ---- problems ----

/** Each refused field gets its message once a person has left it; the others none. */
function showProblems(problems: Map<Field, string>): void {
  const listed: HTMLElement[] = [];
  for (const control of form.querySelectorAll<HTMLElement>('[data-field]')) {
    const field = control.dataset.field as Field;
    const message = problems.get(field);
    const visible =
      message !== undefined && control.dataset.touched === 'true' && !control.closest('[hidden]');
    const errorId = `${control.id}-error`;
    let error = document.getElementById(errorId);
    if (visible && !error) {
      error = document.createElement('p');
      error.id = errorId;
      error.className = 'error';
      if (control instanceof HTMLFieldSetElement) $('legend', control).after(error);
      else control.before(error);
    }
    if (error) {
      error.hidden = !visible;
      error.textContent = visible ? message : '';
    }
    const base = (control.dataset.describedby ??= control.getAttribute('aria-describedby') ?? '');
    const describedBy = [base, visible ? errorId : ''].filter(Boolean).join(' ');
    if (describedBy) control.setAttribute('aria-describedby', describedBy);
    else control.removeAttribute('aria-describedby');
    if (!(control instanceof HTMLFieldSetElement)) {
      if (visible) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    if (visible) listed.push(control);
  }
  // The summary names each field, as a link to it.
  const summary = listed.map((control) => `${control.id}:${fieldName(control)}`).join('|');
  if (problemsStatus.dataset.summary === summary) return;
  problemsStatus.dataset.summary = summary;
  problemsStatus.replaceChildren();
  if (listed.length === 0) return;
  problemsStatus.append('Left out of the snippet, see the message at the field: ');
  listed.forEach((control, index) => {
    const link = document.createElement('a');
    link.href = `#${control.id}`;
    link.textContent = fieldName(control);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const target = control instanceof HTMLFieldSetElement ? $('input', control) : control;
      target.focus();
    });
    problemsStatus.append(index === 0 ? '' : ', ', link);
  });
  problemsStatus.append('.');
}

function fieldName(control: HTMLElement): string {
  if (control instanceof HTMLFieldSetElement) return $('legend', control).textContent ?? '';
  const label = document.querySelector(`label[for="${control.id}"]`)?.textContent ?? '';
  const group = control.closest('li')?.querySelector('legend')?.textContent;
  return group ? `${group}, ${label.toLowerCase()}` : label;
}

// ---- the snippet ----

function update(): void {
  syncOpenSections();
  const config = readConfig();
  for (const options of form.querySelectorAll<HTMLElement>('fieldset[data-for]')) {
    options.hidden = options.dataset.for !== config.element;
  }
  syncColours(config.element);
  const snippet = generate(config, location.href);
  showProblems(snippet.problems);
  show(snippetArea, snippet.html);
  const separate = config.styleIn === 'stylesheet' && snippet.css !== '';
  const appears = separate && stylesheetOutput.hidden;
  stylesheetOutput.hidden = !separate;
  show(stylesheetArea, separate ? snippet.css : '');
  if (appears) fitText(stylesheetArea);
  schedulePreview(page(config, snippet, LOCAL_BUNDLE), config);
}

function show(area: HTMLTextAreaElement, text: string): void {
  if (area.value === text) return;
  area.value = text;
  fitText(area);
  const status = document.querySelector(`[data-copied="${area.id}"]`);
  if (status) status.textContent = '';
}

/** A text area as tall as its text (wrapped lines too); the CSS caps it. */
function fitText(area: HTMLTextAreaElement): void {
  area.style.height = '';
  if (area.scrollHeight > area.clientHeight) {
    area.style.height = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`;
  }
}

async function copy(area: HTMLTextAreaElement): Promise<void> {
  const status = $(`[data-copied="${area.id}"]`);
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(area.value);
    status.textContent = 'Copied.';
  } catch {
    // No clipboard access (an http: page, a refused permission): select it for Ctrl+C.
    area.focus();
    area.select();
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

// ---- previews ----

let shownPage = '';
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function schedulePreview(html: string, config: Config): void {
  if (html === shownPage) return;
  shownPage = html;
  const mine = ++generation;
  previews.dataset.state = 'pending';
  clearTimeout(timer);
  timer = setTimeout(() => void render(html, config, mine), PREVIEW_DELAY);
}

async function render(html: string, config: Config, mine: number): Promise<void> {
  previews.dataset.state = 'loading';
  await Promise.all(frames.map((frame) => load(frame, html, config)));
  if (mine === generation) previews.dataset.state = 'ready';
}

function load(frame: HTMLIFrameElement, html: string, config: Config): Promise<void> {
  return new Promise((resolve) => {
    frame.addEventListener('load', () => void shown(frame, config).then(resolve, resolve), {
      once: true,
    });
    frame.srcdoc = html;
  });
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((r) => setTimeout(r, ms))]);
}

/** Waits until the element in a preview has rendered in the page's language. */
async function shown(frame: HTMLIFrameElement, config: Config): Promise<void> {
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  const el = doc?.querySelector<HTMLElement & { updateComplete?: Promise<boolean> }>(
    config.element,
  );
  if (!win || !doc || !el) return;
  fit(frame);
  await within(win.customElements.whenDefined(config.element), 5000);
  await within(el.updateComplete ?? Promise.resolve(true), 5000);
  const deadline = Date.now() + 5000;
  while (
    el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') !== config.lang &&
    Date.now() < deadline
  ) {
    await new Promise((r) => setTimeout(r, 20));
  }
  fit(frame);
}

/** The frame as tall as its page (up to a limit), scaled down to fit the column. */
function fit(frame: HTMLIFrameElement): void {
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  if (!doc || !win) return;
  const measure = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    frame.style.height = `${Math.min(Math.max(height, 120), MAX_PREVIEW_HEIGHT)}px`;
    scale(frame);
  };
  measure();
  const observed = frame as HTMLIFrameElement & { observedDocument?: Document };
  if (observed.observedDocument === doc) return;
  observed.observedDocument = doc;
  // The frame's own ResizeObserver: it watches the frame's document.
  const Observer = (win as Window & typeof globalThis).ResizeObserver;
  new Observer(measure).observe(doc.documentElement);
}

function scale(frame: HTMLIFrameElement): void {
  const box = frame.parentElement!;
  const width = Number(frame.closest<HTMLElement>('[data-width]')!.dataset.width);
  const factor = Math.min(1, box.clientWidth / width);
  frame.style.width = `${width}px`;
  frame.style.transform = factor < 1 ? `scale(${factor})` : '';
  box.style.height = `${Math.ceil(frame.offsetHeight * factor)}px`;
}

// ---- start ----

function touch(event: Event): void {
  const target = event.target as HTMLElement;
  // A therapist's message sits at the name, also when the role was typed.
  const control =
    target.closest<HTMLElement>('[data-field]') ??
    target.closest('#therapists > li')?.querySelector<HTMLElement>('[data-field]');
  if (control) control.dataset.touched = 'true';
}

async function start(): Promise<void> {
  buildSections();
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', update);
  form.addEventListener('change', (event) => {
    touch(event);
    update();
  });
  addTherapistButton.addEventListener('click', () => {
    addTherapist().focus();
    update();
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', () => {
      void copy($<HTMLTextAreaElement>(`#${button.dataset.copy}`));
    });
  }
  // Wrapped lines change with the width (a turned phone, a zoom): refit then.
  let textWidth = 0;
  new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (width === textWidth) return;
    textWidth = width;
    fitText(snippetArea);
    fitText(stylesheetArea);
  }).observe(snippetArea);
  for (const frame of frames) {
    frame.style.height = '400px';
    // Rescaled when the column's width changes (scaling itself changes only the height).
    let boxWidth = 0;
    new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width === boxWidth) return;
      boxWidth = width;
      scale(frame);
    }).observe(frame.parentElement!);
  }
  update();
  try {
    await loadColours();
  } catch (error) {
    coloursBox.textContent = `The colours could not be loaded (${String(error)}).`;
  }
  update();
  document.documentElement.dataset.configurator = 'ready';
}

void start();
