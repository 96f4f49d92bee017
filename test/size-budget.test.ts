import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Sizes {
  budget: { entries: Record<string, number>; english: number };
  entries: Record<string, number>;
  english: number | null;
}

describe('size budget (size-budget.json, brotli bytes)', () => {
  let sizes: Sizes;
  before(async () => {
    sizes = (await executeServerCommand('dist-sizes')) as Sizes;
  });

  it('measures every entry the budget names', () => {
    expect(Object.keys(sizes.entries)).to.have.members(Object.keys(sizes.budget.entries));
  });

  it('keeps the JS a Dutch page loads for each entry within its budget', () => {
    for (const [entry, bytes] of Object.entries(sizes.entries)) {
      expect(bytes, entry).to.be.greaterThan(0).and.at.most(sizes.budget.entries[entry]!);
    }
  });

  it('builds the English chunk apart, within 5 KB', () => {
    expect(sizes.english).to.be.a('number');
    expect(sizes.budget.english).to.be.at.most(5000);
    expect(sizes.english!).to.be.at.most(sizes.budget.english);
  });
});
