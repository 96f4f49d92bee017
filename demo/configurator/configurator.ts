/**
 * The snippet configurator's page (demo/configurator.html): reads the form, checks what
 * is typed with the elements' own rules (./snippet.ts), writes the snippet and shows it
 * in two preview pages, at phone and desktop width. Its texts are in ./texts.ts, Dutch
 * by default, English with the switch at the top (kept in the URL, `?lang=en`). Bundled
 * by rollup into configurator.js (see rollup.config.mjs).
 */
import {
  SECTIONS,
  TAGS,
  defaultConfig,
  filesToUpload,
  generate,
  page,
  type BuildFacts,
  type Config,
  type Field,
  type Lang,
  type Snippet,
  type Tag,
} from './snippet.js';
import { TEXTS, list, text, type TextKey } from './texts.js';

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

const elementOrder = $('#elements-order');
const sourceHint = $('#source-cdn-hint');
const sitePathField = $('#site-path-field');
const uploadHint = $('#site-path-upload');
const scriptsHint = $('#snippet-scripts');
const previewSource = $('#preview-source');

/** This server's build: the previews load its files when the snippet's cannot be reached. */
const LOCAL_DIST = new URL('../../dist/', import.meta.url).href;
const MANIFEST = new URL('../../custom-elements.json', import.meta.url).href;
const FACTS = new URL('./build-facts.json', import.meta.url).href;
/** A preview taller than this scrolls inside its frame. */
const MAX_PREVIEW_HEIGHT = 1200;
/** Typing pauses this long before the previews reload. */
const PREVIEW_DELAY = 250;

// ---- the page's own language ----

let ui: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nl';

function t(key: TextKey, ...values: Array<string | number>): string {
  return text(ui, key, ...values);
}

function isTextKey(key: string | undefined): key is TextKey {
  return key !== undefined && Object.hasOwn(TEXTS, key);
}

/** Fills every `data-text` element and `data-text-<attribute>` attribute in `ui`. */
function applyTexts(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    for (const name of el.getAttributeNames()) {
      if (!name.startsWith('data-text')) continue;
      const key = el.getAttribute(name) ?? undefined;
      if (!isTextKey(key)) continue;
      if (name === 'data-text') el.textContent = t(key);
      else el.setAttribute(name.slice('data-text-'.length), t(key));
    }
  }
}

function setLanguage(lang: Lang): void {
  ui = lang;
  document.documentElement.lang = lang;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-ui-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.uiLang === lang));
  }
  applyTexts();
  numberTherapists();
  for (const status of document.querySelectorAll('[data-copied]')) status.textContent = '';
}

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

/** The chosen elements in the order they were ticked. */
let chosenElements: Tag[] = ['rug-contact-card'];

function syncElements(): void {
  const ticked = checkedValues('input[name="element"]').filter((v): v is Tag =>
    (TAGS as readonly string[]).includes(v),
  );
  chosenElements = [
    ...chosenElements.filter((tag) => ticked.includes(tag)),
    ...ticked.filter((tag) => !chosenElements.includes(tag)),
  ];
}

function readConfig(): Config {
  const config = defaultConfig();
  config.ui = ui;
  config.elements = [...chosenElements];
  config.lang = radio('lang') === 'en' ? 'en' : 'nl';
  config.source = radio('source') === 'site' ? 'site' : 'cdn';
  config.sitePath = value('site-path');
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
  const own = config.elements.flatMap((tag) => colourProperties.get(tag) ?? []);
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
  textKey: TextKey,
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
  const words = document.createElement('span');
  words.dataset.text = textKey;
  label.append(words);
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
  for (const id of SECTIONS) {
    const show = choice('checkbox', `section-${id}`, 'sections', `section.${id}`, id);
    $<HTMLInputElement>('input', show).value = id;
    $<HTMLInputElement>('input', show).checked = true;
    shown.append(show);
    const opened = choice('checkbox', `open-${id}`, 'open', `section.${id}`);
    $<HTMLInputElement>('input', opened).value = id;
    open.append(opened);
  }
}

