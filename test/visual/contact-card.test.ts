import {
  CMS_COLUMN,
  LANGS,
  WIDTHS,
  clearStage,
  mount,
  snapshot,
  type RugElement,
} from './stage.js';

/** A clinic with the seed's form of opening hours and its two therapists with their roles. */
const FULL_CARD = `<rug-contact-card
  name="Fysio Cura Plaza"
  phone="088-3270000"
  email="info@fysiocuraplaza.example"
  website="www.fysiocuraplaza.nl"
  address="Hoofddorp"
  booking-url="https://www.fysiocuraplaza.nl/afspraak"
  opening-hours="Mo-Th 08:00-21:00; Fr 08:00-17:00"
  therapists='[{"name": "Bas Besselink", "role": "Sportfysiotherapeut"}, {"name": "Antoine van den Berg", "role": "Manueel therapeut"}]'
></rug-contact-card>`;

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
