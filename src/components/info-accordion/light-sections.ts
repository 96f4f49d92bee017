import { SECTION_IDS } from './content.js';

/**
 * A host page's own section: `<section id="…"><h3>Title</h3>…</section>`, slotted into
 * its panel as `slot="rug-section-<id>"`.
 */
export interface LightSection {
  id: string;
  title: string;
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
    // A heading's text, else '' (no heading first, or one without text).
    const title = heading && /^h[2-6]$/.test(heading.localName) ? heading.textContent!.trim() : '';
    const valid =
      child.localName === 'section' &&
      /^\S+$/.test(child.id) &&
      !(SECTION_IDS as readonly string[]).includes(child.id) &&
      !found.some((s) => s.id === child.id) &&
      title !== '';
    if (!valid) {
      if (!warned.has(child)) {
        warned.add(child);
        console.warn(
          `<${host.localName}>: not a <section id="…"> starting with an h2–h6 with text, or its id is taken: left as page content.`,
          child,
        );
      }
      continue;
    }
    (heading as HTMLElement).hidden = true;
    child.slot = `rug-section-${child.id}`;
    found.push({ id: child.id, title, element: child });
  }
  return found.length === adopted.length ? adopted : found;
}
