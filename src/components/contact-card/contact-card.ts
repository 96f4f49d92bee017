import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { RugElement } from '../../internal/rug-element.js';
import { baseStyles } from '../../internal/base-styles.js';
import { define } from '../../internal/define.js';
import { jsonArray } from '../../internal/converters.js';
import { warnOncePerValue } from '../../internal/warn.js';
import { download } from '../../internal/download.js';
import { rugEvent } from '../../events.js';
import { contactCardStyles } from './contact-card.styles.js';
import { formatDays, formatTimes } from './opening-hours.js';
import { vcard } from './vcard.js';
import { structuredData, syncJsonLd } from './json-ld.js';
import {
  clinicFromFields,
  isTherapist,
  seedClinic,
  type Clinic,
  type Therapist,
} from './clinic.js';

const TAG = 'rug-contact-card';

/**
 * How to reach the clinic: phone, e-mail, website, booking, address, opening hours and
 * therapists, one tap away. By default the clinic of the patient information (Fysio Cura
 * Plaza, Hoofddorp); any contact attribute replaces its details as a whole.
 *
 * @tagname rug-contact-card
 * @summary The clinic's contact details, with click-to-call and "add to contacts".
 *
 * @slot therapists - The clinic's therapists as the page's own elements, shown as written
 *   (used when the `therapists` attribute is not set; not in the vCard or JSON-LD).
 *
 * @fires {CustomEvent<RugContactDetail>} rug-contact - A person used a channel: followed
 *   a link or added the clinic to their contacts. `detail: { channel }`, one of `phone`,
 *   `email`, `website`, `booking`, `vcard`.
 *
 * @csspart base - The card.
 * @csspart name - The clinic's name.
 * @csspart details - The list of contact details.
 * @csspart actions - The row of buttons.
 * @csspart booking - The "make an appointment" link.
 * @csspart vcard - The "add to contacts" button.
 *
 * @cssprop [--rug-font-size=max(1em, 16px)] - Text size.
 * @cssprop [--rug-line-height=1.5] - Line height.
 * @cssprop [--rug-color-text=#1b1b1b] - Text colour.
 * @cssprop [--rug-color-heading=inherit] - Colour of the clinic's name.
 * @cssprop [--rug-color-muted=#505a5f] - Colour of the therapists' roles.
 * @cssprop [--rug-color-accent=#1d4ed8] - Buttons.
 * @cssprop [--rug-color-on-accent=#fff] - Text on the main button.
 * @cssprop [--rug-color-border=#b1b4b6] - The card's border.
 * @cssprop [--rug-color-background=#fff] - The card's background.
 * @cssprop [--rug-color-focus=#1d4ed8] - Focus ring.
 * @cssprop [--rug-color-link=#1d4ed8] - Links.
 * @cssprop [--rug-spacing=1em] - The card's padding.
 * @cssprop [--rug-radius=4px] - Corner radius of the card and its buttons.
 */
