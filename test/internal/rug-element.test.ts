import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { css, html as litHtml, nothing } from 'lit';
import { RugElement } from '../../src/internal/rug-element.js';
import { define } from '../../src/internal/define.js';
import { atFirstRender } from '../support/elements.js';

/** An element on the shared base, a block as every Rugwijzer element: its content is 100 px tall. */
class ReserveProbe extends RugElement {
  static override styles = css`
    :host {
      display: block;
    }
    p {
      height: 100px;
      margin: 0;
    }
  `;

  protected override render() {
    return litHtml`<p>probe</p>`;
  }
}

/** Renders in three stages, a part of 100 px more in each. */
class StagedProbe extends ReserveProbe {
  protected override stages = 3;

  protected override render() {
    return litHtml`<p>first</p>${this.stage > 1 ? litHtml`<p>second</p>` : nothing}${
      this.whole ? litHtml`<p>rest</p>` : nothing
    }`;
  }
}

/**
 * A page that reserves 321 px for `tag` until it is defined (as the README's embed CSS
 * does), with the element and a paragraph below it.
 */
async function pageReserving(tag: string, ownStyle = ''): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>('<div></div>');
  page.innerHTML = `
    <style>
      ${tag}:not(:defined) {
        display: block;
        min-height: 321px;
      }
    </style>
    <${tag} ${ownStyle ? `style="${ownStyle}"` : ''}></${tag}>
    <p>Below the element</p>`;
  return page;
}

/** The shadow root's text at the element's first render. */
function firstRenderText(el: Element): Promise<string> {
  return atFirstRender(el, () => el.shadowRoot!.textContent!);
}

describe('RugElement: from upgrade to first render', () => {
  afterEach(() => fixtureCleanup());

  it('holds the height the page reserved until its first render, a task after the upgrade', async () => {
    const page = await pageReserving('rug-reserve-probe');
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

  it('renders its stages a task each, holding the reserved height until whole', async () => {
    const page = await pageReserving('rug-staged-probe');
    const el = page.querySelector<StagedProbe>('rug-staged-probe')!;
    const below = page.querySelector('p')!;
    const reservedTop = below.getBoundingClientRect().top;

    define('rug-staged-probe', StagedProbe);
    // The content after each render, and whether the page below had moved by then.
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      seen.push(el.shadowRoot!.textContent!);
      if (below.getBoundingClientRect().top !== reservedTop) seen.push('moved');
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    observer.disconnect();

    expect(seen).to.deep.equal(['first', 'firstsecond', 'firstsecondrest']);
    expect(el.getBoundingClientRect().height).to.equal(300);
    expect(el.style.minHeight, 'the held height let go').to.equal('');
  });

  it('renders whole at once when a script creates it', async () => {
    const el = document.createElement('rug-staged-probe') as StagedProbe;
    const page = await fixture<HTMLElement>('<div></div>');
    page.append(el);
    expect(await firstRenderText(el)).to.equal('firstsecondrest');
  });

  it('leaves a min-height the page set on the element itself', async () => {
    class OwnHeightProbe extends StagedProbe {}
    const page = await pageReserving('rug-own-height-probe', 'min-height: 350px');
    const el = page.querySelector<OwnHeightProbe>('rug-own-height-probe')!;
    define('rug-own-height-probe', OwnHeightProbe);
    await el.updateComplete;
    expect(el.style.minHeight).to.equal('350px');
    expect(el.getBoundingClientRect().height).to.equal(350);
  });
});
