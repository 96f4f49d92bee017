import { expect } from '@open-wc/testing';
import { LANGS, WIDTHS, clearStage, mount, snapshot, type RugElement } from './stage.js';

const STATES = {
  closed: '<rug-info-accordion></rug-info-accordion>',
  'two-open': '<rug-info-accordion open="what normal-course"></rug-info-accordion>',
};

describe('visual: <rug-info-accordion>', () => {
  afterEach(clearStage);

  for (const [state, markup] of Object.entries(STATES)) {
    for (const lang of LANGS) {
      for (const width of WIDTHS) {
        const name = `info-accordion-${state}-${lang}-${width}`;
        it(name, async () => {
          const { stage, el } = await mount<RugElement>(markup, lang, width);
          const expanded = el.shadowRoot!.querySelectorAll('[aria-expanded="true"]');
          expect(expanded.length, 'open sections').to.equal(state === 'closed' ? 0 : 2);
          await snapshot(stage, el, name);
        });
      }
    }
  }
});
