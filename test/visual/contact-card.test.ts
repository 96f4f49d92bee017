import { LANGS, WIDTHS, clearStage, mount, snapshot, type RugElement } from './stage.js';

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
  }
});
