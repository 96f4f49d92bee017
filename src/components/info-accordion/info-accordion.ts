import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { RugElement } from '../../internal/rug-element.js';
import { baseStyles } from '../../internal/base-styles.js';
import { define } from '../../internal/define.js';
import { integerInRange } from '../../internal/converters.js';
import { toTokens } from '../../internal/tokens.js';
import { warnOncePerValue } from '../../internal/warn.js';
import { findContactCard, goToContactCard } from '../../internal/contact-card-link.js';
import { goToCardText } from '../../internal/texts.js';
import { rugEvent } from '../../events.js';
import { accordionStyles } from './info-accordion.styles.js';
import { SECTION_IDS, sectionContent, type SectionId } from './content.js';
import { adoptLightSections, type LightSection } from './light-sections.js';
import { hashId, initialOpenIds, rememberOpenIds, rememberedIds } from './open-state.js';
import { sectionTemplate } from './section.js';

const TAG = 'rug-info-accordion';

/**
 * The clinic's patient information on low back pain, as an accordion of sections.
 *
 * @tagname rug-info-accordion
 * @summary Patient information on low back pain, in Dutch and English.
 *
 * @slot - The host page's own sections: each `<section id="…">` whose first child is a
 *   heading (`h2`–`h6`) becomes an accordion section after the built-in ones. Readable
 *   before and without JavaScript.
 *
 * @fires {CustomEvent<RugToggleDetail>} rug-toggle - A section was opened or closed by a
 *   person or the page after the first render (not for the initial state), once per
 *   section that changed. `detail: { id, open }`: the section's id and whether it is now
 *   open.
 *
 * @csspart base - The wrapper around the whole accordion.
 * @csspart controls - The row holding the show all / hide all button.
 * @csspart toggle-all - The show all / hide all button.
 * @csspart section - One section: heading and panel.
 * @csspart heading - The heading element around a section's button.
 * @csspart button - A section's header button.
 * @csspart icon - The chevron in a header button.
 * @csspart panel - A section's content.
 * @csspart go-to-card - The button in the "more information" section that moves to the
 *   page's `<rug-contact-card>` (shown only when the page has one).
 *
 * @cssprop [--rug-font-size=max(1em, 16px)] - Text size.
 * @cssprop [--rug-line-height=1.5] - Line height.
 * @cssprop [--rug-color-text=#1b1b1b] - Text colour.
 * @cssprop [--rug-color-heading=inherit] - Colour of the section headers.
 * @cssprop [--rug-color-accent=#1d4ed8] - Colour of the chevrons and the show all button.
 * @cssprop [--rug-color-border=#b1b4b6] - Lines between sections.
 * @cssprop [--rug-color-hover=#f3f2f1] - Background of a header under the pointer.
 * @cssprop [--rug-color-focus=#1d4ed8] - Focus ring.
 * @cssprop [--rug-color-link=#1d4ed8] - Links in the panels.
 * @cssprop [--rug-color-background=#fff] - Background of buttons in the panels.
 * @cssprop [--rug-heading-size=1.125em] - Size of the section headers.
 * @cssprop [--rug-spacing=1em] - Space below a panel's content; also below the show all
 *   button, where it defaults to `0.5em`.
 * @cssprop [--rug-radius=4px] - Corner radius of buttons.
 */
export class RugInfoAccordion extends RugElement {
  static override styles = [baseStyles, accordionStyles];

  static override properties: PropertyDeclarations = {
    // Read from the attribute only: neither reflects, so no `toAttribute`.
    sections: { converter: toTokens },
    open: { converter: toTokens },
    exclusive: { type: Boolean, reflect: true },
    headingLevel: {
      type: Number,
      attribute: 'heading-level',
      reflect: true,
      converter: integerInRange(TAG, 'heading-level', 1, 6, 3),
    },
    remember: { type: Boolean, reflect: true },
    openIds: { state: true },
    lightSections: { state: true },
  };

  /**
   * Which sections to show, in this order: space-separated ids (`what spine specific
   * aspecific normal-course deviant-course treatment origene more-info`, or the id of one
   * of the page's own sections). Unknown ids are skipped; none known shows all.
   */
  sections: string[] = [];

  /**
   * The sections open at first: space-separated ids (in `exclusive` mode only the first).
   * Setting it later opens exactly these sections.
   */
  open: string[] = [];

  /** One section open at a time. Hides the show all / hide all button. */
  exclusive = false;