/** A section that is not shown cannot be open. */
function syncOpenSections(): void {
  for (const id of SECTIONS) {
    $<HTMLInputElement>(`#open-${id}`).disabled = !checked(`section-${id}`);
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
  for (const [part, key] of [
    ['name', 'therapist.name'],
    ['role', 'therapist.role'],
  ] as const) {
    const field = document.createElement('div');
    field.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = `${id}-${part}`;
    label.dataset.text = key;
    label.textContent = t(key);
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
  const words = document.createElement('span');
  words.dataset.text = 'therapist.remove';
  words.textContent = t('therapist.remove');
  remove.append(words);
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
    $('legend', row).textContent = t('therapist.legend', index + 1);
    $('.remove .visually-hidden', row).textContent = t('therapist.which', index + 1);
    $<HTMLInputElement>('input[data-part="name"]', row).dataset.field = `therapist-${index}`;
  });
}

// ---- colours, from custom-elements.json ----

interface ColourProperty {
  name: string;
  /** The element's default as written in the manifest (`#1d4ed8`, `inherit`). */
  default: string;
}

interface Manifest {
  modules: Array<{
    declarations?: Array<{
      tagName?: string;
      cssProperties?: Array<{ name: string; default?: string }>;
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
        .map((p) => ({ name: p.name, default: p.default ?? '' })),
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

/** The colour's name in the page's language (texts.ts has one for every `--rug-color-*`). */
function colourLabel(name: string): string {
  const key = `colour.${name}`;
  return isTextKey(key) ? t(key) : name;
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
  label.dataset.text = `colour.${name}`;
  label.textContent = colourLabel(name);
  const hint = document.createElement('span');
  hint.className = 'hint';
  hint.id = `${id}-hint`;
  hint.dataset.text = `colour.${name}.hint`;
  const shown = document.createElement('span');
  shown.id = `${id}-value`;
  shown.className = 'colour-value';
  text.append(label, hint, shown);
  const reset = document.createElement('button');
  reset.type = 'button';
  const words = document.createElement('span');
  words.dataset.text = 'colour.reset';
  const which = document.createElement('span');
  which.className = 'visually-hidden';
  which.dataset.text = `colour.${name}`;
  reset.append(words, ' ', which);
  input.addEventListener('input', () => chosenColours.set(name, input.value));
  reset.addEventListener('click', () => {
    chosenColours.delete(name);
    input.focus();
    update();
  });
  row.append(input, text, reset);
  applyTexts(row);
  return row;
}

/** Shows the chosen elements' colours with their defaults (the first element's). */
function syncColours(tags: Tag[]): void {
  const own = tags.flatMap((tag) => colourProperties.get(tag) ?? []);
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
    $('.colour-value', row).textContent = chosen
      ? t('colour.changed', property.name, input.value)
      : t('colour.default', property.name, fallback ?? property.default);
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
  const summary = [ui, ...listed.map((control) => `${control.id}:${fieldName(control)}`)].join('|');
  if (problemsStatus.dataset.summary === summary) return;
  problemsStatus.dataset.summary = summary;
  problemsStatus.replaceChildren();
  if (listed.length === 0) return;
  problemsStatus.append(t('problems.intro'));
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

let facts: BuildFacts | undefined;

function update(): void {
  if (!facts) return;
  syncOpenSections();
  syncElements();
  const config = readConfig();
  for (const options of form.querySelectorAll<HTMLElement>('fieldset[data-for]')) {
    options.hidden = !config.elements.includes(options.dataset.for as Tag);
  }
  elementOrder.textContent =
    config.elements.length > 1
      ? t('elements.order', config.elements.map((tag) => t(`element.${tag}`)).join(', '))
      : '';
  syncColours(config.elements);
  const snippet = generate(config, location.href, facts);
  showProblems(snippet.problems);
  show(snippetArea, snippet.html);
  describeFiles(config, snippet, facts);
  const separate = config.styleIn === 'stylesheet' && snippet.css !== '';
  const appears = separate && stylesheetOutput.hidden;
  stylesheetOutput.hidden = !separate;
  show(stylesheetArea, separate ? snippet.css : '');
  if (appears) fitText(stylesheetArea);
  const local = previewFolder(snippet.folder);
  schedulePreview(
    page(config, snippet, (file) => local.folder + file),
    config,
  );
}

/**
 * Where the previews load the snippet's files from: the snippet's own folder when it is
 * this server's dist/, else the files of the same names there (a CDN or the clinic's site
 * cannot be reached from here, or not yet hold them).
 */
function previewFolder(folder: string | null): { folder: string; same: boolean } {
  const resolved = folder === null ? null : new URL(folder, location.href).href;
  return resolved === LOCAL_DIST
    ? { folder: resolved, same: true }
    : { folder: LOCAL_DIST, same: false };
}

/** The sentences on the files: the CDN's version, what to upload, what the previews load. */
function describeFiles(config: Config, snippet: Snippet, buildFacts: BuildFacts): void {
  sourceHint.textContent = t('source.cdn.hint', buildFacts.name, buildFacts.version);
  sitePathField.hidden = config.source !== 'site';
  const upload = filesToUpload(snippet.scripts, buildFacts).map((file) =>
    file === buildFacts.english ? t('source.english', file) : file,
  );
  uploadHint.textContent =
    config.source === 'site' && snippet.folder !== null
      ? t('source.upload', buildFacts.version, snippet.folder, list(ui, upload))
      : '';
  scriptsHint.textContent =
    snippet.elements.length > 0
      ? t(
          'snippet.scripts',
          list(ui, snippet.scripts.entries),
          (snippet.scripts.bytes / 1000).toLocaleString(ui, { maximumFractionDigits: 1 }),
        )
      : '';
  const local = previewFolder(snippet.folder);
  previewSource.textContent =
    snippet.folder === null
      ? ''
      : local.same
        ? t('preview.sameFiles', snippet.folder)
        : t(
            'preview.localFiles',
            new URL(snippet.folder, location.href).origin === location.origin
              ? snippet.folder
              : new URL(snippet.folder).host,
          );
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
    status.textContent = t('copy.done');
  } catch {
    // No clipboard access (an http: page, a refused permission): select it for Ctrl+C.
    area.focus();
    area.select();
    status.textContent = t('copy.selected');
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

/** Waits until the elements in a preview have rendered in the page's language. */
async function shown(frame: HTMLIFrameElement, config: Config): Promise<void> {
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) return;
  fit(frame);
  const deadline = Date.now() + 5000;
  for (const tag of config.elements) {
    const el = doc.querySelector<HTMLElement & { updateComplete?: Promise<boolean> }>(tag);
    if (!el) continue;
    await within(win.customElements.whenDefined(tag), 5000);
    await within(el.updateComplete ?? Promise.resolve(true), 5000);
    while (
      el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') !== config.lang &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 20));
    }
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

async function loadFacts(): Promise<BuildFacts> {
  const response = await fetch(FACTS);
  if (!response.ok) throw new Error(`${FACTS}: ${response.status}`);
  return (await response.json()) as BuildFacts;
}

async function start(): Promise<void> {
  buildSections();
  setLanguage(ui);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-ui-lang]')) {
    button.addEventListener('click', () => {
      setLanguage(button.dataset.uiLang === 'en' ? 'en' : 'nl');
      const url = new URL(location.href);
      url.searchParams.set('lang', ui);
      history.replaceState(null, '', url);
      update();
    });
  }
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
  try {
    facts = await loadFacts();
  } catch (error) {
    problemsStatus.textContent = t('facts.failed', String(error));
    return;
  }
  update();
  try {
    await loadColours();
  } catch (error) {
    coloursBox.textContent = t('colours.failed', String(error));
  }
  update();
  document.documentElement.dataset.configurator = 'ready';
}

void start();
