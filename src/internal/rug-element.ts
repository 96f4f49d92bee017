import { LitElement } from 'lit';
import { activeLocale, connectLocale, disconnectLocale, ownLangChanged } from '../localization.js';
import { inSlice } from './slices.js';
import { reservedHeight } from './define.js';

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

  /**
   * Whether the element was on the page before its tag was defined (its constructor runs
   * as an upgrade, already connected). Defining upgrades all such elements in one task, so
   * their rendering goes in slices; an element a script creates later (a framework, a
   * test) renders at once, as any Lit element does.
   */
  protected readonly upgraded = this.isConnected;

  /**
   * How many renders an upgraded element spreads its content over, a slice each: the first
   * may leave out what can wait (content that is hidden or further down) and keep its task
   * and the frame after it short; `updateComplete` waits for the last.
   */
  protected stages = 1;

  /**
   * Which of those renders is next or running, from 1; an element a script creates later
   * renders whole at once.
   */
  protected stage: number = this.upgraded ? 1 : Infinity;

  /** Whether `render()` renders everything. */
  protected get whole(): boolean {
    return this.stage >= this.stages;
  }

  /** Whether the host's `min-height` is the reserved one this element holds. */
  #holding = false;

  override connectedCallback(): void {
    super.connectedCallback();
    connectLocale(this);
    // Only an element that was on the page when its tag was defined has one. Held on the
    // host through CSSOM (allowed under a strict Content-Security-Policy) until it is whole,
    // so a frame painted in between shifts nothing.
    const height = reservedHeight(this);
    if (height && !this.style.minHeight) {
      this.style.minHeight = height;
      this.#holding = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    disconnectLocale(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') ownLangChanged(this);
  }

  /**
   * An upgraded element's first render waits for a task of its own (src/internal/slices.ts),
   * and each later stage for the next: defining the elements upgrades every one on the page,
   * and that with their renders would be one long task.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Lit's `updateComplete` waits for the promise returned here: the later stages too.
    return this.hasUpdated || !this.upgraded
      ? super.scheduleUpdate()
      : inSlice(() => super.scheduleUpdate()).then(() => this.#renderStages());
  }

  /** The renders after the first, a slice each; then the reserved height is let go. */
  async #renderStages(): Promise<void> {
    while (!this.whole) {
      await inSlice(() => {
        this.stage += 1;
        this.requestUpdate();
        this.performUpdate();
      });
    }
    if (this.#holding) this.style.minHeight = '';
  }

  /** The active locale; set as `lang` on the shadow content (WCAG 3.1.2). */
  protected get locale(): string {
    return activeLocale();
  }
}
