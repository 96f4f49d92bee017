import { expect, fixture, html } from '@open-wc/testing';
import '../../../dist/rugwijzer.js';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture(html`<rug-info-accordion></rug-info-accordion>`);
    expect(el.shadowRoot!.querySelectorAll('.header').length).to.equal(9);
    await expect(el).to.be.accessible();
  });
});
