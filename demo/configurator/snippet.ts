/**
 * The configurator's model: from what a web editor chose to the snippet they paste.
 * Pure (no DOM but `URL`), so the snippet is a function of the choices alone. What is
 * typed is checked with the same code the elements use (`src/internal/links.ts`, the
 * card's opening-hours parser); a value they would refuse is left out, with a message.
 */
import { e164, mailtoUrl, webUrl } from '../../src/internal/links.js';
import { parseOpeningHours } from '../../src/components/contact-card/opening-hours.js';

import { text, type Lang } from './texts.js';

export { LANGS, type Lang } from './texts.js';

export const TAGS = ['rug-info-accordion', 'rug-course-checker', 'rug-contact-card'] as const;
export type Tag = (typeof TAGS)[number];

/**
 * The accordion's built-in section ids in their default order (titles: texts.ts); the same
 * list as the element's SECTION_IDS (a test checks), written here so this module does not
 * bundle Lit.
 */
export const SECTIONS = [
  'what',
  'spine',
  'specific',
  'aspecific',
  'normal-course',
  'deviant-course',
  'treatment',
  'origene',
  'more-info',
] as const;

/** jsDelivr's npm endpoint: `https://cdn.jsdelivr.net/npm/package@version/file`. */
export const CDN = 'https://cdn.jsdelivr.net/npm/';
export const DEFAULT_SITE_PATH = '/rugwijzer/';
export const DEFAULT_HEADING_LEVEL = 3;
/** The file that registers all three elements. */
export const BUNDLE = 'rugwijzer.js';

/**
 * What the build knows and the configurator needs (demo/configurator/build-facts.json,
 * written by rollup.config.mjs after dist/ is built).
 */
export interface BuildFacts {
  /** The package's name and version, from package.json. */
  name: string;
  version: string;
  /** Brotli bytes of each file in dist/ (`npm run size`'s figures). */
  bytes: Record<string, number>;
  /** Per entry file (`rugwijzer.js`, `rug-*.js`): it and the files it imports statically. */
  loads: Record<string, string[]>;
  /** The English chunk, loaded only on English pages, beside the entry files. */
  english: string;
}

export interface Therapist {
  name: string;
  role: string;
}

export interface Config {
  /** The configurator's own language: the messages and the comments in the CSS. */
  ui: Lang;
  /** The chosen elements, in the order they go on the page. */
  elements: Tag[];
  /** The elements' language. */
  lang: Lang;
  /** Where the site loads the files from: jsDelivr, or a folder on the site itself. */
  source: 'cdn' | 'site';
  /** The folder on the site, for `source: 'site'`: a path or an https:// URL. */
  sitePath: string;
  accordion: {
    /** Chosen section ids; shown in the default order. */
    sections: string[];
    open: string[];
    exclusive: boolean;
    headingLevel: number;
  };
  checker: { contactUrl: string };
  card: {
    name: string;
    phone: string;
    email: string;
    website: string;
    address: string;
    bookingUrl: string;
    openingHours: string;
    therapists: Therapist[];
    structuredData: boolean;
  };
  /** `--rug-*` colours that differ from the elements' defaults, `[property, #rrggbb]`. */
  colours: Array<[string, string]>;
  /** Adds the README's no-layout-shift rules. */
  reserveSpace: boolean;
  /** `snippet`: the style is a `<style>` in the snippet; `stylesheet`: a separate block. */
  styleIn: 'snippet' | 'stylesheet';
}

export function defaultConfig(): Config {
  return {
    ui: 'nl',
    elements: ['rug-contact-card'],
    lang: 'nl',
    source: 'cdn',
    sitePath: DEFAULT_SITE_PATH,
    accordion: {
      sections: [...SECTIONS],
      open: [],
      exclusive: false,
      headingLevel: DEFAULT_HEADING_LEVEL,
    },
    checker: { contactUrl: '' },
    card: {
      name: '',
      phone: '',
      email: '',
      website: '',
      address: '',
      bookingUrl: '',
      openingHours: '',
      therapists: [],
      structuredData: false,
    },
    colours: [],
    reserveSpace: true,
    styleIn: 'snippet',
  };
}

/** The fields that can be refused; a therapist row is `therapist-<index>`. */
export type Field =
  | 'elements'
  | 'sitePath'
  | 'sections'
  | 'contactUrl'
  | 'phone'
  | 'email'
  | 'website'
  | 'bookingUrl'
  | 'openingHours'
  | `therapist-${number}`;

