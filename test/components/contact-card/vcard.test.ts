import { expect, fixture, html } from '@open-wc/testing';
import {
  escapeText,
  foldLine,
  vcard,
  type VCardData,
} from '../../../src/components/contact-card/vcard.js';
import '../../../dist/rugwijzer.js';

interface ContactCard extends HTMLElement {
  updateComplete: Promise<boolean>;
  toVCard(): string;
}

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/** A vCard as written out line by line; vCard lines end in CRLF. */
const lines = (...content: string[]) => content.map((line) => `${line}\r\n`).join('');

/** Every physical line within 75 octets, and nothing but CRLF ends a line. */
function expectWellFolded(text: string): void {
  expect(text.endsWith('\r\n'), 'ends in CRLF').to.equal(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line, 'no bare CR or LF').to.not.match(/[\r\n]/);
    expect(octets(line), line).to.be.at.most(75);
  }
}

/** The seed's clinic, as "add to contacts" downloads it (Dutch roles). */
const SEED_VCARD = lines(
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Fysio Cura Plaza',
  'N:Fysio Cura Plaza;;;;',
  'ORG:Fysio Cura Plaza',
  'TEL;TYPE=WORK,VOICE:+31883270000',
  'URL:https://www.fysiocuraplaza.nl/',
  'ADR;TYPE=WORK:;;Hoofddorp;;;;',
  'NOTE:Bas Besselink\\, Sportfysiotherapeut\\nAntoine van den Berg\\, Manueel th',
  ' erapeut',
  'END:VCARD',
);

/** A clinic whose details need every escape, with accents and a fold before an "é". */
const HARD_CLINIC = {
  name: 'Fysio Zoë, Café;\nNoord \\ Zuid',
  phone: '+31 (0)23 555 0100',
  email: 'info@zoe.example',
  website: 'zoe.example',
  address: 'Kruisweg 1000\n2131 CV Hoofddorp',
  therapists: JSON.stringify([
    { name: 'Jörg Müller, MSc', role: 'Fysiotherapeut; manueel therapeut' },
    { name: 'Zoë \\ Chloé', role: 'Oefentherapeut' },
  ]),
};

const HARD_VCARD = lines(
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Fysio Zoë\\, Café\\;\\nNoord \\\\ Zuid',
  'N:Fysio Zoë\\, Café\\;\\nNoord \\\\ Zuid;;;;',
  'ORG:Fysio Zoë\\, Café\\;\\nNoord \\\\ Zuid',
  'TEL;TYPE=WORK,VOICE:+31235550100',
  'EMAIL;TYPE=INTERNET,WORK:info@zoe.example',
  'URL:https://zoe.example/',
  'ADR;TYPE=WORK:;;Kruisweg 1000\\n2131 CV Hoofddorp;;;;',
  'NOTE:Jörg Müller\\, MSc\\, Fysiotherapeut\\; manueel therapeut\\nZoë \\\\ Chlo',
  ' é\\, Oefentherapeut',
  'END:VCARD',
);

describe('vcard: escapeText', () => {
  const cases: Array<[string, string]> = [
    ['', ''],
    ['Fysio Cura Plaza', 'Fysio Cura Plaza'],
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['a\rb', 'a\\nb'],
    ['a\n\nb', 'a\\n\\nb'],
    ['\\,', '\\\\\\,'],
    ['\\n', '\\\\n'],
    ['a:b', 'a:b'],
    ['Zoë, Café', 'Zoë\\, Café'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(escapeText(input)).to.equal(expected);
    });
  }
});

describe('vcard: foldLine', () => {
  const a = (n: number) => 'a'.repeat(n);
  const cases: Array<[string, string, string]> = [
    ['an empty line', '', ''],
    ['a short line', 'FN:Fysio', 'FN:Fysio'],
    ['75 octets stay one line', a(75), a(75)],
    ['76 octets fold after 75', a(76), `${a(75)}\r\n a`],
    ['a continuation holds 74 octets after its space', a(149), `${a(75)}\r\n ${a(74)}`],
    ['a third line starts at octet 150', a(150), `${a(75)}\r\n ${a(74)}\r\n a`],
    ['a 2-octet "é" that fits at octets 74–75 stays', `${a(73)}é`, `${a(73)}é`],
    ['a 2-octet "é" across octet 75 moves whole', `${a(74)}éb`, `${a(74)}\r\n éb`],
    ['a 3-octet "€" across octet 75 moves whole', `${a(73)}€`, `${a(73)}\r\n €`],
    ['a 4-octet emoji across octet 75 moves whole', `${a(72)}😀`, `${a(72)}\r\n 😀`],
    [
      'accents across a continuation line',
      `${a(75)}${'ö'.repeat(38)}`,
      `${a(75)}\r\n ${'ö'.repeat(37)}\r\n ö`,
    ],
  ];
  for (const [title, input, expected] of cases) {
    it(title, () => {
      const folded = foldLine(input);
      expect(folded).to.equal(expected);
      for (const line of folded.split('\r\n')) expect(octets(line)).to.be.at.most(75);
      // Unfolding (RFC 2425: remove CRLF + one space) gives the line back.
      expect(folded.replace(/\r\n /g, '')).to.equal(input);
    });
  }
});

