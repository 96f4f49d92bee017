import { SECTION_IDS } from './content.js';

/** A host page's own section: `<section id="…"><h3>Title</h3>…</section>`. */
export interface LightSection {
  id: string;
  title: string;
  slot: string;
  element: Element;
}

/**
 * Turns the host's direct `<section id>` children that start with a heading into sections:
 * the heading becomes the header, the section the panel (through a slot). Anything else
 * stays where it is, as the page's own content, with one warning per child (`warned`
 * remembers them).
 *
 * @param adopted - The sections adopted before; they stay first.
 * @returns The adopted sections, or `adopted` itself when none was added.
 */
export function adoptLightSections(
  host: Element,
  adopted: readonly LightSection[],
  warned: WeakSet<Element>,
): readonly LightSection[] {
  const found = [...adopted];
  for (const child of host.children) {
    // Adopted already by this element (a clone's copies are adopted anew).
    if (found.some((section) => section.element === child)) continue;
    const heading = child.firstElementChild;
    const valid =
      child.localName === 'section' &&
      /^\S+$/.test(child.id) &&
      !(SECTION_IDS as readonly string[]).includes(child.id) &&
      !found.some((s) => s.id === child.id) &&
      heading !== null &&
      /^h[2-6]$/.test(heading.localName) &&
      heading.textContent?.trim() !== '';
    if (!valid) {
      if (!warned.has(child)) {
        warned.add(child);
        console.warn(
          `<${host.localName}>: a child that is not a <section id="…"> starting with a heading (h2–h6) with text, or whose id is taken, stays as the page's own content.`,
          child,
        );
      }
      continue;
    }
    const slot = `rug-section-${child.id}`;
    (heading as HTMLElement).hidden = true;
    child.slot = slot;
    found.push({ id: child.id, title: heading!.textContent!.trim(), slot, element: child });
  }
  return found.length === adopted.length ? adopted : found;
}
