import { expect } from '@open-wc/testing';
import {
  MIGRATIONS,
  SCHEMA_VERSION,
  erase,
  load,
  save,
  storageKey,
  upgrade,
  type Migration,
  type StoredData,
} from '../../../src/components/course-checker/store.js';

const KEY = 'rugwijzer:course-checker';

const ENTRIES = [
  { date: '2026-01-05', pain: 6, activity: 3, limitation: 7 },
  { date: '2026-01-26', pain: 4, activity: 6, limitation: 4 },
];

const DATA: StoredData = {
  version: 2,
  rulesVersion: 2,
  start: '2026-01-01',
  entries: ENTRIES,
  redFlags: ['inflammatory'],
  unanswered: ['steroids'],
  discussed: ['fever'],
};

/** What schema 1 (clinical rules version 1) stored. */
const VERSION_1 = {
  version: 1,
  start: '2026-01-01',
  entries: ENTRIES,
  redFlags: ['age-onset', 'inflammatory'],
};

type Method = 'getItem' | 'setItem' | 'removeItem';

/** A Storage in memory whose methods can be made to throw, as a full or disabled one does. */
class FakeStorage {
  readonly items = new Map<string, string>();
  readonly throwing = new Set<Method>();

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    this.fail('getItem');
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.fail('setItem');
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.fail('removeItem');
    this.items.delete(key);
  }

  private fail(method: Method): void {
    if (!this.throwing.has(method)) return;
    throw new DOMException(
      `${method} refused`,
      method === 'setItem' ? 'QuotaExceededError' : 'SecurityError',
    );
  }
}

function fake(...throwing: Method[]): { storage: FakeStorage; get: () => Storage } {
  const storage = new FakeStorage();
  for (const method of throwing) storage.throwing.add(method);
  return { storage, get: () => storage as unknown as Storage };
}

/** Storage that cannot even be reached (`window.localStorage` throws when it is disabled). */
const unreachable = (): Storage => {
  throw new DOMException('denied', 'SecurityError');
};

describe('store: storageKey', () => {
  for (const [id, key] of [
    ['', KEY],
    ['one', `${KEY}:one`],
    ['mijn-check', `${KEY}:mijn-check`],
    ['a:b', `${KEY}:a:b`],
  ] as const) {
    it(`gives "${key}" for the id "${id}"`, () => {
      expect(storageKey(id)).to.equal(key);
    });
  }
});

describe('store: upgrade', () => {
  it('is at schema version 2', () => {
    expect(SCHEMA_VERSION).to.equal(2);
  });

  it('brings version 1 to 2: answered under rules version 1, age-onset (a changed question) unanswered', () => {
    expect(upgrade(structuredClone(VERSION_1))).to.deep.equal({
      state: 'ok',
      data: {
        version: 2,
        rulesVersion: 1,
        start: '2026-01-01',
        entries: ENTRIES,
        redFlags: ['age-onset', 'inflammatory'],
        unanswered: ['age-onset'],
        discussed: [],
      },
    });
  });

  it('accepts data of the current version', () => {
    expect(upgrade(structuredClone(DATA))).to.deep.equal({ state: 'ok', data: DATA });
  });

  it('accepts no start, no check-ins and no flags', () => {
    const empty = {
      version: 2,
      rulesVersion: 2,
      start: null,
      entries: [],
      redFlags: [],
      unanswered: [],
      discussed: [],
    };
    expect(upgrade(empty)).to.deep.equal({ state: 'ok', data: empty });
  });

  it('keeps only the fields of the schema', () => {
    const result = upgrade({ ...structuredClone(DATA), extra: 'x', version: 2 });
    expect(result).to.deep.equal({ state: 'ok', data: DATA });
  });

  const corrupt: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a string', 'rugwijzer'],
    ['a number', 1],
    ['an array', [DATA]],
    ['an empty object', {}],
    ['no version', { ...DATA, version: undefined }],
    ['version 0', { ...DATA, version: 0 }],
    ['a negative version', { ...DATA, version: -1 }],
    ['a version as text', { ...DATA, version: '1' }],
    ['a fractional version', { ...DATA, version: 1.5 }],
    ['a start that is a number', { ...DATA, start: 20260101 }],
    ['no start', { ...DATA, start: undefined }],
    ['entries that are not an array', { ...DATA, entries: {} }],
    ['no entries', { ...DATA, entries: undefined }],
    ['a check-in that is null', { ...DATA, entries: [null] }],
    ['a score of 11', { ...DATA, entries: [{ ...DATA.entries[0], pain: 11 }] }],
    ['a score of 2.5', { ...DATA, entries: [{ ...DATA.entries[0], activity: 2.5 }] }],
    ['a score as text', { ...DATA, entries: [{ ...DATA.entries[0], limitation: '5' }] }],
    ['a missing score', { ...DATA, entries: [{ date: '2026-01-05', pain: 1, activity: 1 }] }],
    [
      'a date that does not exist',
      { ...DATA, entries: [{ ...DATA.entries[0], date: '2026-02-29' }] },
    ],
    ['red flags that are not an array', { ...DATA, redFlags: 'fever' }],
    ['a red flag that is not text', { ...DATA, redFlags: [1] }],
    ['no rules version', { ...DATA, rulesVersion: undefined }],
    ['unanswered that is not an array', { ...DATA, unanswered: 'age-onset' }],
    ['a discussed flag that is not text', { ...DATA, discussed: [null] }],
  ];
  for (const [name, value] of corrupt) {
    it(`calls ${name} corrupt`, () => {
      expect(upgrade(value)).to.deep.equal({ state: 'corrupt' });
    });
  }

  for (const version of [3, 4, 99]) {
    it(`calls version ${version} newer, naming it`, () => {
      expect(upgrade({ ...DATA, version, entries: 'a shape we do not know' })).to.deep.equal({
        state: 'newer',
        version,
      });
    });
  }

  it('runs no migration step for data of the current version', () => {
    const calls: number[] = [];
    const spy =
      (from: number): Migration =>
      (data) => {
        calls.push(from);
        return data;
      };
    const result = upgrade(structuredClone(DATA), { 0: spy(0), 1: spy(1), 2: spy(2) });
    expect(result).to.deep.equal({ state: 'ok', data: DATA });
    expect(calls).to.deep.equal([]);
  });

  it('migrates an older version step by step to the target version', () => {
    // A schema 3 that renamed `begin` to `start`: the steps from 1 and 2 run, then the shape
    // is checked.
    const steps = {
      ...MIGRATIONS,
      2: ({ begin, ...rest }: Record<string, unknown>) => ({ ...rest, start: begin }),
    };
    const { start, ...rest } = VERSION_1;
    const old = { ...rest, begin: start };
    const result = upgrade(old, steps, 3);
    expect(result.state).to.equal('ok');
    expect(result.state === 'ok' && result.data.start).to.equal('2026-01-01');
    expect(result.state === 'ok' && result.data.unanswered).to.deep.equal(['age-onset']);
    expect(upgrade({ ...old, version: 4 }, steps, 3)).to.deep.equal({ state: 'newer', version: 4 });
    expect(upgrade(old, { 1: steps[1] }, 3), 'a missing step').to.deep.equal({ state: 'corrupt' });
  });

  it('uses the injected steps, not the built-in ones, and still checks the shape', () => {
    const calls: number[] = [];
    const steps: Record<number, Migration> = {
      1: (data) => {
        calls.push(1);
        return data;
      },
    };
    // The step leaves version 1's shape as it is: no `unanswered`, so not valid.
    expect(upgrade(structuredClone(VERSION_1), steps)).to.deep.equal({ state: 'corrupt' });
    expect(upgrade({ ...DATA, version: 0 }, steps)).to.deep.equal({ state: 'corrupt' });
    expect(calls).to.deep.equal([1]);
  });
});

