import { FULL_CARD } from '../embedding/harness.js';
import {
  CMS_COLUMN,
  LANGS,
  WIDTHS,
  clearStage,
  mount,
  snapshot,
  type RugElement,
} from './stage.js';

describe('visual: <rug-contact-card>', () => {
  afterEach(clearStage);

  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      const name = `contact-card-default-${lang}-${width}`;
      it(name, async () => {
        const { stage, el } = await mount<RugElement>(
          '<rug-contact-card></rug-contact-card>',
          lang,
          width,
        );
        await snapshot(stage, el, name);
      });
    }

    // A CMS theme's 650 px content column: labels beside the values, buttons below them.
    for (const [kind, markup] of [
      ['default', '<rug-contact-card></rug-contact-card>'],
      ['full', FULL_CARD],
    ]) {
      const name = `contact-card-${kind}-${lang}-650`;
      it(name, async () => {
        const { stage, el } = await mount<RugElement>(markup, lang, CMS_COLUMN);
        await snapshot(stage, el, name);
      });
    }
  }
});
