import type { CourseResult } from './components/course-checker/classify.js';

export type { CourseResult };

/** Detail of `rug-toggle`: a section of `<rug-info-accordion>` opened or closed. */
export interface RugToggleDetail {
  /** The section's id, e.g. `deviant-course`. */
  id: string;
  /** Whether the section is now open. */
  open: boolean;
}

/** How a person reached the clinic from `<rug-contact-card>`. */
export type RugContactChannel = 'phone' | 'email' | 'website' | 'booking' | 'vcard';

/** Detail of `rug-contact`: a person used one of the card's channels. */
export interface RugContactDetail {
  channel: RugContactChannel;
}

/** The `rug-*` events and their detail types. */
export interface RugEventDetails {
  'rug-toggle': RugToggleDetail;
  'rug-contact': RugContactDetail;
  /**
   * `<rug-course-checker>`'s result after a change of its inputs: `{ status, urgency, reasons,
   * weeks, latest, reference, change, resultFrom }`.
   */
  'rug-course-result': CourseResult;
}

export type RugEvent<K extends keyof RugEventDetails> = CustomEvent<RugEventDetails[K]>;

/** Every `rug-*` event bubbles and is composed, so a page can listen on `document`. */
export function rugEvent<K extends keyof RugEventDetails>(
  type: K,
  detail: RugEventDetails[K],
): RugEvent<K> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

/** The `rug-*` events by name, for the event maps below. */
export type RugEventMap = { [K in keyof RugEventDetails]: RugEvent<K> };

// They bubble out of shadow roots, so they are typed on elements, document and window.
declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type */
  interface HTMLElementEventMap extends RugEventMap {}
  interface DocumentEventMap extends RugEventMap {}
  interface WindowEventMap extends RugEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
