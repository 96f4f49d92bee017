import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { webKit } from '../../support/keys.js';
import type { TemplateResult } from 'lit';
import type {
  RugContactChannel,
  RugContactDetail,
} from '../../../src/components/contact-card/contact-card.js';
import '../../../dist/rugwijzer.js';
import { recordWarnings, shadow, text } from '../../support/elements.js';

/** The public face of the element, as a developer uses it. */
interface ContactCard extends HTMLElement {
  name: string;
  phone: string;
  email: string;
  website: string;
  address: string;
  bookingUrl: string;
  openingHours: string;
  therapists: unknown;
  structuredData: boolean;
  updateComplete: Promise<boolean>;
  toVCard(): string;
}

type Texts = Record<
  'phone' | 'email' | 'website' | 'address' | 'hours' | 'therapists' | 'book' | 'vcard',
  string
> & { invitation: string };

const NL: Texts = {
  phone: 'Telefoon',
  email: 'E-mail',
  website: 'Website',
  address: 'Adres',
  hours: 'Openingstijden',
  therapists: 'Therapeuten',
  book: 'Afspraak maken',
  vcard: 'Toevoegen aan contacten',
  invitation: 'Wilt u meer informatie of wilt u een afspraak maken? Neem dan contact met ons op.',
};

const EN: Texts = {
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  address: 'Address',
  hours: 'Opening hours',
  therapists: 'Therapists',
  book: 'Make an appointment',
  vcard: 'Add to contacts',
  invitation:
    'Would you like more information or to make an appointment? Please get in touch with us.',
};

/** What only the seed's clinic shows; a partner's card shows none of it. */
const SEED_TEXT = [
  'Fysio Cura Plaza',
  '088-3270000',
  'fysiocuraplaza',
  'Hoofddorp',
  'Bas Besselink',
  'Antoine van den Berg',
];

const LD_JSON = 'script[type="application/ld+json"]';

// ---- a small harness: what a person sees in the card ----
// Assertions compare text, attributes and counts, never elements: a failing assertion that
// carries an element cannot be reported by the test runner and stalls the run.

function part(el: Element, name: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
  expect(found, `[part=${name}]`).to.not.equal(null);
  return found!;
}

function hasPart(el: Element, name: string): boolean {
  return shadow(el).querySelector(`[part~="${name}"]`) !== null;
}

/** The labels of the card's details, in order. */
function labels(el: Element): string[] {
  return [...shadow(el).querySelectorAll('dt')].map(text);
}

/** The value shown for a label, or `null` when the card does not show that detail. */
function detail(el: Element, label: string): HTMLElement | null {
  const dt = [...shadow(el).querySelectorAll('dt')].find((node) => text(node) === label);
  return (dt?.nextElementSibling as HTMLElement | null | undefined) ?? null;
}

function linkIn(el: Element, label: string): HTMLAnchorElement | null {
  return detail(el, label)?.querySelector('a') ?? null;
}

/** The links the card renders, as their `href` attributes. */
function hrefs(el: Element): Array<string | null> {
  return [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
}

function items(node: Element | null): string[] {
  return [...(node?.querySelectorAll('li') ?? [])].map(text);
}

function expectNoSeed(el: ContactCard): void {
  const shown = text(shadow(el));
  const vcard = el.toVCard();
  for (const seed of SEED_TEXT) {
    expect(shown, `shows ${seed}`).to.not.include(seed);
    expect(vcard, `vCard has ${seed}`).to.not.include(seed);
  }
}

function jsonLd(el: Element): unknown[] {
  return [...el.querySelectorAll(`:scope > ${LD_JSON}`)].map((script) =>
    JSON.parse(script.textContent ?? ''),
  );
}

async function card(template: TemplateResult | string): Promise<ContactCard> {
  return fixture<ContactCard>(template);
}

/** The card inside a container of a given width (a sidebar, a main column). */
async function cardIn(
  width: number,
  template: TemplateResult = html`<rug-contact-card></rug-contact-card>`,
): Promise<ContactCard> {
  const box = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${width}px`}>${template}</div>`,
  );
  const el = box.querySelector<ContactCard>('rug-contact-card')!;
  await el.updateComplete;
  return el;
}

async function inEnglish(el: ContactCard): Promise<void> {
  el.setAttribute('lang', 'en');
  await waitUntil(
    () => part(el, 'base').lang === 'en' && text(shadow(el)).includes(EN.vcard),
    'the card did not switch to English',
  );
}

/** One locale is shared by the page: every test starts and ends in Dutch. */
async function backToDutch(): Promise<void> {
  const cards = [...document.querySelectorAll<ContactCard>('rug-contact-card')];
  for (const el of cards) el.removeAttribute('lang');
  await waitUntil(
    () =>
      cards.every(
        (el) =>
          !el.isConnected ||
          (part(el, 'base').lang === 'nl' && text(shadow(el)).includes(NL.vcard)),
      ),
    'the page did not return to Dutch',
  );
}

/**
 * Clicks `target` and returns the `rug-contact` events the document heard. Navigation is
 * prevented once the click has reached the card, after the card's own handlers ran.
 */
