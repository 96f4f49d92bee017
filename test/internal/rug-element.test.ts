import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { css, html as litHtml } from 'lit';
import { RugElement } from '../../src/internal/rug-element.js';
import { define } from '../../src/internal/define.js';

/** An element on the shared base: its content is 100 px tall. */
class ReserveProbe extends RugElement {
  static override styles = css`
    p {
      height: 100px;
      margin: 0;
    }
  `;

  protected override render() {
    return litHtml`<p>probe</p>`;
  }
}

describe('RugElement: from upgrade to first render', () => {
  afterEach(() => fixtureCleanup());

  it('holds the height the page reserved until its first render, a task after the upgrade', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <style>
          rug-reserve-probe:not(:defined) {
            display: block;
            min-height: 321px;
          }
        </style>
        <rug-reserve-probe></rug-reserve-probe>
        <p>Below the element</p>
      </div>
    `);
    const el = page.querySelector<ReserveProbe>('rug-reserve-probe')!;
    const below = page.querySelector('p')!;
    const reservedTop = below.getBoundingClientRect().top;
    expect(el.getBoundingClientRect().height).to.equal(321);

    define('rug-reserve-probe', ReserveProbe);
    // Defined and upgraded, not yet rendered: the page below has not moved.
    expect(el.matches(':defined')).to.equal(true);
    expect(el.shadowRoot!.textContent).to.equal('');
    expect(below.getBoundingClientRect().top).to.equal(reservedTop);

    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('probe');
    expect(el.getBoundingClientRect().height).to.equal(100);
  });
});
