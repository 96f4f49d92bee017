import { LitElement } from 'lit';
import { activeLocale, connectLocale, disconnectLocale, ownLangChanged } from '../localization.js';

/**
 * The base of every `rug-*` element: it takes part in the page's locale resolution and
 * re-renders when the locale changes (src/localization.ts tells it). Not an element of
 * its own (no tag name).
 * Subclasses declare their reactive properties in `static properties`, not with
 * decorators: the decorators and their helpers would ship 0.3 KB (brotli) more.
 *
 * @attr {string} lang - The language: `en` or `en-*` for English, anything else Dutch;
 *   unset, the closest ancestor's `lang`. One language per page: the `rug-*` element whose
 *   `lang` was set last decides for all. The property is the standard `lang`.
 */
export class RugElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectLocale(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    disconnectLocale(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') ownLangChanged(this);
  }

  /** The active locale; set as `lang` on the shadow content (WCAG 3.1.2). */
  protected get locale(): string {
    return activeLocale();
  }
}