  /**
   * The level of the section headings, an integer 1–6. Any other value counts as 3 (an
   * attribute's with a console warning).
   */
  headingLevel = 3;

  /**
   * Remember the open sections for this page during the browser session (`sessionStorage`).
   */
  remember = false;

  private openIds: ReadonlySet<string> = new Set();

  private lightSections: readonly LightSection[] = [];

  /** An upgraded accordion renders its headers and open sections, then the closed ones' content. */
  protected override stages = 2;

  /** The sections shown, in order; worked out in `willUpdate`. */
  #shown: string[] = [];
  readonly #warnOnce = warnOncePerValue(TAG);
  readonly #warnedChildren = new WeakSet<Element>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#adoptLightSections();
    window.addEventListener('hashchange', this.#onHashChange);
    if (document.readyState === 'loading') {
      // Upgraded before its children were parsed: judge `sections` and `open` once they are.
      document.addEventListener('DOMContentLoaded', () => this.requestUpdate('sections'), {
        once: true,
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('sections') || changed.has('lightSections')) this.#shown = this.#resolveShown();
    if (!this.hasUpdated) {
      this.openIds = this.#initialOpenIds();
    } else if (changed.has('open')) {
      const ids = this.#knownTokens(this.open, 'open');
      this.#commit(new Set(this.exclusive ? ids.slice(0, 1) : ids));
    } else if (changed.has('lightSections')) {
      this.#openArrivedSections(changed.get('lightSections') as readonly LightSection[]);
    }
  }

  protected override firstUpdated(): void {
    const target = hashId();
    if (this.#shown.includes(target) && this.#isFirstWith(target)) {
      this.#sectionElement(target)?.scrollIntoView();
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (this.remember && changed.has('openIds')) rememberOpenIds(this, this.openIds);
  }

  /**
   * Opens or closes one section, as a person would; fires `rug-toggle` if it changes. In
   * `exclusive` mode opening one closes the others. An id that is not shown does nothing.
   *
   * @param id - The section's id, e.g. `deviant-course`.
   * @param {boolean} [open] - `true` opens, `false` closes; left out, the section switches.
   */
  toggle(id: string, open = !this.openIds.has(id)): void {
    if (!this.#shown.includes(id)) return;
    const next = new Set(this.openIds);
    if (open) {
      if (this.exclusive) next.clear();
      next.add(id);
    } else {
      next.delete(id);
    }
    this.#commit(next);
  }

  /** Opens every section, firing `rug-toggle` for each that opens; not in `exclusive` mode. */
  showAll(): void {
    if (!this.exclusive) this.#commit(new Set(this.#shown));
  }

  /** Closes every section, firing `rug-toggle` for each that closes. */
  hideAll(): void {
    this.#commit(new Set());
  }

  readonly #onHashChange = async (): Promise<void> => {
    const id = hashId();
    if (!this.#shown.includes(id)) return;
    this.toggle(id, true);
    if (!this.#isFirstWith(id)) return;
    await this.updateComplete;
    this.#sectionElement(id)?.scrollIntoView();
    this.#headerButton(id)?.focus({ preventScroll: true });
  };

  #adoptLightSections(): void {
    this.lightSections = adoptLightSections(this, this.lightSections, this.#warnedChildren);
  }

  /** Sets the open sections and fires `rug-toggle` for each that changed. */
  #commit(next: ReadonlySet<string>): void {
    const before = this.openIds;
    this.openIds = next;
    for (const id of this.#shown) {
      if (before.has(id) !== next.has(id)) {
        this.dispatchEvent(rugEvent('rug-toggle', { id, open: next.has(id) }));
      }
    }
  }

  /**
   * Sections the parser adds after the first render get the initial state they would have
   * had (from `open`, the remembered set or the hash), without events.
   */
  #openArrivedSections(before: readonly LightSection[]): void {
    const initial = this.#initialOpenIds();
    const arrived = this.lightSections
      .filter((section) => !before.includes(section) && initial.has(section.id))
      .map((section) => section.id);
    if (arrived.length === 0 || (this.exclusive && this.openIds.size > 0)) return;
    this.openIds = new Set([...this.openIds, ...(this.exclusive ? arrived.slice(0, 1) : arrived)]);
  }

  /** `open`, plus the remembered set, plus the hash target; in `exclusive` mode one wins. */
  #initialOpenIds(): Set<string> {
    const target = hashId();
    return initialOpenIds(
      this.#knownTokens(this.open, 'open'),
      this.remember ? rememberedIds(this, this.#shown) : [],
      this.#shown.includes(target) ? [target] : [],
      this.exclusive,
    );
  }

  /** The given ids that are shown; unknown ones are skipped with one warning per value. */
  #knownTokens(value: unknown, attribute: string): string[] {
    const tokens = toTokens(value);
    const known = new Set(SECTION_IDS as readonly string[]);
    for (const section of this.lightSections) known.add(section.id);
    const unknown = tokens.filter((id) => !known.has(id));
    // While the parser is still adding the page's own sections, an id may yet arrive.
    if (unknown.length > 0 && document.readyState !== 'loading') {
      this.#warnOnce(attribute, tokens.join(' '), `unknown ids skipped: ${unknown.join(', ')}`);
    }
    return [...new Set(tokens.filter((id) => known.has(id)))];
  }

  /**
   * The chosen sections in order, then the page's own sections it did not name.
   * A `sections` with no known id shows the default set.
   */
  #resolveShown(): string[] {
    const chosen = this.#knownTokens(this.sections, 'sections');
    const base = chosen.length > 0 ? chosen : [...SECTION_IDS];
    const rest = this.lightSections.map((s) => s.id).filter((id) => !base.includes(id));
    return [...base, ...rest];
  }

  /** Only the first accordion on the page with a hash target scrolls to it. */
  #isFirstWith(id: string): boolean {
    const first = [...document.querySelectorAll<RugInfoAccordion>(TAG)].find(
      (accordion) => #shown in accordion && accordion.#shown.includes(id),
    );
    return first === undefined || first === this;
  }