describe('vcard: vcard', () => {
  const empty: VCardData = { name: '', phone: '', email: '', url: '', address: '', note: '' };
  const cases: Array<[string, Partial<VCardData>, string]> = [
    [
      'a name alone gives FN, N and ORG',
      { name: 'Fysio Cura Plaza' },
      lines(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Fysio Cura Plaza',
        'N:Fysio Cura Plaza;;;;',
        'ORG:Fysio Cura Plaza',
        'END:VCARD',
      ),
    ],
    [
      'every field, in a fixed order',
      {
        name: 'Harbour Physio',
        phone: '+31201234567',
        email: 'hello@harbourphysio.example',
        url: 'https://harbourphysio.example/',
        address: 'Kade 12, 1011 AB Amsterdam',
        note: 'Sam de Vries',
      },
      lines(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Harbour Physio',
        'N:Harbour Physio;;;;',
        'ORG:Harbour Physio',
        'TEL;TYPE=WORK,VOICE:+31201234567',
        'EMAIL;TYPE=INTERNET,WORK:hello@harbourphysio.example',
        'URL:https://harbourphysio.example/',
        'ADR;TYPE=WORK:;;Kade 12\\, 1011 AB Amsterdam;;;;',
        'NOTE:Sam de Vries',
        'END:VCARD',
      ),
    ],
    [
      'text values are escaped, the URL is not',
      { name: 'A;B', url: 'https://example.nl/a,b;c', note: 'x\\y\nz' },
      lines(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:A\\;B',
        'N:A\\;B;;;;',
        'ORG:A\\;B',
        'URL:https://example.nl/a,b;c',
        'NOTE:x\\\\y\\nz',
        'END:VCARD',
      ),
    ],
    [
      'a long note is folded',
      { name: 'X', note: `${'é'.repeat(40)}` },
      lines(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:X',
        'N:X;;;;',
        'ORG:X',
        `NOTE:${'é'.repeat(35)}`,
        ` ${'é'.repeat(5)}`,
        'END:VCARD',
      ),
    ],
  ];
  for (const [title, data, expected] of cases) {
    it(title, () => {
      const text = vcard({ ...empty, ...data });
      expect(text).to.equal(expected);
      expectWellFolded(text);
    });
  }
});

describe('vcard: the element’s toVCard()', () => {
  const realWarn = console.warn;
  afterEach(() => {
    console.warn = realWarn;
  });

  it('gives the seed clinic as written out', async () => {
    const el = await fixture<ContactCard>(html`<rug-contact-card></rug-contact-card>`);
    expect(el.toVCard()).to.equal(SEED_VCARD);
    expectWellFolded(el.toVCard());
  });

  it('escapes commas, semicolons, backslashes and newlines and keeps accents', async () => {
    const c = HARD_CLINIC;
    const el = await fixture<ContactCard>(html`
      <rug-contact-card
        name=${c.name}
        phone=${c.phone}
        email=${c.email}
        website=${c.website}
        address=${c.address}
        therapists=${c.therapists}
      ></rug-contact-card>
    `);
    const text = el.toVCard();
    expect(text).to.equal(HARD_VCARD);
    expectWellFolded(text);
  });

  it('leaves out a phone that cannot be dialled and a refused website', async () => {
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    const el = await fixture<ContactCard>(html`
      <rug-contact-card
        name="Fysio Noord"
        phone="abc"
        website="javascript:alert(1)"
      ></rug-contact-card>
    `);
    expect(el.toVCard()).to.equal(
      lines(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Fysio Noord',
        'N:Fysio Noord;;;;',
        'ORG:Fysio Noord',
        'END:VCARD',
      ),
    );
    expect(warnings).to.have.length(2);
  });
});
