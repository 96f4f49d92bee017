import { expect } from '@open-wc/testing';
import {
  jsonLdText,
  structuredData,
  type ClinicData,
} from '../../../src/components/contact-card/json-ld.js';

const EMPTY: ClinicData = {
  name: '',
  telephone: '',
  url: '',
  email: '',
  address: '',
  openingHours: [],
  employees: [],
};

const CONTEXT = { '@context': 'https://schema.org', '@type': 'Physiotherapy' };

describe('json-ld: structuredData', () => {
  const cases: Array<[string, Partial<ClinicData>, Record<string, unknown>]> = [
    ['nothing but the type for an empty clinic', {}, CONTEXT],
    ['the name alone', { name: 'Fysio Cura Plaza' }, { ...CONTEXT, name: 'Fysio Cura Plaza' }],
    [
      'every field, employees as Persons with jobTitle',
      {
        name: 'Fysio Cura Plaza',
        telephone: '+31883270000',
        url: 'https://www.fysiocuraplaza.nl/',
        email: 'info@fysiocuraplaza.nl',
        address: 'Hoofddorp',
        openingHours: ['Mo-Th 08:00-21:00', 'Fr 08:00-17:00'],
        employees: [
          { name: 'Bas Besselink', role: 'Sportfysiotherapeut' },
          { name: 'Antoine van den Berg', role: 'Manueel therapeut' },
        ],
      },
      {
        ...CONTEXT,
        name: 'Fysio Cura Plaza',
        telephone: '+31883270000',
        url: 'https://www.fysiocuraplaza.nl/',
        email: 'info@fysiocuraplaza.nl',
        address: 'Hoofddorp',
        openingHours: ['Mo-Th 08:00-21:00', 'Fr 08:00-17:00'],
        employee: [
          { '@type': 'Person', name: 'Bas Besselink', jobTitle: 'Sportfysiotherapeut' },
          { '@type': 'Person', name: 'Antoine van den Berg', jobTitle: 'Manueel therapeut' },
        ],
      },
    ],
    [
      'a Person without a role has no jobTitle',
      { employees: [{ name: 'Sam de Vries', role: '' }] },
      { ...CONTEXT, employee: [{ '@type': 'Person', name: 'Sam de Vries' }] },
    ],
    [
      'empty fields are left out',
      { telephone: '', url: 'https://example.nl/', openingHours: [] },
      { ...CONTEXT, url: 'https://example.nl/' },
    ],
    [
      'one opening-hours spec stays an array',
      { openingHours: ['Mo-Fr 08:00-18:00'] },
      {
        ...CONTEXT,
        openingHours: ['Mo-Fr 08:00-18:00'],
      },
    ],
  ];
  for (const [title, clinic, expected] of cases) {
    it(title, () => {
      expect(structuredData({ ...EMPTY, ...clinic })).to.deep.equal(expected);
    });
  }
});

describe('json-ld: jsonLdText', () => {
  const names = [
    'Fysio Cura Plaza',
    '</script><script>alert(1)</script>',
    '<!-- <script>',
    'a < b > c & "d" \'e\'',
    'Zoë & Jörg, Café; \\ Noord\nZuid',
    '\u2028\u2029',
  ];
  for (const name of names) {
    it(`${JSON.stringify(name)} has no "<" and parses back to the same value`, () => {
      const data = structuredData({ ...EMPTY, name });
      const text = jsonLdText(data);
      expect(text).to.not.include('<');
      expect(JSON.parse(text)).to.deep.equal(data);
    });
  }

  it('writes "<" as \\u003c', () => {
    expect(jsonLdText({ name: '</script>' })).to.equal('{"name":"\\u003c/script>"}');
  });
});
