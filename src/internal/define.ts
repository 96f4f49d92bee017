let warned = false;

/** The `min-height` the page gave each element before it was defined; see `reservedHeight`. */
const reserved = new WeakMap<Element, string>();

/**
 * The height the page reserved for `element` while it was not defined (`:not(:defined)` in
 * the README's embed CSS), read once: the element holds it until it has rendered whole.
 */
export function reservedHeight(element: Element): string | undefined {
  const height = reserved.get(element);
  reserved.delete(element);
  return height;
}

/**
 * Registers a custom element unless its tag is taken. A page that loads the bundle twice,
 * or two versions of it, must keep working: the first definition wins and this copy
 * warns once instead of throwing.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    // Defining upgrades the elements at once; their `:not(:defined)` style goes with it.
    for (const el of document.querySelectorAll(tag)) {
      reserved.set(el, getComputedStyle(el).minHeight);
    }
    customElements.define(tag, element);
  } else if (existing !== element && !warned) {
    warned = true;
    console.warn(
      `rugwijzer: <${tag}> is already defined by another copy of Rugwijzer; this copy defines nothing.`,
    );
  }
}
