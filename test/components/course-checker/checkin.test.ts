import { expect } from '@open-wc/testing';
import { byDate, cleanCheckIns } from '../../../src/components/course-checker/checkin.js';

const TODAY = '2026-03-10';
const START = '2026-02-01';
const at = (date: string, pain = 5) => ({ date, pain, activity: 4, limitation: 6 });

describe('checkin: cleanCheckIns', () => {
  it('keeps valid check-ins sorted by date and refuses the rest by index', () => {
    const list = [
      at('2026-03-01'),
      { date: '2026-02-30', pain: 1, activity: 1, limitation: 1 },
      at('2026-02-10'),
      'a string',
      at('2026-01-31'),
      at('2026-03-11'),
    ];
    const { checkIns, refused } = cleanCheckIns(list, START, TODAY);
    expect(checkIns.map((c) => c.date)).to.deep.equal(['2026-02-10', '2026-03-01']);
    expect(refused).to.deep.equal([1, 3, 4, 5]);
  });

  it('keeps one check-in per date: the later in the list', () => {
    const { checkIns } = cleanCheckIns([at('2026-03-01', 2), at('2026-03-01', 7)], null);
    expect(checkIns).to.deep.equal([at('2026-03-01', 7)]);
  });

  it('keeps future and early check-ins when neither today nor a start is given', () => {
    const { checkIns, refused } = cleanCheckIns([at('2099-01-01'), at('1999-01-01')], null);
    expect(checkIns.map((c) => c.date)).to.deep.equal(['1999-01-01', '2099-01-01']);
    expect(refused).to.deep.equal([]);
  });

  it('copies only the check-in fields', () => {
    const { checkIns } = cleanCheckIns([{ ...at('2026-03-01'), note: 'x' }], null);
    expect(checkIns[0]).to.deep.equal(at('2026-03-01'));
  });
});

describe('checkin: byDate', () => {
  it('orders check-ins oldest first, across months and years', () => {
    const sorted = [at('2026-01-02'), at('2025-12-31'), at('2026-01-01')].sort(byDate);
    expect(sorted.map((c) => c.date)).to.deep.equal(['2025-12-31', '2026-01-01', '2026-01-02']);
  });
});