describe('store: load', () => {
  it('finds nothing in empty storage', () => {
    const { get } = fake();
    expect(load(get, KEY)).to.deep.equal({ state: 'empty' });
  });

  it('reads what save wrote, under its key only', () => {
    const { storage, get } = fake();
    expect(save(get, `${KEY}:one`, DATA)).to.equal(true);
    expect([...storage.items.keys()]).to.deep.equal([`${KEY}:one`]);
    expect(load(get, `${KEY}:one`)).to.deep.equal({ state: 'ok', data: DATA });
    expect(load(get, KEY)).to.deep.equal({ state: 'empty' });
  });

  for (const [name, text] of [
    ['text that is not JSON', '{"version":1,'],
    ['an empty string', ''],
    ['JSON null', 'null'],
    ['JSON of the wrong shape', '{"version":1,"start":null,"entries":[{}],"redFlags":[]}'],
  ] as const) {
    it(`calls ${name} corrupt`, () => {
      const { storage, get } = fake();
      storage.items.set(KEY, text);
      expect(load(get, KEY)).to.deep.equal({ state: 'corrupt' });
      expect(storage.items.get(KEY), 'load changes nothing').to.equal(text);
    });
  }

  it('calls a newer version newer', () => {
    const { storage, get } = fake();
    storage.items.set(KEY, JSON.stringify({ ...DATA, version: 3 }));
    expect(load(get, KEY)).to.deep.equal({ state: 'newer', version: 3 });
  });

  it('calls storage whose getItem throws unavailable', () => {
    const { storage, get } = fake('getItem');
    storage.items.set(KEY, JSON.stringify(DATA));
    expect(load(get, KEY)).to.deep.equal({ state: 'unavailable' });
  });

  it('calls storage that cannot be reached unavailable', () => {
    expect(load(unreachable, KEY)).to.deep.equal({ state: 'unavailable' });
  });
});

describe('store: save', () => {
  it('writes the data as JSON', () => {
    const { storage, get } = fake();
    expect(save(get, KEY, DATA)).to.equal(true);
    expect(JSON.parse(storage.items.get(KEY)!)).to.deep.equal(DATA);
  });

  it('returns false when setItem throws (storage full), keeping what was there', () => {
    const { storage, get } = fake('setItem');
    storage.items.set(KEY, 'before');
    expect(save(get, KEY, DATA)).to.equal(false);
    expect(storage.items.get(KEY)).to.equal('before');
  });

  it('returns false when storage cannot be reached', () => {
    expect(save(unreachable, KEY, DATA)).to.equal(false);
  });
});

describe('store: erase', () => {
  it('removes the data under its key only', () => {
    const { storage, get } = fake();
    storage.items.set(KEY, 'mine');
    storage.items.set(`${KEY}:other`, 'theirs');
    expect(erase(get, KEY)).to.equal(true);
    expect([...storage.items.entries()]).to.deep.equal([[`${KEY}:other`, 'theirs']]);
  });

  it('returns true when there was nothing to remove', () => {
    const { get } = fake();
    expect(erase(get, KEY)).to.equal(true);
  });

  it('returns false when removeItem throws', () => {
    const { storage, get } = fake('removeItem');
    storage.items.set(KEY, 'mine');
    expect(erase(get, KEY)).to.equal(false);
    expect(storage.items.get(KEY)).to.equal('mine');
  });

  it('returns false when storage cannot be reached', () => {
    expect(erase(unreachable, KEY)).to.equal(false);
  });
});