/** The script files a page loads: what its script tags name, and all they bring. */
export interface Scripts {
  /** The files the script tags name, in order. */
  entries: string[];
  /** Those and every file they import statically: what a Dutch page downloads. */
  files: string[];
  /** Brotli bytes of `files`. */
  bytes: number;
}

export interface ElementSnippet {
  tag: Tag;
  /** The element's attributes in the order written; `true` for a boolean attribute. */
  attributes: Array<[string, string | true]>;
  /** The element, with its attributes. */
  html: string;
}

export interface Snippet {
  elements: ElementSnippet[];
  /** What was refused, with a message for the field; refused values are left out. */
  problems: Map<Field, string>;
  /** The smallest set of files for the chosen elements. */
  scripts: Scripts;
  /** The folder the script tags point into (ends in `/`), or `null` when refused. */
  folder: string | null;
  /** Colours and the no-layout-shift rules ('' when there are none). */
  css: string;
  /** What the web editor pastes: script tags, `<style>` (when in the snippet), elements. */
  html: string;
}

/** Escapes text for an attribute value between `quote`s (and `<`, `>` for sanitizers). */
export function escapeAttribute(value: string, quote: '"' | "'" = '"'): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&#39;');
}

/** `name="value"`, or `name='value'` when that reads better (JSON), or `name` for `true`. */
export function attribute(name: string, value: string | true): string {
  if (value === true) return name;
  const quote = value.includes('"') && !value.includes("'") ? "'" : '"';
  return `${name}=${quote}${escapeAttribute(value, quote)}${quote}`;
}

/** The card's contact fields: once one is set, the card shows only what is set. */
const CARD_FIELDS = [
  'name',
  'phone',
  'email',
  'website',
  'address',
  'booking-url',
  'opening-hours',
  'therapists',
];