function clickAndListen(
  el: ContactCard,
  target: HTMLElement,
): Array<CustomEvent<RugContactDetail>> {
  const heard: Array<CustomEvent<RugContactDetail>> = [];
  const listen = (event: Event) => heard.push(event as CustomEvent<RugContactDetail>);
  const stay = (event: Event) => event.preventDefault();
  document.addEventListener('rug-contact', listen);
  el.addEventListener('click', stay);
  try {
    target.click();
  } finally {
    document.removeEventListener('rug-contact', listen);
    el.removeEventListener('click', stay);
  }
  return heard;
}

function expectOneEvent(
  el: ContactCard,
  heard: Array<CustomEvent<RugContactDetail>>,
  channel: RugContactChannel,
): void {
  expect(heard.map((event) => event.detail)).to.deep.equal([{ channel }]);
  const [event] = heard;
  expect(event!.bubbles, 'bubbles').to.equal(true);
  expect(event!.composed, 'composed').to.equal(true);
  expect(event!.target === el, 'dispatched by the card').to.equal(true);
}

// ---- the tests ----

describe('<rug-contact-card>', () => {
  let stopWarnings = () => {};
  const realAnchorClick = HTMLAnchorElement.prototype.click;
  let warnings: string[] = [];
  /** What "add to contacts" would have downloaded, with the real download stubbed. */
  let downloads: Array<{ href: string; download: string }> = [];

  function stubDownloads(): void {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
    };
  }

  beforeEach(() => {
    ({ warnings, stop: stopWarnings } = recordWarnings());
    downloads = [];
  });

  afterEach(async () => {
    stopWarnings();
    HTMLAnchorElement.prototype.click = realAnchorClick;
    await backToDutch();
  });

  describe('accessibility', () => {
    for (const [layout, width] of [
      ['narrow', 240],
      ['wide', 800],
    ] as const) {
      it(`passes axe in Dutch, ${layout} (${width}px)`, async () => {
        const el = await cardIn(width);
        expect(part(el, 'base').lang).to.equal('nl');
        await expect(el).to.be.accessible();
      });

      it(`passes axe in English, ${layout} (${width}px)`, async () => {
        const el = await cardIn(width);
        await inEnglish(el);
        await expect(el).to.be.accessible();
      });

      it(`passes axe with every field and slotted therapists, ${layout} (${width}px)`, async () => {
        const el = await cardIn(
          width,
          html`<rug-contact-card
            name="Fysio Noord"
            phone="020-1234567"
            email="info@fysionoord.example"
            website="fysionoord.example"
            address="Kade 12, 1011 AB Amsterdam"
            booking-url="https://fysionoord.example/afspraak"
            opening-hours="Mo-Th 08:00-21:00; Fr 08:00-17:00"
          >
            <ul slot="therapists">
              <li>Sam de Vries, fysiotherapeut</li>
            </ul>
          </rug-contact-card>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('defaults: the seed’s clinic', () => {
    it('shows Fysio Cura Plaza, its phone, website, town and therapists', async () => {
      const el = await card(html`<rug-contact-card></rug-contact-card>`);
      expect(text(part(el, 'name'))).to.equal('Fysio Cura Plaza');
      expect(labels(el)).to.deep.equal([NL.phone, NL.website, NL.address, NL.therapists]);
      expect(text(detail(el, NL.address))).to.equal('Hoofddorp');
      expect(items(detail(el, NL.therapists))).to.deep.equal([
        'Bas Besselink, Sportfysiotherapeut',
        'Antoine van den Berg, Manueel therapeut',
      ]);
      expect(warnings).to.deep.equal([]);
    });

    it('links 088-3270000 as tel:+31883270000', async () => {
      const el = await card(html`<rug-contact-card></rug-contact-card>`);
      const phone = linkIn(el, NL.phone)!;
      expect(phone.getAttribute('href')).to.equal('tel:+31883270000');
      expect(text(phone)).to.equal('088-3270000');
    });

    it('links the website in a new tab with rel="noopener"', async () => {
      const el = await card(html`<rug-contact-card></rug-contact-card>`);
      const website = linkIn(el, NL.website)!;
      expect(website.getAttribute('href')).to.equal('https://www.fysiocuraplaza.nl/');
      expect(text(website)).to.equal('www.fysiocuraplaza.nl');
      expect(website.target).to.equal('_blank');
      expect(website.relList.contains('noopener')).to.equal(true);
    });

    it('shows the seed’s invitation to get in touch', async () => {
      const el = await card(html`<rug-contact-card></rug-contact-card>`);
      expect(text(shadow(el))).to.include(NL.invitation);
    });

    it('has an "add to contacts" button, no booking link, e-mail or hours', async () => {
      const el = await card(html`<rug-contact-card></rug-contact-card>`);
      const button = part(el, 'vcard');
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('type')).to.equal('button');
      expect(text(button)).to.equal(NL.vcard);
      expect(hasPart(el, 'booking')).to.equal(false);
      expect(labels(el)).to.not.include(NL.email);
      expect(labels(el)).to.not.include(NL.hours);
      expect(hrefs(el)).to.deep.equal(['tel:+31883270000', 'https://www.fysiocuraplaza.nl/']);
    });

    it('adds no structured data unless asked', async () => {
      const el = await card(html`<rug-contact-card></rug-contact-card>`);
      expect(el.structuredData).to.equal(false);
      expect(el.hasAttribute('structured-data')).to.equal(false);
      expect(document.querySelectorAll(LD_JSON).length).to.equal(0);
    });
  });

  describe('localisation', () => {
    it('shows every label, role and the invitation in English', async () => {
      const el = await card(html`<rug-contact-card></rug-contact-card>`);
      await inEnglish(el);
      expect(part(el, 'base').lang).to.equal('en');
      expect(labels(el)).to.deep.equal([EN.phone, EN.website, EN.address, EN.therapists]);
      expect(items(detail(el, EN.therapists))).to.deep.equal([
        'Bas Besselink, Sports physiotherapist',
        'Antoine van den Berg, Manual therapist',
      ]);
      expect(text(shadow(el))).to.include(EN.invitation);
      expect(text(part(el, 'vcard'))).to.equal(EN.vcard);
      expect(warnings).to.deep.equal([]);
    });

    it('labels every field in English', async () => {
      const el = await card(
        html`<rug-contact-card
          name="Harbour Physio"
          phone="020-1234567"
          email="hello@harbour.example"
          website="harbour.example"
          address="Kade 12"
          booking-url="https://harbour.example/book"
          opening-hours="Mo-Fr 08:00-18:00"
          therapists='[{"name":"Sam de Vries","role":"Sports physiotherapist"}]'
        ></rug-contact-card>`,
      );
      expect(labels(el)).to.deep.equal([
        NL.phone,
        NL.email,
        NL.website,
        NL.address,
        NL.hours,
        NL.therapists,
      ]);
      expect(text(part(el, 'booking'))).to.equal(NL.book);
      await inEnglish(el);
      expect(labels(el)).to.deep.equal([
        EN.phone,
        EN.email,
        EN.website,
        EN.address,
        EN.hours,
        EN.therapists,
      ]);
      expect(text(part(el, 'booking'))).to.equal(EN.book);
    });

    it('returns to Dutch when its lang is removed', async () => {
      const el = await card(html`<rug-contact-card></rug-contact-card>`);
      await inEnglish(el);
      el.removeAttribute('lang');
      await waitUntil(() => part(el, 'base').lang === 'nl', 'still English');
      expect(text(shadow(el))).to.include(NL.invitation);
      expect(labels(el)).to.include(NL.phone);
    });
  });

  describe('attributes', () => {
    it('name', async () => {
      const el = await card(html`<rug-contact-card name="  Fysio Noord  "></rug-contact-card>`);
      expect(text(part(el, 'name'))).to.equal('Fysio Noord');
      el.name = 'Fysio Zuid';
      await el.updateComplete;
      expect(text(part(el, 'name'))).to.equal('Fysio Zuid');
    });

    describe('phone: the tel: link is E.164, the text as written', () => {
      const cases: Array<[string, string]> = [
        ['088-3270000', '+31883270000'],
        ['088 327 00 00', '+31883270000'],
        ['+31 88 327 0000', '+31883270000'],
        ['+31 (0)88 327 0000', '+31883270000'],
        ['0031883270000', '+31883270000'],
        ['(088) 3270000', '+31883270000'],
        ['+44 20 7946 0000', '+442079460000'],
      ];
      for (const [phone, number] of cases) {
        it(`${JSON.stringify(phone)} → tel:${number}`, async () => {
          const el = await card(html`<rug-contact-card phone=${phone}></rug-contact-card>`);
          const link = linkIn(el, NL.phone)!;
          expect(link.getAttribute('href')).to.equal(`tel:${number}`);
          expect(text(link)).to.equal(phone);
          expect(warnings).to.deep.equal([]);
        });
      }
    });

    it('email: a mailto: link', async () => {
      const el = await card(
        html`<rug-contact-card email="info@fysionoord.example"></rug-contact-card>`,
      );
      const link = linkIn(el, NL.email)!;
      expect(link.getAttribute('href')).to.equal('mailto:info@fysionoord.example');
      expect(text(link)).to.equal('info@fysionoord.example');
      expect(warnings).to.deep.equal([]);
    });

    it('website: a bare host gets https:// and opens in a new tab', async () => {
      const el = await card(
        html`<rug-contact-card website="fysionoord.example"></rug-contact-card>`,
      );
      const link = linkIn(el, NL.website)!;
      expect(link.getAttribute('href')).to.equal('https://fysionoord.example/');
      expect(text(link)).to.equal('fysionoord.example');
      expect(link.target).to.equal('_blank');
      expect(link.relList.contains('noopener')).to.equal(true);
    });

    it('address', async () => {
      const el = await card(
        html`<rug-contact-card address="Kade 12, 1011 AB Amsterdam"></rug-contact-card>`,
      );
      expect(text(detail(el, NL.address))).to.equal('Kade 12, 1011 AB Amsterdam');
    });

    it('booking-url: "make an appointment" in a new tab with rel="noopener"', async () => {
      const el = await card(
        html`<rug-contact-card
          booking-url="https://fysionoord.example/afspraak"
        ></rug-contact-card>`,
      );
      const link = part(el, 'booking') as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal('https://fysionoord.example/afspraak');
      expect(text(link)).to.equal(NL.book);
      expect(link.target).to.equal('_blank');
      expect(link.relList.contains('noopener')).to.equal(true);
    });

    it('opening-hours: shown with Dutch, then English day names', async () => {
      const el = await card(
        html`<rug-contact-card
          opening-hours="Mo-Th 08:00-21:00; Fr 08:00-17:00; Sa,Su 10:00-12:00"
        ></rug-contact-card>`,
      );
      expect(items(detail(el, NL.hours))).to.deep.equal([
        'maandag – donderdag: 08:00–21:00',
        'vrijdag: 08:00–17:00',
        'zaterdag, zondag: 10:00–12:00',
      ]);
      await inEnglish(el);
      expect(items(detail(el, EN.hours))).to.deep.equal([
        'Monday – Thursday: 08:00–21:00',
        'Friday: 08:00–17:00',
        'Saturday, Sunday: 10:00–12:00',
      ]);
      expect(warnings).to.deep.equal([]);
    });

    it('therapists: the JSON list, with and without a role', async () => {
      const therapists = JSON.stringify([
        { name: 'Sam de Vries', role: 'Sportfysiotherapeut' },
        { name: 'Noor El Amrani' },
      ]);
      const el = await card(html`<rug-contact-card therapists=${therapists}></rug-contact-card>`);
      expect(items(detail(el, NL.therapists))).to.deep.equal([
        'Sam de Vries, Sportfysiotherapeut',
        'Noor El Amrani',
      ]);
      expect(warnings).to.deep.equal([]);
    });

    it('structured-data: reflects the property', async () => {
      const el = await card(html`<rug-contact-card></rug-contact-card>`);
      el.structuredData = true;
      await el.updateComplete;
      expect(el.hasAttribute('structured-data')).to.equal(true);
      expect(jsonLd(el)).to.have.length(1);
    });

    it('removing one field of a partner’s card leaves the others', async () => {
      const el = await card(
        html`<rug-contact-card
          name="Fysio Noord"
          phone="020-1234567"
          email="info@fysionoord.example"
          website="fysionoord.example"
          address="Kade 12"
          booking-url="/afspraak"
          opening-hours="Mo-Fr 08:00-18:00"
        ></rug-contact-card>`,
      );
      for (const attribute of [
        'phone',
        'email',
        'website',
        'address',
        'booking-url',
        'opening-hours',
      ]) {
        el.removeAttribute(attribute);
        await el.updateComplete;
      }
      expect(text(part(el, 'name'))).to.equal('Fysio Noord');
      expect(labels(el)).to.deep.equal([]);
      expect(hrefs(el)).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    });

    describe('setting any one contact field replaces the seed clinic as a whole', () => {
      const fields: Array<[string, string]> = [
        ['name', 'Fysio Noord'],
        ['phone', '020-1234567'],
        ['email', 'info@fysionoord.example'],
        ['website', 'fysionoord.example'],
        ['address', 'Kade 12, Amsterdam'],
        ['booking-url', 'https://fysionoord.example/afspraak'],
        ['opening-hours', 'Mo-Fr 08:00-18:00'],
        ['therapists', '[{"name":"Sam de Vries","role":"Fysiotherapeut"}]'],
      ];
      for (const [attribute, value] of fields) {
        it(`${attribute} alone: no seed name, phone, website or people; removed, the seed returns`, async () => {
          const el = await card(html`<rug-contact-card></rug-contact-card>`);
          el.setAttribute(attribute, value);
          await el.updateComplete;
          expectNoSeed(el);
          expect(hasPart(el, 'name')).to.equal(attribute === 'name');
          el.removeAttribute(attribute);
          await el.updateComplete;
          expect(text(part(el, 'name'))).to.equal('Fysio Cura Plaza');
          expect(linkIn(el, NL.phone)?.getAttribute('href')).to.equal('tel:+31883270000');
          expect(warnings).to.deep.equal([]);
        });
      }

      it('a blank field does not count as set', async () => {
        const el = await card(html`<rug-contact-card name="  " phone=""></rug-contact-card>`);
        expect(text(part(el, 'name'))).to.equal('Fysio Cura Plaza');
      });
    });
  });

  describe('link safety', () => {
    const refused: Array<[string, string]> = [
      ['javascript:', 'javascript:alert(1)'],
      ['mixed case', 'JaVaScRiPt:alert(1)'],
      ['leading whitespace', '  javascript:alert(1)'],
      ['a tab inside the scheme', 'java\tscript:alert(1)'],
      ['data:', 'data:text/html,<script>alert(1)</script>'],
      ['vbscript:', 'vbscript:msgbox(1)'],
      ['ftp:', 'ftp://fysionoord.example/'],
      ['no host, no path', 'afspraak'],
    ];
    const allowed: Array<[string, string, () => string]> = [
      [
        'https:',
        'https://fysionoord.example/afspraak',
        () => 'https://fysionoord.example/afspraak',
      ],
      ['a bare host', 'fysionoord.example/afspraak', () => 'https://fysionoord.example/afspraak'],
      ['relative /', '/afspraak', () => new URL('/afspraak', document.baseURI).href],
      ['relative ./', './afspraak', () => new URL('./afspraak', document.baseURI).href],
      ['relative ../', '../afspraak', () => new URL('../afspraak', document.baseURI).href],
    ];

    /** The link the attribute makes, or null. */
    const linkFor = (el: ContactCard, attribute: string): HTMLAnchorElement | null =>
      attribute === 'website'
        ? linkIn(el, NL.website)
        : shadow(el).querySelector<HTMLAnchorElement>('[part~="booking"]');

    for (const attribute of ['website', 'booking-url']) {
      describe(attribute, () => {
        for (const [title, value] of refused) {
          it(`refuses ${title} (${JSON.stringify(value)}): no link at all, a warning`, async () => {
            const el = await card(
              html`<rug-contact-card
                name="Fysio Noord"
                website=${attribute === 'website' ? value : ''}
                booking-url=${attribute === 'booking-url' ? value : ''}
              ></rug-contact-card>`,
            );
            expect(linkFor(el, attribute) === null, 'no link').to.equal(true);
            expect(hrefs(el)).to.deep.equal([]);
            // Not even as text: the card shows its name and nothing else.
            expect(labels(el)).to.deep.equal([]);
            expect(warnings).to.have.length(1);
            expect(warnings[0]).to.include('rug-contact-card');
            expect(warnings[0]).to.include(`${attribute}=${JSON.stringify(value)}`);
          });
        }

        for (const [title, value, href] of allowed) {
          it(`links ${title} (${JSON.stringify(value)})`, async () => {
            const el = await card(
              html`<rug-contact-card
                name="Fysio Noord"
                website=${attribute === 'website' ? value : ''}
                booking-url=${attribute === 'booking-url' ? value : ''}
              ></rug-contact-card>`,
            );
            const link = linkFor(el, attribute)!;
            expect(link.href).to.equal(href());
            expect(link.target).to.equal('_blank');
            expect(link.relList.contains('noopener')).to.equal(true);
            expect(warnings).to.deep.equal([]);
          });
        }

        it('an empty value renders no link and no warning', async () => {
          const el = await card(
            html`<rug-contact-card
              name="Fysio Noord"
              website=""
              booking-url=""
            ></rug-contact-card>`,
          );
          expect(linkFor(el, attribute) === null, 'no link').to.equal(true);
          expect(hrefs(el)).to.deep.equal([]);
          expect(warnings).to.deep.equal([]);
        });
      });
    }

    it('catches an entity-encoded scheme written in the page’s HTML', async () => {
      const el = await card(
        '<rug-contact-card name="Fysio Noord" website="&#106;avascript:alert(1)" booking-url="&#x4A;avascript&colon;alert(1)"></rug-contact-card>',
      );
      expect(hrefs(el)).to.deep.equal([]);
      expect(warnings).to.have.length(2);
    });

    it('renders only http(s):, tel: and mailto: links', async () => {
      const el = await card(
        html`<rug-contact-card
          name="Fysio Noord"
          phone="020-1234567"
          email="info@fysionoord.example"
          website="fysionoord.example"
          booking-url="/afspraak"
        ></rug-contact-card>`,
      );
      const protocols = [...shadow(el).querySelectorAll('a')].map((a) => a.protocol);
      expect(protocols).to.deep.equal(['tel:', 'mailto:', 'https:', location.protocol]);
    });
  });

  describe('bad input', () => {
    for (const phone of ['abc', '12', '088-3270000 ext 2']) {
      it(`phone ${JSON.stringify(phone)}: shown as text without a link, with a warning`, async () => {
        const el = await card(
          html`<rug-contact-card name="Fysio Noord" phone=${phone}></rug-contact-card>`,
        );
        expect(text(detail(el, NL.phone))).to.equal(phone);
        expect(hrefs(el)).to.deep.equal([]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('rug-contact-card');
        expect(warnings[0]).to.include(`phone=${JSON.stringify(phone)}`);
        expect(el.toVCard()).to.not.include('TEL');
      });
    }

    it('an e-mail address that is not one is shown as text without a link', async () => {
      const el = await card(
        html`<rug-contact-card email="javascript:alert(1)//@x.nl"></rug-contact-card>`,
      );
      expect(text(detail(el, NL.email))).to.equal('javascript:alert(1)//@x.nl');
      expect(hrefs(el)).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('email=');
    });

    const badTherapists: Array<[string, string]> = [
      ['invalid JSON', "[{name: 'Sam de Vries'}]"],
      ['not an array', '{"name":"Sam de Vries"}'],
      ['an item without a name', '[{"role":"Fysiotherapeut"}]'],
      ['a role that is not text', '[{"name":"Sam de Vries","role":3}]'],
    ];
    for (const [title, therapists] of badTherapists) {
      it(`therapists with ${title}: a warning, rendered without therapists`, async () => {
        const el = await card(
          html`<rug-contact-card
            name="Fysio Noord"
            phone="020-1234567"
            therapists=${therapists}
          ></rug-contact-card>`,
        );
        expect(labels(el)).to.not.include(NL.therapists);
        expect(text(part(el, 'name'))).to.equal('Fysio Noord');
        expect(linkIn(el, NL.phone)!.getAttribute('href')).to.equal('tel:+31201234567');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('rug-contact-card');
        expect(warnings[0]).to.include('therapists=');
      });
    }

    it('invalid therapists JSON alone: a warning, and not the seed’s people', async () => {
      const el = await card(html`<rug-contact-card therapists="[oops"></rug-contact-card>`);
      expect(labels(el)).to.not.include(NL.therapists);
      expectNoSeed(el);
      expect(warnings).to.have.length(1);
    });

    it('an opening-hours spec that is not schema.org’s form is skipped with a warning', async () => {
      const el = await card(
        html`<rug-contact-card opening-hours="Mo-Th 08:00-21:00; vrijdag 8-17"></rug-contact-card>`,
      );
      expect(items(detail(el, NL.hours))).to.deep.equal(['maandag – donderdag: 08:00–21:00']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('opening-hours=');
      expect(warnings[0]).to.include('vrijdag 8-17');
    });

    it('warns once per bad value, not on every render', async () => {
      const el = await card(
        html`<rug-contact-card name="Fysio Noord" phone="abc"></rug-contact-card>`,
      );
      el.address = 'Kade 12';
      await el.updateComplete;
      await inEnglish(el);
      expect(warnings).to.have.length(1);
    });
  });

  describe('slotted therapists', () => {
    it('are shown when the therapists attribute is not set', async () => {
      const el = await card(
        html`<rug-contact-card name="Fysio Noord">
          <ul slot="therapists">
            <li>Sam de Vries, fysiotherapeut</li>
          </ul>
        </rug-contact-card>`,
      );
      const list = el.querySelector('ul')!;
      const slot = detail(el, NL.therapists)!.querySelector('slot')!;
      expect(slot.assignedElements().map(text)).to.deep.equal(['Sam de Vries, fysiotherapeut']);
      expect(list.assignedSlot === slot, 'assigned to the therapists slot').to.equal(true);
      expect(list.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(warnings).to.deep.equal([]);
    });

    it('replace the seed’s two on the default card', async () => {
      const el = await card(
        html`<rug-contact-card>
          <ul slot="therapists">
            <li>Sam de Vries, fysiotherapeut</li>
          </ul>
        </rug-contact-card>`,
      );
      expect(text(part(el, 'name'))).to.equal('Fysio Cura Plaza');
      expect(el.querySelector('ul')!.assignedSlot?.name).to.equal('therapists');
      expect(text(shadow(el))).to.not.include('Bas Besselink');
      expect(el.toVCard()).to.not.include('Bas Besselink');
    });

    it('give way to the therapists attribute', async () => {
      const el = await card(
        html`<rug-contact-card therapists='[{"name":"Noor El Amrani","role":"Manueel therapeut"}]'>
          <ul slot="therapists">
            <li>Sam de Vries, fysiotherapeut</li>
          </ul>
        </rug-contact-card>`,
      );
      expect(items(detail(el, NL.therapists))).to.deep.equal(['Noor El Amrani, Manueel therapeut']);
      expect(el.querySelector('ul')!.assignedSlot === null, 'not slotted').to.equal(true);
    });

    it('are shown when added after the card rendered, and go when removed', async () => {
      const el = await card(html`<rug-contact-card name="Fysio Noord"></rug-contact-card>`);
      expect(labels(el)).to.not.include(NL.therapists);
      const list = document.createElement('ul');
      list.slot = 'therapists';
      list.innerHTML = '<li>Sam de Vries, fysiotherapeut</li>';
      el.append(list);
      await waitUntil(() => list.assignedSlot !== null, 'the late list was not slotted');
      expect(labels(el)).to.include(NL.therapists);
      list.remove();
      await waitUntil(() => !labels(el).includes(NL.therapists), 'the label stayed');
    });

    it('added to the default card replace the seed’s two; removed, the seed’s return', async () => {
      const el = await card(html`<rug-contact-card></rug-contact-card>`);
      const list = document.createElement('ul');
      list.slot = 'therapists';
      list.innerHTML = '<li>Sam de Vries, fysiotherapeut</li>';
      el.append(list);
      await waitUntil(() => list.assignedSlot !== null, 'the late list was not slotted');
      expect(text(shadow(el))).to.not.include('Bas Besselink');
      list.remove();
      await waitUntil(
        () => text(shadow(el)).includes('Bas Besselink'),
        'the seed’s did not return',
      );
    });

    it('are not in the vCard or the JSON-LD', async () => {
      const el = await card(
        html`<rug-contact-card name="Fysio Noord" structured-data>
          <ul slot="therapists">
            <li>Sam de Vries, fysiotherapeut</li>
          </ul>
        </rug-contact-card>`,
      );
      expect(el.toVCard()).to.not.include('Sam de Vries');
      expect(jsonLd(el)).to.deep.equal([
        { '@context': 'https://schema.org', '@type': 'Physiotherapy', name: 'Fysio Noord' },
      ]);
    });
  });

  describe('events: rug-contact { channel }', () => {
    const full = html`<rug-contact-card
      name="Fysio Noord"
      phone="020-1234567"
      email="info@fysionoord.example"
      website="fysionoord.example"
      booking-url="https://fysionoord.example/afspraak"
    ></rug-contact-card>`;

    it('phone', async () => {
      const el = await card(full);
      expectOneEvent(el, clickAndListen(el, linkIn(el, NL.phone)!), 'phone');
    });

    it('email', async () => {
      const el = await card(full);
      expectOneEvent(el, clickAndListen(el, linkIn(el, NL.email)!), 'email');
    });

    it('website', async () => {
      const el = await card(full);
      expectOneEvent(el, clickAndListen(el, linkIn(el, NL.website)!), 'website');
    });

    it('booking', async () => {
      const el = await card(full);
      expectOneEvent(el, clickAndListen(el, part(el, 'booking')), 'booking');
    });

    it('vcard: downloads the card’s vCard from a Blob URL', async () => {
      const el = await card(html`<rug-contact-card></rug-contact-card>`);
      stubDownloads();
      expectOneEvent(el, clickAndListen(el, part(el, 'vcard')), 'vcard');
      expect(downloads).to.have.length(1);
      const [download] = downloads;
      expect(download!.download).to.equal('Fysio Cura Plaza.vcf');
      expect(download!.href).to.match(/^blob:/);
      const blob = await (await fetch(download!.href)).blob();
      // WebKit's fetch of a blob: URL drops the type's charset parameter; the text is UTF-8.
      expect(blob.type).to.equal(webKit ? 'text/vcard' : 'text/vcard;charset=utf-8');
      expect(await blob.text()).to.equal(el.toVCard());
      // Nothing of the download is left in the card.
      expect(shadow(el).querySelectorAll('a[download]').length).to.equal(0);
    });

    it('can be awaited on the element', async () => {
      const el = await card(full);
      el.addEventListener('click', (event) => event.preventDefault());
      setTimeout(() => linkIn(el, NL.phone)!.click());
      const event = await oneEvent(el, 'rug-contact');
      expect(event.detail).to.deep.equal({ channel: 'phone' });
    });

    it('nothing fires without a click', async () => {
      const heard: Event[] = [];
      const listen = (event: Event) => heard.push(event);
      document.addEventListener('rug-contact', listen);
      const el = await card(full);
      el.name = 'Fysio Zuid';
      await el.updateComplete;
      document.removeEventListener('rug-contact', listen);
      expect(heard.map((event) => event.type)).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('tabs through phone, e-mail, website, booking and "add to contacts"', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div>
          <button type="button">Voor</button>
          <rug-contact-card
            name="Fysio Noord"
            phone="020-1234567"
            email="info@fysionoord.example"
            website="fysionoord.example"
            booking-url="https://fysionoord.example/afspraak"
          ></rug-contact-card>
        </div>`,
      );
      const el = box.querySelector<ContactCard>('rug-contact-card')!;
      await el.updateComplete;
      box.querySelector('button')!.focus();
      const focused: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        focused.push(text(shadow(el).activeElement));
      }
      expect(focused).to.deep.equal([
        '020-1234567',
        'info@fysionoord.example',
        'fysionoord.example',
        NL.book,
        NL.vcard,
      ]);
    });

    it('Enter on "add to contacts" downloads the vCard', async () => {
      const el = await card(html`<rug-contact-card></rug-contact-card>`);
      stubDownloads();
      part(el, 'vcard').focus();
      const event = oneEvent(el, 'rug-contact');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({ channel: 'vcard' });
      expect(downloads).to.have.length(1);
    });
  });

  describe('structured data (JSON-LD)', () => {
    const therapists = JSON.stringify([
      { name: 'Sam de Vries', role: 'Sportfysiotherapeut' },
      { name: 'Noor El Amrani', role: 'Manueel therapeut' },
    ]);

    it('is one light-DOM script shaped as docs/design.md says', async () => {
      const el = await card(
        html`<rug-contact-card
          structured-data
          name="Fysio Noord"
          phone="020-1234567"
          email="info@fysionoord.example"
          website="fysionoord.example"
          address="Kade 12, 1011 AB Amsterdam"
          booking-url="https://fysionoord.example/afspraak"
          opening-hours="Mo-Th 08:00-21:00; Fr 08:00-17:00"
          therapists=${therapists}
        ></rug-contact-card>`,
      );
      const scripts = [...el.children].filter((child) => child.localName === 'script');
      expect(scripts.length).to.equal(1);
      expect(scripts[0]!.getAttribute('type')).to.equal('application/ld+json');
      expect(document.querySelectorAll(LD_JSON).length).to.equal(1);
      expect(jsonLd(el)).to.deep.equal([
        {
          '@context': 'https://schema.org',
          '@type': 'Physiotherapy',
          name: 'Fysio Noord',
          telephone: '+31201234567',
          url: 'https://fysionoord.example/',
          email: 'info@fysionoord.example',
          address: 'Kade 12, 1011 AB Amsterdam',
          openingHours: ['Mo-Th 08:00-21:00', 'Fr 08:00-17:00'],
          employee: [
            { '@type': 'Person', name: 'Sam de Vries', jobTitle: 'Sportfysiotherapeut' },
            { '@type': 'Person', name: 'Noor El Amrani', jobTitle: 'Manueel therapeut' },
          ],
        },
      ]);
    });

    it('describes the seed’s clinic by default', async () => {
      const el = await card(html`<rug-contact-card structured-data></rug-contact-card>`);
      expect(jsonLd(el)).to.deep.equal([
        {
          '@context': 'https://schema.org',
          '@type': 'Physiotherapy',
          name: 'Fysio Cura Plaza',
          telephone: '+31883270000',
          url: 'https://www.fysiocuraplaza.nl/',
          address: 'Hoofddorp',
          employee: [
            { '@type': 'Person', name: 'Bas Besselink', jobTitle: 'Sportfysiotherapeut' },
            { '@type': 'Person', name: 'Antoine van den Berg', jobTitle: 'Manueel therapeut' },
          ],
        },
      ]);
    });

    it('keeps a name with </script> inside the script, with no "<" in its text', async () => {
      const name = 'Fysio </script><script>alert(1)</script> Noord';
      const el = await card(
        html`<rug-contact-card structured-data name=${name}></rug-contact-card>`,
      );
      const script = el.querySelector(LD_JSON)!;
      expect(script.textContent).to.not.include('<');
      expect((JSON.parse(script.textContent!) as { name: string }).name).to.equal(name);
      expect(text(part(el, 'name'))).to.equal(name);
      expect(shadow(el).querySelectorAll('script').length).to.equal(0);
      // Saved and parsed again as HTML (a cached or server-rendered page), it stays one script.
      const page = new DOMParser().parseFromString(el.outerHTML, 'text/html');
      const scripts = page.querySelectorAll('script');
      expect(scripts.length).to.equal(1);
      expect((JSON.parse(scripts[0]!.textContent!) as { name: string }).name).to.equal(name);
    });

    it('follows attribute changes', async () => {
      const el = await card(
        html`<rug-contact-card structured-data name="Fysio Noord"></rug-contact-card>`,
      );
      el.setAttribute('name', 'Fysio Zuid');
      el.setAttribute('opening-hours', 'Mo-Fr 08:00-18:00');
      el.setAttribute('therapists', '[{"name":"Sam de Vries"}]');
      await el.updateComplete;
      expect(jsonLd(el)).to.deep.equal([
        {
          '@context': 'https://schema.org',
          '@type': 'Physiotherapy',
          name: 'Fysio Zuid',
          openingHours: ['Mo-Fr 08:00-18:00'],
          employee: [{ '@type': 'Person', name: 'Sam de Vries' }],
        },
      ]);
      el.removeAttribute('opening-hours');
      el.removeAttribute('therapists');
      el.setAttribute('phone', '0031201234567');
      await el.updateComplete;
      expect(jsonLd(el)).to.deep.equal([
        {
          '@context': 'https://schema.org',
          '@type': 'Physiotherapy',
          name: 'Fysio Zuid',
          telephone: '+31201234567',
        },
      ]);
    });

    it('is removed when the attribute is removed, and comes back when it is set', async () => {
      const el = await card(html`<rug-contact-card structured-data></rug-contact-card>`);
      el.removeAttribute('structured-data');
      await el.updateComplete;
      expect(el.querySelectorAll('script').length).to.equal(0);
      expect(document.querySelectorAll(LD_JSON).length).to.equal(0);
      el.setAttribute('structured-data', '');
      await el.updateComplete;
      expect(jsonLd(el)).to.have.length(1);
    });

    it('is removed when the element leaves the page, and back when it returns', async () => {
      const el = await card(html`<rug-contact-card structured-data></rug-contact-card>`);
      const parent = el.parentNode!;
      el.remove();
      expect(el.querySelectorAll('script').length).to.equal(0);
      expect(document.querySelectorAll(LD_JSON).length).to.equal(0);
      parent.appendChild(el);
      await el.updateComplete;
      expect(document.querySelectorAll(LD_JSON).length).to.equal(1);
      expect(jsonLd(el)).to.have.length(1);
    });
  });

  describe('theming', () => {
    it('takes --rug-* custom properties and ::part() from the page', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div>
          <style>
            .themed {
              --rug-color-accent: rgb(200, 0, 0);
            }
            .themed::part(name) {
              color: rgb(0, 100, 0);
            }
          </style>
          <rug-contact-card class="themed"></rug-contact-card>
        </div>`,
      );
      const el = box.querySelector<ContactCard>('rug-contact-card')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'vcard')).borderTopColor).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(part(el, 'name')).color).to.equal('rgb(0, 100, 0)');
    });
  });

  describe('layout by the width it gets', () => {
    /** Where the actions went, and whether the labels stand above their values. */
    const layout = (el: ContactCard) => {
      const box = (element: Element) => element.getBoundingClientRect();
      const details = box(part(el, 'details'));
      const label = box(shadow(el).querySelector('dt')!);
      const value = box(shadow(el).querySelector('dd')!);
      return {
        actions: box(part(el, 'actions')).top >= details.bottom - 1 ? 'below' : 'beside',
        labels: value.top >= label.bottom - 1 ? 'above' : 'beside',
      };
    };

    it('is a single column in a 240px sidebar, actions below the details', async () => {
      const el = await cardIn(240);
      expect(layout(el)).to.deep.equal({ actions: 'below', labels: 'above' });
    });

    it('puts the labels beside the values and the actions below them in a 650px column', async () => {
      const el = await cardIn(650);
      expect(layout(el)).to.deep.equal({ actions: 'below', labels: 'beside' });
    });

    it('puts the actions beside the details in a 1100px column', async () => {
      const el = await cardIn(1100);
      expect(layout(el)).to.deep.equal({ actions: 'beside', labels: 'beside' });
      const details = part(el, 'details').getBoundingClientRect();
      const actions = part(el, 'actions').getBoundingClientRect();
      expect(actions.left).to.be.at.least(details.right);
      expect(actions.top).to.be.below(details.bottom);
    });

    it('follows its container, not the viewport', async () => {
      const el = await cardIn(240);
      const box = el.parentElement!;
      box.style.width = '1100px';
      await waitUntil(() => layout(el).actions === 'beside', 'did not widen');
      box.style.width = '240px';
      await waitUntil(() => layout(el).actions === 'below', 'did not narrow');
    });

    it('fits a 240px sidebar without overflowing', async () => {
      const el = await cardIn(
        240,
        html`<rug-contact-card
          name="Fysiotherapie en Manuele Therapie Noord"
          email="afsprakenenvragen@fysiotherapienoord.example"
          website="https://www.fysiotherapienoord.example/afspraak-maken/online"
          booking-url="/afspraak"
        ></rug-contact-card>`,
      );
      const base = part(el, 'base');
      expect(el.getBoundingClientRect().width).to.be.at.most(240);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    });
  });
});
