/**
 * The configurator's model: from what a web editor chose to the snippet they paste.
 * Pure (no DOM but `URL`), so the snippet is a function of the choices alone. What is
 * typed is checked with the same code the elements use (`src/internal/links.ts`, the
 * card's opening-hours parser); a value they would refuse is left out, with a message.
 */
import { e164, mailtoUrl, webUrl } from '../../src/internal/links.js';
import { parseOpeningHours } from '../../src/components/contact-card/opening-hours.js';

export const TAGS = ['rug-info-accordion', 'rug-course-checker', 'rug-contact-card'] as const;
export type Tag = (typeof TAGS)[number];

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The accordion's built-in sections in their default order, with their English titles. */
export const SECTIONS: ReadonlyArray<{ id: string; title: string }> = [
  { id: 'what', title: 'What is low back pain?' },
  { id: 'spine', title: 'The lower back' },
  { id: 'specific', title: 'Specific low back pain' },
  { id: 'aspecific', title: 'Non-specific low back pain' },
  { id: 'normal-course', title: 'Normal course of non-specific low back pain' },
  { id: 'deviant-course', title: 'Abnormal course of non-specific low back pain' },
  { id: 'treatment', title: 'Treatment: keep moving' },
  { id: 'origene', title: 'OriGENE back therapy' },
  { id: 'more-info', title: 'More information?' },
];

export const DEFAULT_SCRIPT_URL = 'https://cdn.example.nl/rugwijzer/1.0.0/rugwijzer.js';
export const DEFAULT_HEADING_LEVEL = 3;

export interface Therapist {
  name: string;
  role: string;
}

export interface Config {
  element: Tag;
  lang: Lang;
  /** Where the site loads `rugwijzer.js` from: a CDN URL or a path on the site. */
  scriptUrl: string;
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
  /** `--rug-*` colours that differ from the element's defaults, `[property, #rrggbb]`. */
  colours: Array<[string, string]>;
  /** Adds the README's no-layout-shift rules. */
  reserveSpace: boolean;
  /** `snippet`: the style is a `<style>` in the snippet; `stylesheet`: a separate block. */
  styleIn: 'snippet' | 'stylesheet';
}