  #sectionElement(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById(id);
  }

  #headerButton(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById(`${id}--button`);
  }

  #renderMoreInfo(): TemplateResult | typeof nothing {
    if (!findContactCard()) return nothing;
    return html`<p>
      <button class="button" part="go-to-card" @click=${goToContactCard}>${goToCardText()}</button>
    </p>`;
  }

  #renderSection(id: string): TemplateResult {
    const light = this.lightSections.find((s) => s.id === id);
    const { title, body } = light
      ? { title: light.title, body: html`<slot name="rug-section-${id}"></slot>` }
      : sectionContent(id as SectionId, this.#renderMoreInfo());
    const open = this.openIds.has(id);
    return sectionTemplate(
      id,
      title,
      // Closed sections' content is hidden: an upgraded element's waits for the next slice;
      // it is in the DOM once the page settles, for find-in-page and printing.
      open || this.whole ? body : nothing,
      open,
      this.headingLevel,
      (section, opens) => this.toggle(section, opens),
    );
  }

  #renderToggleAll(): TemplateResult | typeof nothing {
    if (this.exclusive) return nothing;
    const allOpen = this.#shown.every((id) => this.openIds.has(id));
    const panels = this.#shown.map((id) => `${id}--panel`).join(' ');
    return html`<div class="controls" part="controls">
      <button
        class="toggle-all"
        part="toggle-all"
        aria-expanded=${allOpen ? 'true' : 'false'}
        aria-controls=${panels}
        @click=${() => (allOpen ? this.hideAll() : this.showAll())}
      >
        ${
          allOpen
            ? msg('Alles verbergen', {
                id: 'accordion.hide-all',
                desc: 'Button above the sections that closes them all',
              })
            : msg('Alles tonen', {
                id: 'accordion.show-all',
                desc: 'Button above the sections that opens them all',
              })
        }
      </button>
    </div>`;
  }

  protected override render(): TemplateResult {
    return html`
      <div class="accordion" part="base" lang=${this.locale}>
        ${this.#renderToggleAll()} ${this.#shown.map((id) => this.#renderSection(id))}
      </div>
      <slot @slotchange=${this.#adoptLightSections}></slot>
    `;
  }
}

// Importing only this element's file also brings its event types (HTMLElementEventMap).
/** Detail of `rug-toggle`: a section of `<rug-info-accordion>` opened or closed. */
export interface RugToggleDetail {
  /** The section's id, e.g. `deviant-course`. */
  id: string;
  /** Whether the section is now open. */
  open: boolean;
}

declare module '../../events.js' {
  interface RugEventDetails {
    'rug-toggle': RugToggleDetail;
  }
}

define(TAG, RugInfoAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'rug-info-accordion': RugInfoAccordion;
  }
}
