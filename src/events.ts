/**
 * The `rug-*` events by name, with their detail types. Empty here: each element adds its
 * own events in its own file (declaration merging, `declare module '…/events.js'`), so
 * this module depends on no element.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RugEventDetails {}

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