export class RugContactCard extends RugElement {
  static override styles = [
    baseStyles,
    contactCardStyles,
    css`
      :host(:focus) {
        outline: 3px solid var(--rug-color-focus, #1d4ed8);
        outline-offset: 4px;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    name: {},
    phone: {},
    email: {},
    website: {},
    address: {},
    bookingUrl: { attribute: 'booking-url' },
    openingHours: { attribute: 'opening-hours' },
    therapists: { type: Array, converter: jsonArray(TAG, 'therapists', isTherapist) },
    structuredData: { type: Boolean, reflect: true, attribute: 'structured-data' },
  };

  /** The clinic's name. Setting any contact field replaces the default clinic as a whole. */
  name = '';

  /**
   * Phone number as people read it (`088-3270000`); the `tel:` link is made E.164
   * (`tel:+31883270000`). A number that cannot be dialled is shown without a link, with a
   * console warning.
   */
  phone = '';

  /** E-mail address, shown as a `mailto:` link. */
  email = '';

  /**
   * Website: `https://…`, a bare host (`www.example.nl` gets `https://`) or a path on this
   * site; opens in a new tab. Any other scheme is refused with a console warning.
   */
  website = '';

  /** Address, as one line of text. */
  address = '';

  /** Where to make an appointment online; the same forms as `website`. */
  bookingUrl = '';

  /**
   * Opening hours in schema.org form, specs separated by `;`:
   * `Mo-Th 08:00-21:00; Fr 08:00-17:00`. Shown with day names in the page's language.
   */
  openingHours = '';

  /**
   * Therapists as JSON: `[{"name": "…", "role": "…"}]` (`role` optional). Invalid JSON or
   * a bad item gives a console warning and none.
   */
  therapists: Therapist[] = [];

  /** Adds schema.org JSON-LD (`Physiotherapy`) to the page for local search. */
  structuredData = false;

  #clinic: Clinic = seedClinic();
  readonly #warnOnce = warnOncePerValue(TAG);
  #jsonLd: HTMLScriptElement | undefined;
  /** Therapists slotted or removed after the first render (a framework, a late parser). */
  readonly #childObserver = new MutationObserver((records) => {
    const nodes = records.flatMap((r) => [...r.addedNodes, ...r.removedNodes]);
    if (nodes.some((node) => node !== this.#jsonLd)) this.requestUpdate();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#childObserver.observe(this, { childList: true });
    if (this.hasUpdated) this.#syncJsonLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
    this.#jsonLd?.remove();
  }

  protected override willUpdate(): void {
    const seed = this.#isSeedClinic();
    this.#clinic = seed
      ? seedClinic()
      : clinicFromFields(this.#fields(), this.#therapistList(), this.#warnOnce);
    // docs/design.md: the `therapists` attribute, else slotted children, else the seed's two.
    if (seed && this.#hasSlottedTherapists()) this.#clinic.therapists = [];
  }

  protected override updated(): void {
    this.#syncJsonLd();
  }

  /** The clinic as vCard 3.0 text: what "add to contacts" downloads. Fires no event. */
  toVCard(): string {
    const clinic = this.#clinic;
    return vcard({
      name: clinic.name,
      phone: clinic.phoneNumber ?? '',
      email: clinic.emailHref ? clinic.email : '',
      url: clinic.websiteHref ?? '',
      address: clinic.address,
      note: clinic.therapists.map((t) => (t.role ? `${t.name}, ${t.role}` : t.name)).join('\n'),
    });
  }

  #onChannel(channel: RugContactChannel): void {
    this.dispatchEvent(rugEvent('rug-contact', { channel }));
  }

  #downloadVCard(): void {
    const name = this.#clinic.name.replace(/[^\p{L}\d -]+/gu, '').trim() || 'contact';
    download(this.renderRoot, `${name}.vcf`, this.toVCard(), 'text/vcard;charset=utf-8');
    this.#onChannel('vcard');
  }

  /**
   * The contact fields as given. A removed attribute (Lit gives `null`) or a property set
   * to something else than a string counts as unset.
   */
  #fields() {
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return {
      name: text(this.name),
      phone: text(this.phone),
      email: text(this.email),
      website: text(this.website),
      address: text(this.address),
      bookingUrl: text(this.bookingUrl),
      openingHours: text(this.openingHours),
    };
  }

  #therapistList(): Therapist[] {
    return Array.isArray(this.therapists) ? this.therapists.filter(isTherapist) : [];
  }

  /** True while no contact field is set: the seed's clinic as a whole. */
  #isSeedClinic(): boolean {
    // A `therapists` attribute that is set counts even when its JSON is refused: a
    // partner's card must not fall back to the seed's people.
    const therapistsSet =
      this.#therapistList().length > 0 || Boolean(this.getAttribute('therapists')?.trim());
    return Object.values(this.#fields()).every((field) => field.trim() === '') && !therapistsSet;
  }

