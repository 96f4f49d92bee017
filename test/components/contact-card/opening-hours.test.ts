import { expect } from '@open-wc/testing';
import {
  dayName,
  formatDays,
  formatTimes,
  parseOpeningHours,
  parseSpec,
  type OpeningSpec,
} from '../../../src/components/contact-card/opening-hours.js';

/** A spec as parseSpec returns it, or fails the test. */
function spec(text: string): OpeningSpec {
  const parsed = parseSpec(text);
  expect(parsed, text).to.not.equal(null);
  return parsed!;
}

describe('opening hours: parseSpec', () => {
  const valid: Array<[string, OpeningSpec]> = [
    [
      'Mo-Fr 08:00-18:00',
      { text: 'Mo-Fr 08:00-18:00', days: [[0, 4]], times: [['08:00', '18:00']] },
    ],
    [
      'Mo-Th 08:00-21:00',
      { text: 'Mo-Th 08:00-21:00', days: [[0, 3]], times: [['08:00', '21:00']] },
    ],
    ['Fr 08:00-17:00', { text: 'Fr 08:00-17:00', days: [[4, 4]], times: [['08:00', '17:00']] }],
    ['Su 10:00-12:00', { text: 'Su 10:00-12:00', days: [[6, 6]], times: [['10:00', '12:00']] }],
    [
      'Mo,We,Fr 09:00-12:00',
      {
        text: 'Mo,We,Fr 09:00-12:00',
        days: [
          [0, 0],
          [2, 2],
          [4, 4],
        ],
        times: [['09:00', '12:00']],
      },
    ],
    [
      'Mo-We,Fr 09:00-12:00',
      {
        text: 'Mo-We,Fr 09:00-12:00',
        days: [
          [0, 2],
          [4, 4],
        ],
        times: [['09:00', '12:00']],
      },
    ],
    [
      'Mo-Fr 08:00-12:00,13:00-17:00',
      {
        text: 'Mo-Fr 08:00-12:00,13:00-17:00',
        days: [[0, 4]],
        times: [
          ['08:00', '12:00'],
          ['13:00', '17:00'],
        ],
      },
    ],
    [
      'Mo-Fr 08:00-12:00, 13:00-17:00',
      {
        text: 'Mo-Fr 08:00-12:00, 13:00-17:00',
        days: [[0, 4]],
        times: [
          ['08:00', '12:00'],
          ['13:00', '17:00'],
        ],
      },
    ],
    [
      '  Sa   09:00-13:00  ',
      { text: 'Sa 09:00-13:00', days: [[5, 5]], times: [['09:00', '13:00']] },
    ],
    [
      'Mo-Su 00:00-24:00',
      { text: 'Mo-Su 00:00-24:00', days: [[0, 6]], times: [['00:00', '24:00']] },
    ],
    [
      'Mo-Fr 23:59-23:59',
      { text: 'Mo-Fr 23:59-23:59', days: [[0, 4]], times: [['23:59', '23:59']] },
    ],
  ];
  for (const [input, expected] of valid) {
    it(`${JSON.stringify(input)} is parsed`, () => {
      expect(parseSpec(input)).to.deep.equal(expected);
    });
  }

  const invalid = [
    '',
    '   ',
    'Mo-Fr',
    '08:00-18:00',
    'mo-fr 08:00-18:00',
    'Monday 08:00-18:00',
    'Ma-Vr 08:00-18:00',
    'Mo-Fr 8:00-18:00',
    'Mo-Fr 08:00',
    'Mo-Fr 08:00-18',
    'Mo-Fr 25:00-26:00',
    'Mo-Fr 08:60-09:00',
    'Mo-Fr 08:00-18:00 extra',
    'Mo-Fr-Sa 08:00-18:00',
    'Mo,,Fr 08:00-18:00',
  ];
  for (const input of invalid) {
    it(`${JSON.stringify(input)} is refused`, () => {
      expect(parseSpec(input)).to.equal(null);
    });
  }
});

describe('opening hours: parseOpeningHours', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['', [], []],
    [' ; ; ', [], []],
    ['Mo-Fr 08:00-18:00', ['Mo-Fr 08:00-18:00'], []],
    ['Mo-Th 08:00-21:00; Fr 08:00-17:00', ['Mo-Th 08:00-21:00', 'Fr 08:00-17:00'], []],
    [
      'Mo-Th 07:00-21:00;Fr 07:00-18:00;  Sa 09:00-13:00;',
      ['Mo-Th 07:00-21:00', 'Fr 07:00-18:00', 'Sa 09:00-13:00'],
      [],
    ],
    ['Mo-Th 08:00-21:00; op afspraak; Fr 8-17', ['Mo-Th 08:00-21:00'], ['op afspraak', 'Fr 8-17']],
    ['nonsense', [], ['nonsense']],
  ];
  for (const [input, specs, invalid] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(specs)}, invalid ${JSON.stringify(invalid)}`, () => {
      const result = parseOpeningHours(input);
      expect(result.specs.map((s) => s.text)).to.deep.equal(specs);
      expect(result.invalid).to.deep.equal(invalid);
    });
  }
});

describe('opening hours: dayName', () => {
  const nl = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
  const en = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  it('names the days Monday to Sunday in Dutch', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((day) => dayName(day, 'nl'))).to.deep.equal(nl);
  });
  it('names the days Monday to Sunday in English', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((day) => dayName(day, 'en'))).to.deep.equal(en);
  });
});

describe('opening hours: formatDays', () => {
  const cases: Array<[string, string, string]> = [
    ['Mo-Th 08:00-21:00', 'maandag – donderdag', 'Monday – Thursday'],
    ['Fr 08:00-17:00', 'vrijdag', 'Friday'],
    ['Sa-Su 10:00-12:00', 'zaterdag – zondag', 'Saturday – Sunday'],
    ['Mo,We,Fr 09:00-12:00', 'maandag, woensdag, vrijdag', 'Monday, Wednesday, Friday'],
    ['Mo-We,Sa 09:00-12:00', 'maandag – woensdag, zaterdag', 'Monday – Wednesday, Saturday'],
  ];
  for (const [input, nl, en] of cases) {
    it(`${JSON.stringify(input)} → "${nl}" / "${en}"`, () => {
      expect(formatDays(spec(input), 'nl')).to.equal(nl);
      expect(formatDays(spec(input), 'en')).to.equal(en);
    });
  }
});

describe('opening hours: formatTimes', () => {
  const cases: Array<[string, string]> = [
    ['Mo-Th 08:00-21:00', '08:00–21:00'],
    ['Mo-Fr 08:00-12:00,13:00-17:00', '08:00–12:00, 13:00–17:00'],
    ['Mo-Su 00:00-24:00', '00:00–24:00'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → "${expected}"`, () => {
      expect(formatTimes(spec(input))).to.equal(expected);
    });
  }
});
