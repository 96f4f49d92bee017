import { html, type TemplateResult } from 'lit';

/** One heading template per level: a tag name cannot be a binding. */
const HEADINGS: Record<number, (content: TemplateResult) => TemplateResult> = {
  1: (c) => html`<h1 class="heading" part="heading">${c}</h1>`,
  2: (c) => html`<h2 class="heading" part="heading">${c}</h2>`,
  3: (c) => html`<h3 class="heading" part="heading">${c}</h3>`,
  4: (c) => html`<h4 class="heading" part="heading">${c}</h4>`,
  5: (c) => html`<h5 class="heading" part="heading">${c}</h5>`,
  6: (c) => html`<h6 class="heading" part="heading">${c}</h6>`,
};

/**
 * `hidden="until-found"` on a closed panel: hidden, yet found by find-in-page (which then
 * fires `beforematch`). The `hidden` property takes the string and reflects it; a browser
 * without it hides the panel plainly. Typed as a boolean because the DOM typings are.
 */
function untilFound(open: boolean): boolean {
  return (open ? false : 'until-found') as boolean;
}

/**
 * One section: a heading with the header button, and the panel it controls.
 *
 * @param body - The panel's content, or `nothing` while a closed panel's content waits.
 * @param headingLevel - The heading's level; anything but an integer 1–6 counts as 3 (the
 *   property may be set to anything from script).
 * @param toggle - The header was clicked (`open` left out: the section switches), or
 *   find-in-page found text in the closed panel (`open` is `true`).
 */
export function sectionTemplate(
  id: string,
  title: string,
  body: unknown,
  open: boolean,
  headingLevel: number,
  toggle: (id: string, open?: boolean) => void,
): TemplateResult {
  const heading = HEADINGS[Object.hasOwn(HEADINGS, headingLevel) ? headingLevel : 3]!;
  return html`
    <div class="section" part="section" id=${id}>
      ${heading(html`
        <button
          class="header"
          part="button"
          id="${id}--button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="${id}--panel"
          @click=${() => toggle(id)}
          @keydown=${onHeaderKeydown}
        >
          <span>${title}</span><span class="icon" part="icon" aria-hidden="true"></span>
        </button>
      `)}
      <div
        class="panel"
        part="panel"
        id="${id}--panel"
        role="region"
        aria-labelledby="${id}--button"
        .hidden=${untilFound(open)}
        @beforematch=${() => toggle(id, true)}
      >
        ${body}
      </div>
    </div>
  `;
}

/**
 * Arrow keys, Home and End move between the headers (WAI-ARIA APG accordion). Lit calls a
 * listener with the element that rendered it as `this`: the accordion.
 */
function onHeaderKeydown(this: { renderRoot: ParentNode }, event: KeyboardEvent): void {
  const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.header')];
  const index = buttons.indexOf(event.currentTarget as HTMLButtonElement);
  const last = buttons.length - 1;
  const target = {
    ArrowDown: index === last ? 0 : index + 1,
    ArrowUp: index === 0 ? last : index - 1,
    Home: 0,
    End: last,
  }[event.key];
  if (target === undefined) return;
  event.preventDefault();
  buttons[target]?.focus();
}
