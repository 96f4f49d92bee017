let warned = false;

/**
 * Registers a custom element unless its tag is taken. A page that loads the bundle twice,
 * or two versions of it, must keep working: the first definition wins and this copy
 * warns once instead of throwing.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
  } else if (existing !== element && !warned) {
    warned = true;
    console.warn(
      `rugwijzer: <${tag}> is already defined by another copy of Rugwijzer; this copy defines nothing.`,
    );
  }
}