  #hasSlottedTherapists(): boolean {
    return this.querySelector(':scope > [slot="therapists"]') !== null;
  }

  /** One JSON-LD script as the card's light-DOM child while `structured-data` is on. */
  #syncJsonLd(): void {
    const clinic = this.#clinic;
    this.#jsonLd = syncJsonLd(
      this,
      this.#jsonLd,
      this.structuredData && this.isConnected
        ? structuredData({
            name: clinic.name,
            telephone: clinic.phoneNumber ?? '',
            url: clinic.websiteHref ?? '',
            email: clinic.emailHref ? clinic.email : '',
            address: clinic.address,
            openingHours: clinic.hours.map((spec) => spec.text),
            employees: clinic.therapists,
          })
        : null,
    );
  }

  #renderDetail(label: string, value: TemplateResult | string | typeof nothing): TemplateResult {
    return html`<dt>${label}</dt>
      <dd>${value}</dd>`;
  }

  #renderTherapists(): TemplateResult | typeof nothing {
    const { therapists } = this.#clinic;
    const slotted = this.#hasSlottedTherapists();
    if (therapists.length === 0 && !slotted) return nothing;
    const list = html`<ul class="therapists">
      ${therapists.map(
        (t) => html`<li>${t.name}${t.role ? html`, <span class="role">${t.role}</span>` : ''}</li>`,
      )}
    </ul>`;
    return this.#renderDetail(
      msg('Therapeuten', {
        id: 'card.therapists',
        desc: 'Label in the clinic’s contact details, before the list of therapists',
      }),
      therapists.length > 0 ? list : html`<slot name="therapists"></slot>`,
    );
  }

  #renderHours(): TemplateResult | typeof nothing {
    const { hours } = this.#clinic;
    if (hours.length === 0) return nothing;
    return this.#renderDetail(
      msg('Openingstijden', {
        id: 'card.opening-hours',
        desc: 'Label in the clinic’s contact details, before the days and times',
      }),
      html`<ul class="hours">
        ${hours.map(
          (spec) =>
            html`<li>
              ${formatDays(spec, this.locale)}: <span class="times">${formatTimes(spec)}</span>
            </li>`,
        )}
      </ul>`,
    );
  }

  protected override render(): TemplateResult {
    const c = this.#clinic;
    const phone = c.phoneNumber
      ? html`<a href="tel:${c.phoneNumber}" @click=${() => this.#onChannel('phone')}>${c.phone}</a>`
      : c.phone;
    const email = c.emailHref
      ? html`<a href=${c.emailHref} @click=${() => this.#onChannel('email')}>${c.email}</a>`
      : c.email;
    const website = c.websiteHref
      ? html`<a
          href=${c.websiteHref}
          target="_blank"
          rel="noopener"
          @click=${() => this.#onChannel('website')}
          >${c.website}</a
        >`
      : nothing;
    return html`
      <div class="card" part="base" lang=${this.locale}>
        ${c.name ? html`<p class="name" part="name">${c.name}</p>` : nothing}
        <p class="invitation">
          ${msg(
            'Wilt u meer informatie of wilt u een afspraak maken? Neem dan contact met ons op.',
            {
              id: 'card.invitation',
            },
          )}
        </p>
        <dl part="details">
          ${c.phone ? this.#renderDetail(msg('Telefoon', { id: 'card.phone', desc: 'Label in the clinic’s contact details' }), phone) : nothing}
          ${c.email ? this.#renderDetail(msg('E-mail', { id: 'card.email', desc: 'Label in the clinic’s contact details' }), email) : nothing}
          ${
            c.websiteHref
              ? this.#renderDetail(
                  msg('Website', {
                    id: 'card.website',
                    desc: 'Label in the clinic’s contact details',
                  }),
                  website,
                )
              : nothing
          }
          ${c.address ? this.#renderDetail(msg('Adres', { id: 'card.address', desc: 'Label in the clinic’s contact details' }), c.address) : nothing}
          ${this.#renderHours()} ${this.#renderTherapists()}
        </dl>
        <div class="actions" part="actions">
          ${
            c.bookingHref
              ? html`<a
                  class="button primary"
                  part="booking"
                  href=${c.bookingHref}
                  target="_blank"
                  rel="noopener"
                  @click=${() => this.#onChannel('booking')}
                  >${msg('Afspraak maken', { id: 'card.book', desc: 'Button (a link) to make an appointment online' })}</a
                >`
              : nothing
          }
          <button class="button" part="vcard" type="button" @click=${this.#downloadVCard}>
            ${msg('Toevoegen aan contacten', { id: 'card.add-to-contacts', desc: 'Button that downloads the clinic as a contact card (vCard)' })}
          </button>
        </div>
      </div>
    `;
  }
}

export type { Therapist } from './clinic.js';

// Importing only this element's file also brings its event types (HTMLElementEventMap).
/** How a person reached the clinic from `<rug-contact-card>`. */
export type RugContactChannel = 'phone' | 'email' | 'website' | 'booking' | 'vcard';

/** Detail of `rug-contact`: a person used one of the card's channels. */
export interface RugContactDetail {
  channel: RugContactChannel;
}

declare module '../../events.js' {
  interface RugEventDetails {
    'rug-contact': RugContactDetail;
  }
}

define(TAG, RugContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'rug-contact-card': RugContactCard;
  }
}
