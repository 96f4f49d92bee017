/** Detail of `rug-toggle`: a section of `<rug-info-accordion>` opened or closed. */
export interface RugToggleDetail {
  /** The section's id, e.g. `deviant-course`. */
  id: string;
  /** Whether the section is now open. */
  open: boolean;
}

/** The `rug-*` events and their detail types. */
export interface RugEventDetails {
  'rug-toggle': RugToggleDetail;
}

export type RugEvent<K extends keyof RugEventDetails> = CustomEvent<RugEventDetails[K]>;

/** Every `rug-*` event bubbles and is composed, so a page can listen on `document`. */
export function rugEvent<K extends keyof RugEventDetails>(
  type: K,
  detail: RugEventDetails[K],
): RugEvent<K> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'rug-toggle': RugEvent<'rug-toggle'>;
  }
}