const COLOUR = /^#[\da-f]{6}$/i;
const PROPERTY = /^--rug-[a-z-]+$/;
/** A path on the site: `/`, then URL path characters, not `//` (another host). */
const SITE_PATH = /^\/(?!\/)[\w.~!$&'()*+,;=:@%/-]*$/;

/**
 * The smallest set of files for these elements, by the build's brotli bytes: each
 * element's own file (they share their common chunks), or `rugwijzer.js` with all three
 * when that is smaller (a tie goes to the one script tag).
 */
export function smallestScripts(tags: readonly Tag[], facts: BuildFacts): Scripts {
  const measure = (entries: string[]): Scripts => {
    const files = [...new Set(entries.flatMap((entry) => facts.loads[entry] ?? [entry]))];
    return {
      entries,
      files,
      bytes: files.reduce((sum, file) => sum + (facts.bytes[file] ?? 0), 0),
    };
  };
  const own = measure(tags.map((tag) => `${tag}.js`));
  const bundle = measure([BUNDLE]);
  return own.bytes < bundle.bytes ? own : bundle;
}

/** Every file to put on the site for these scripts: theirs and the English chunk. */
export function filesToUpload(scripts: Scripts, facts: BuildFacts): string[] {
  return [...scripts.files, facts.english];
}

/** Checks what was typed and writes the snippet. `base` resolves paths, as a page would. */
export function generate(config: Config, base: string, facts: BuildFacts): Snippet {
  const problems = new Map<Field, string>();
  const t = (key: Parameters<typeof text>[1], ...values: Array<string | number>) =>
    text(config.ui, key, ...values);
  const tags = [...new Set(config.elements)].filter((tag) => TAGS.includes(tag));
  if (tags.length === 0) problems.set('elements', t('elements.none'));

  const elements = tags.map((tag) => {
    const attributes = elementAttributes(tag, config, base, problems);
    return { tag, attributes, html: elementHtml(tag, attributes) };
  });
  const scripts = smallestScripts(tags, facts);
  const folder = scriptFolder(config, base, facts, problems);
  const css = styles(
    config,
    !elements.some(
      (el) => el.tag === 'rug-contact-card' && el.attributes.some(([n]) => CARD_FIELDS.includes(n)),
    ),
  );
  const parts =
    elements.length === 0
      ? []
      : [
          ...(folder === null ? [] : scripts.entries.map((file) => scriptTag(folder + file))),
          config.styleIn === 'snippet' && css ? `<style>\n${indent(css)}\n</style>` : '',
          ...elements.map((el) => el.html),
        ];
  const html = parts.filter(Boolean).join('\n');
  return { elements, problems, scripts, folder, css, html: html ? `${html}\n` : '' };
}

/** One element's attributes; what it would refuse goes into `problems` instead. */
function elementAttributes(
  tag: Tag,
  config: Config,
  base: string,
  problems: Map<Field, string>,
): Array<[string, string | true]> {
  const t = (key: Parameters<typeof text>[1], ...values: Array<string | number>) =>
    text(config.ui, key, ...values);
  const attributes: Array<[string, string | true]> = [['lang', config.lang]];

  /** A website or booking link, kept as typed when the card would link it. */
  const web = (field: Field, name: string, value: string) => {
    const typed = value.trim();
    if (typed === '') return;
    if (webUrl(typed, base) === null) problems.set(field, t('problem.url'));
    else attributes.push([name, typed]);
  };

  switch (tag) {
    case 'rug-info-accordion': {
      const { sections, open, exclusive, headingLevel } = config.accordion;
      const chosen = SECTIONS.filter((id) => sections.includes(id));
      if (chosen.length === 0) problems.set('sections', t('problem.sections'));
      else if (chosen.length < SECTIONS.length) attributes.push(['sections', chosen.join(' ')]);
      const shown = chosen.length === 0 ? SECTIONS : chosen;
      const opened = shown.filter((id) => open.includes(id));
      // With `exclusive` the element opens only the first one; the snippet says just that.
      if (opened.length > 0)
        attributes.push(['open', (exclusive ? opened.slice(0, 1) : opened).join(' ')]);
      if (exclusive) attributes.push(['exclusive', true]);
      if (headingLevel !== DEFAULT_HEADING_LEVEL && Number.isInteger(headingLevel)) {
        if (headingLevel >= 1 && headingLevel <= 6)
          attributes.push(['heading-level', String(headingLevel)]);
      }
      break;
    }
    case 'rug-course-checker':
      web('contactUrl', 'contact-url', config.checker.contactUrl);
      break;
    case 'rug-contact-card': {
      const card = config.card;
      const name = card.name.trim();
      if (name) attributes.push(['name', name]);
      const phone = card.phone.trim();
      if (phone) {
        if (e164(phone) === null) problems.set('phone', t('problem.phone'));
        else attributes.push(['phone', phone]);
      }
      const email = card.email.trim();
      if (email) {
        if (mailtoUrl(email) === null) problems.set('email', t('problem.email'));
        else attributes.push(['email', email]);
      }
      web('website', 'website', card.website);
      const address = card.address.trim();
      if (address) attributes.push(['address', address]);
      web('bookingUrl', 'booking-url', card.bookingUrl);
      if (card.openingHours.trim()) {
        const { specs, invalid } = parseOpeningHours(card.openingHours);
        if (invalid.length > 0) {
          const parts = invalid.map((part) => `“${part}”`).join(', ');
          problems.set(
            'openingHours',
            `${t('problem.hours', parts)} ${t(specs.length > 0 ? 'problem.hours.rest' : 'problem.hours.none')}`,
          );
        }
        if (specs.length > 0)
          attributes.push(['opening-hours', specs.map((s) => s.text).join('; ')]);
      }
      const therapists: Therapist[] = [];
      card.therapists.forEach((row, index) => {
        const therapistName = row.name.trim();
        const role = row.role.trim();
        if (therapistName) therapists.push({ name: therapistName, role });
        else if (role) problems.set(`therapist-${index}`, t('problem.therapist'));
      });
      if (therapists.length > 0) {
        const json = therapists.map((th) =>
          th.role ? { name: th.name, role: th.role } : { name: th.name },
        );
        attributes.push(['therapists', JSON.stringify(json)]);
      }
      if (card.structuredData) attributes.push(['structured-data', true]);
      break;
    }
  }
  return attributes;
}

/**
 * The folder the script tags load from: jsDelivr's URL of this exact version's dist/,
 * or the site's folder (a path such as `/rugwijzer/` or an https:// URL), ending in `/`.
 */
function scriptFolder(
  config: Config,
  base: string,
  facts: BuildFacts,
  problems: Map<Field, string>,
): string | null {
  if (config.source === 'cdn') return `${CDN}${facts.name}@${facts.version}/dist/`;
  const typed = config.sitePath.trim();
  const folder = (path: string) => (path.endsWith('/') ? path : `${path}/`);
  const isFile = /\.m?js$/i.test(typed);
  if (!isFile && SITE_PATH.test(typed)) return folder(typed);
  if (!isFile && /^https:\/\//i.test(typed) && !/[?#\s]/.test(typed)) {
    try {
      const url = new URL(typed, base);
      if (!url.username && !url.password) return folder(url.href);
    } catch {
      // Not a URL: refused below.
    }
  }
  problems.set('sitePath', text(config.ui, 'problem.sitePath'));
  return null;
}

export function scriptTag(src: string): string {
  return `<script type="module" ${attribute('src', src)}></script>`;
}

function elementHtml(tag: Tag, attributes: Array<[string, string | true]>): string {
  const written = attributes.map(([name, value]) => attribute(name, value));
  if (written.length <= 1) return `<${tag}${written.map((a) => ` ${a}`).join('')}></${tag}>`;
  return `<${tag}\n${written.map((a) => `  ${a}`).join('\n')}\n></${tag}>`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}

/**
 * The chosen colours, for every chosen element, and the README's no-layout-shift rules
 * for each chosen element. `defaultCard`: the card shows the default clinic.
 */
export function styles(config: Config, defaultCard = true): string {
  const tags = [...new Set(config.elements)];
  const blocks: string[] = [];
  const colours = config.colours.filter(
    ([name, value]) => PROPERTY.test(name) && COLOUR.test(value),
  );
  if (colours.length > 0 && tags.length > 0) {
    blocks.push(
      `${tags.join(',\n')} {\n${colours.map(([name, value]) => `  ${name}: ${value.toLowerCase()};`).join('\n')}\n}`,
    );
  }
  if (config.reserveSpace) {
    for (const tag of tags) blocks.push(...reserve(tag, config, defaultCard));
  }
  return blocks.join('\n');
}

/** Space for an element until its script has run (README, "Embedding", "No layout shift"). */
function reserve(tag: Tag, config: Config, defaultCard: boolean): string[] {
  const t = (key: Parameters<typeof text>[1], ...values: Array<string | number>) =>
    text(config.ui, key, ...values);
  const selector = `${tag}:not(:defined)`;
  const rule = (comment: string, height: string) =>
    `${comment ? `/* ${comment} */\n` : ''}${selector} {\n  display: block;\n  font-size: max(1em, 16px);\n  min-height: ${height};\n}`;
  const narrow = (height: string) =>
    `@media (max-width: 30em) {\n  ${selector} {\n    min-height: ${height};\n  }\n}`;
  switch (tag) {
    case 'rug-info-accordion': {
      const { sections, exclusive } = config.accordion;
      const count = SECTIONS.filter((id) => sections.includes(id)).length || SECTIONS.length;
      const one = count === 1 ? '.one' : '';
      const wide = exclusive
        ? rule(t(`css.accordion.exclusive${one}`, count), `calc(${count} * (3.15em + 1px) + 1px)`)
        : rule(
            t(`css.accordion${one}`, count),
            `calc(44px + 0.5em + ${count} * (3.15em + 1px) + 1px)`,
          );
      // The narrow height is measured for the nine sections: which headers wrap there
      // depends on the sections, so other sets get the wide height and a note.
      if (count !== SECTIONS.length) return [wide, `/* ${t('css.accordion.narrow')} */`];
      return [wide, narrow(exclusive ? 'calc(36.6em - 44px - 0.5em)' : '36.6em')];
    }
    case 'rug-course-checker':
      return [rule(t('css.space'), '82.8em'), narrow('123em')];
    case 'rug-contact-card':
      return [rule(t(defaultCard ? 'css.space' : 'css.card.own'), '16.5em'), narrow('30.3em')];
  }
}

/**
 * A whole page with the snippet, as a preview: `src` gives the URL it loads for each of
 * the snippet's script files; the style is in a `<style>`, wherever the snippet puts it.
 */
export function page(config: Config, snippet: Snippet, src: (file: string) => string): string {
  const style = snippet.css ? `<style>\n${indent(snippet.css)}\n</style>\n` : '';
  const scripts = snippet.scripts.entries.map((file) => `${scriptTag(src(file))}\n`).join('');
  return `<!doctype html>
<html lang="${config.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(config.lang, 'preview.page')}</title>
<style>body { margin: 16px; font-family: system-ui, sans-serif; }</style>
${scripts}${style}</head>
<body>
${snippet.elements.map((el) => el.html).join('\n')}
</body>
</html>
`;
}