export function defaultConfig(): Config {
  return {
    element: 'rug-contact-card',
    lang: 'nl',
    scriptUrl: DEFAULT_SCRIPT_URL,
    accordion: {
      sections: SECTIONS.map((s) => s.id),
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
  | 'scriptUrl'
  | 'sections'
  | 'contactUrl'
  | 'phone'
  | 'email'
  | 'website'
  | 'bookingUrl'
  | 'openingHours'
  | `therapist-${number}`;

export interface Snippet {
  /** The element's attributes in the order written; `true` for a boolean attribute. */
  attributes: Array<[string, string | true]>;
  /** What was refused, with a message for the field; refused values are left out. */
  problems: Map<Field, string>;
  /** The script URL as written in the snippet, or `null` when it was refused. */
  scriptUrl: string | null;
  /** The element, with its attributes. */
  element: string;
  /** Colours and the no-layout-shift rules ('' when there are none). */
  css: string;
  /** What the web editor pastes: script tag, `<style>` (when in the snippet), element. */
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

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const COLOUR = /^#[\da-f]{6}$/i;
const PROPERTY = /^--rug-[a-z-]+$/;

const URL_MESSAGE =
  'Use an address that starts with https://, a host such as www.example.nl or a path on your site such as /afspraak. Other kinds of links are refused, so this one is left out of the snippet.';

/** Checks what was typed and writes the snippet. `base` resolves paths, as a page would. */
export function generate(config: Config, base: string): Snippet {
  const problems = new Map<Field, string>();
  const attributes: Array<[string, string | true]> = [['lang', config.lang]];

  /** A website or booking link, kept as typed when the card would link it. */
  const web = (field: Field, name: string, value: string) => {
    const typed = value.trim();
    if (typed === '') return;
    if (webUrl(typed, base) === null) problems.set(field, URL_MESSAGE);
    else attributes.push([name, typed]);
  };

  switch (config.element) {
    case 'rug-info-accordion': {
      const { sections, open, exclusive, headingLevel } = config.accordion;
      const chosen = SECTIONS.map((s) => s.id).filter((id) => sections.includes(id));
      if (chosen.length === 0) {
        problems.set(
          'sections',
          'Choose at least one section. Without a choice the accordion shows all of them.',
        );
      } else if (chosen.length < SECTIONS.length) {
        attributes.push(['sections', chosen.join(' ')]);
      }
      const shown = chosen.length === 0 ? SECTIONS.map((s) => s.id) : chosen;
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
        if (e164(phone) === null) {
          problems.set(
            'phone',
            'This number cannot be dialled. Write it as people read it, such as 088-3270000 or +31 20 123 4567. It is left out of the snippet.',
          );
        } else attributes.push(['phone', phone]);
      }
      const email = card.email.trim();
      if (email) {
        if (mailtoUrl(email) === null) {
          problems.set(
            'email',
            'This is not an e-mail address such as info@example.nl. It is left out of the snippet.',
          );
        } else attributes.push(['email', email]);
      }
      web('website', 'website', card.website);
      const address = card.address.trim();
      if (address) attributes.push(['address', address]);
      web('bookingUrl', 'booking-url', card.bookingUrl);
      if (card.openingHours.trim()) {
        const { specs, invalid } = parseOpeningHours(card.openingHours);
        if (invalid.length > 0) {
          problems.set(
            'openingHours',
            `Not understood: ${invalid.map((part) => `“${part}”`).join(', ')}. Write days and times such as Mo-Fr 08:00-18:00; Sa 09:00-12:00 (days Mo Tu We Th Fr Sa Su). ${specs.length > 0 ? 'Only the rest is in the snippet.' : 'They are left out of the snippet.'}`,
          );
        }
        if (specs.length > 0)
          attributes.push(['opening-hours', specs.map((s) => s.text).join('; ')]);
      }
      const therapists: Therapist[] = [];
      card.therapists.forEach((row, index) => {
        const therapistName = row.name.trim();
        const role = row.role.trim();
        if (therapistName)
          therapists.push(role ? { name: therapistName, role } : { name: therapistName, role: '' });
        else if (role) {
          problems.set(
            `therapist-${index}`,
            'Give this therapist’s name, or remove the row. It is left out of the snippet.',
          );
        }
      });
      if (therapists.length > 0) {
        const json = therapists.map((t) =>
          t.role ? { name: t.name, role: t.role } : { name: t.name },
        );
        attributes.push(['therapists', JSON.stringify(json)]);
      }
      if (card.structuredData) attributes.push(['structured-data', true]);
      break;
    }
  }

  const scriptUrl = checkScriptUrl(config.scriptUrl, base, problems);
  // Without a contact field the card shows the seed clinic, whose heights the README has.
  const css = styles(config, !attributes.some(([name]) => CARD_FIELDS.includes(name)));
  const element = elementHtml(config.element, attributes);
  const parts = [
    scriptUrl === null ? '' : scriptTag(scriptUrl),
    config.styleIn === 'snippet' && css ? `<style>\n${indent(css)}\n</style>` : '',
    element,
  ];
  return {
    attributes,
    problems,
    scriptUrl,
    element,
    css,
    html: `${parts.filter(Boolean).join('\n')}\n`,
  };
}

/** A CDN URL (`https://…`, `//…`) or a path on the site; anything else gets a message. */
function checkScriptUrl(value: string, base: string, problems: Map<Field, string>): string | null {
  const typed = value.trim();
  let message = '';
  if (typed === '') message = 'Give the address of rugwijzer.js; without it nothing works.';
  else if (webUrl(typed, base) === null)
    message = URL_MESSAGE.replace('such as /afspraak', 'such as /rugwijzer/rugwijzer.js');
  else if (!SCHEME.test(typed) && !/^\.{0,2}\//.test(typed)) {
    message =
      'Start with https:// for a CDN or with / for a path on your site: a script address without them is read as a path below the page. The script tag is left out of the snippet.';
  }
  if (message) {
    problems.set('scriptUrl', message);
    return null;
  }
  return typed;
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

/** The chosen colours and the README's no-layout-shift rules for the chosen element. */
export function styles(config: Config, defaultCard = true): string {
  const tag = config.element;
  const blocks: string[] = [];
  const colours = config.colours.filter(
    ([name, value]) => PROPERTY.test(name) && COLOUR.test(value),
  );
  if (colours.length > 0) {
    blocks.push(
      `${tag} {\n${colours.map(([name, value]) => `  ${name}: ${value.toLowerCase()};`).join('\n')}\n}`,
    );
  }
  if (config.reserveSpace) blocks.push(...reserve(config, defaultCard));
  return blocks.join('\n');
}

/** Space for the element until its script has run (README, "Embedding", "No layout shift"). */
function reserve(config: Config, defaultCard: boolean): string[] {
  const tag = config.element;
  const selector = `${tag}:not(:defined)`;
  const rule = (comment: string, height: string) =>
    `${comment ? `/* ${comment} */\n` : ''}${selector} {\n  display: block;\n  font-size: max(1em, 16px);\n  min-height: ${height};\n}`;
  const narrow = (height: string) =>
    `@media (max-width: 30em) {\n  ${selector} {\n    min-height: ${height};\n  }\n}`;
  switch (tag) {
    case 'rug-info-accordion': {
      const { sections, exclusive } = config.accordion;
      const count = SECTIONS.filter((s) => sections.includes(s.id)).length || SECTIONS.length;
      const plural = count === 1 ? 'section' : 'sections';
      const wide = exclusive
        ? rule(
            `Closed, one at a time (no "show all"): per section a line and a 3.15em header; ${count} ${plural}.`,
            `calc(${count} * (3.15em + 1px) + 1px)`,
          )
        : rule(
            `Closed: "show all", then per section a line and a 3.15em header; ${count} ${plural}.`,
            `calc(44px + 0.5em + ${count} * (3.15em + 1px) + 1px)`,
          );
      // The narrow height is measured for the nine sections: which headers wrap there
      // depends on the sections, so other sets get the wide height and a note.
      if (count !== SECTIONS.length) {
        return [
          wide,
          '/* In a narrow column long headers wrap to two lines: measure the height there once (README, "Embedding"). */',
        ];
      }
      return [wide, narrow(exclusive ? 'calc(36.6em - 44px - 0.5em)' : '36.6em')];
    }
    case 'rug-course-checker':
      return [rule('Space until the script has run (no layout shift).', '82.8em'), narrow('123em')];
    case 'rug-contact-card':
      return [
        rule(
          defaultCard
            ? 'Space until the script has run (no layout shift).'
            : 'Space until the script has run (no layout shift), measured for the default card: with more or fewer details, measure yours once (README, "Embedding").',
          '16.5em',
        ),
        narrow('30.3em'),
      ];
  }
}

/**
 * A whole page with the snippet, as a preview: `src` is the bundle it loads instead of
 * the chosen script URL; the style is in a `<style>`, wherever the snippet puts it.
 */
export function page(config: Config, snippet: Snippet, src: string): string {
  const title = { nl: 'Voorbeeld', en: 'Preview' }[config.lang];
  const style = snippet.css ? `<style>\n${indent(snippet.css)}\n</style>\n` : '';
  return `<!doctype html>
<html lang="${config.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body { margin: 16px; font-family: system-ui, sans-serif; }</style>
${scriptTag(src)}
${style}</head>
<body>
${snippet.element}
</body>
</html>
`;
}
