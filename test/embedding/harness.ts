// What the embedding suites share beyond test/support/elements.ts: the manifest, the
// course checker's data API with data for each status, and a full contact card.
import { ci, daysAgo, type CheckIn, type RugElement } from '../support/elements.js';

export interface ManifestAttribute {
  /** The attribute as written in HTML. */
  name: string;
  /** The type the manifest gives, e.g. `string`, `boolean`, `Therapist[]`; '' when none. */
  type: string;
  /** The property that reflects it, when there is one. */
  fieldName: string | undefined;
}

export interface ManifestElement {
  tag: string;
  attributes: ManifestAttribute[];
}

interface Manifest {
  modules: Array<{
    declarations?: Array<{
      customElement?: boolean;
      tagName?: string;
      attributes?: Array<{ name: string; type?: { text?: string }; fieldName?: string }>;
    }>;
  }>;
}

/** Every element with a tag name in `custom-elements.json`, with its attributes. */
export async function manifestElements(): Promise<ManifestElement[]> {
  const response = await fetch('/custom-elements.json');
  const manifest = (await response.json()) as Manifest;
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({
        tag: declaration.tagName!,
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          type: attribute.type?.text ?? '',
          fieldName: attribute.fieldName,
        })),
      })),
  );
}

/** The course checker's data API. */
export interface Checker extends RugElement {
  start: string | null;
  entries: unknown;
  redFlags: unknown;
  readonly result: { status: string };
}

export type Status = 'urgent' | 'see-doctor' | 'too-early' | 'normal' | 'deviant' | 'persistent';

export const STATUSES: Status[] = [
  'urgent',
  'see-doctor',
  'too-early',
  'normal',
  'deviant',
  'persistent',
];

/** Data that gives each status, with dates relative to today. */
export function dataFor(status: Status): {
  start: string;
  entries: CheckIn[];
  redFlags: string[];
} {
  const flat = [ci(21, 5, 4, 6), ci(0, 5, 4, 6)];
  switch (status) {
    case 'urgent':
      return { start: daysAgo(30), entries: flat, redFlags: ['leg-weakness'] };
    case 'see-doctor':
      return { start: daysAgo(30), entries: flat, redFlags: ['trauma'] };
    case 'too-early':
      return { start: daysAgo(10), entries: [ci(3, 5, 4, 6)], redFlags: [] };
    case 'normal':
      return { start: daysAgo(30), entries: [ci(21, 5, 4, 6), ci(0, 4, 6, 6)], redFlags: [] };
    case 'deviant':
      return { start: daysAgo(30), entries: flat, redFlags: [] };
    case 'persistent':
      return { start: daysAgo(100), entries: flat, redFlags: [] };
  }
}

/** Fills the checker through its data API (`start` first: check-ins are judged against it). */
export function setData(el: Checker, status: Status): void {
  const data = dataFor(status);
  el.start = data.start;
  el.entries = data.entries;
  el.redFlags = data.redFlags;
}

/**
 * A clinic with every contact field, the seed's form of opening hours and its two
 * therapists with their roles: the longest lines a card has beside its labels.
 */
export const FULL_CARD = `<rug-contact-card
  name="Fysio Cura Plaza"
  phone="088-3270000"
  email="info@fysiocuraplaza.example"
  website="www.fysiocuraplaza.nl"
  address="Hoofddorp"
  booking-url="https://www.fysiocuraplaza.nl/afspraak"
  opening-hours="Mo-Th 08:00-21:00; Fr 08:00-17:00"
  therapists='[{"name": "Bas Besselink", "role": "Sportfysiotherapeut"}, {"name": "Antoine van den Berg", "role": "Manueel therapeut"}]'
></rug-contact-card>`;
