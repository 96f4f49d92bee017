import { expect } from '@open-wc/testing';
import { e164, mailtoUrl, telUrl, webUrl } from '../../src/internal/links.js';

const PAGE = 'https://clinic.example/pages/back/index.html';

describe('links: webUrl', () => {
  const cases: Array<[string, string | null]> = [
    ['https://www.fysiocuraplaza.nl', 'https://www.fysiocuraplaza.nl/'],
    ['http://example.nl/afspraak', 'http://example.nl/afspraak'],
    ['HTTPS://Example.NL/Path', 'https://example.nl/Path'],
    ['www.fysiocuraplaza.nl', 'https://www.fysiocuraplaza.nl/'],
    ['example.nl/afspraak', 'https://example.nl/afspraak'],
    ['  https://example.nl  ', 'https://example.nl/'],
    ['/afspraak', 'https://clinic.example/afspraak'],
    ['./afspraak', 'https://clinic.example/pages/back/afspraak'],
    ['../afspraak', 'https://clinic.example/pages/afspraak'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['  javascript:alert(1)', null],
    ['\u0001javascript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['&#106;avascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['ftp://example.nl', null],
    ['mailto:a@b.nl', null],
    ['', null],
    ['   ', null],
    ['afspraak', null],
    ['<script>alert(1)</script>', null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      expect(webUrl(input, PAGE)).to.equal(expected);
    });
  }
});

describe('links: e164 and telUrl', () => {
  const cases: Array<[string, string | null]> = [
    ['088-3270000', '+31883270000'],
    ['088 327 00 00', '+31883270000'],
    ['+31 88 327 0000', '+31883270000'],
    ['+31 (0)88 327 0000', '+31883270000'],
    ['0031883270000', '+31883270000'],
    ['(088) 3270000', '+31883270000'],
    ['088.327.0000', '+31883270000'],
    ['+44 20 7946 0000', '+442079460000'],
    ['abc', null],
    ['12', null],
    ['', null],
    ['+1234567890123456', null],
    ['088-3270000 ext 2', null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      expect(e164(input)).to.equal(expected);
      expect(telUrl(input)).to.equal(expected === null ? null : `tel:${expected}`);
    });
  }
});

describe('links: mailtoUrl', () => {
  const cases: Array<[string, string | null]> = [
    ['info@fysiocuraplaza.nl', 'mailto:info@fysiocuraplaza.nl'],
    ['mailto:info@fysiocuraplaza.nl', 'mailto:info@fysiocuraplaza.nl'],
    [' info@example.nl ', 'mailto:info@example.nl'],
    ['javascript:alert(1)//@x.nl', null],
    ['info@example.nl?bcc=x@y.nl', null],
    ['not an address', null],
    ['', null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      expect(mailtoUrl(input)).to.equal(expected);
    });
  }
});
