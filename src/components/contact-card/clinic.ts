import { msg } from '@lit/localize';
import { e164, mailtoUrl, webUrl } from '../../internal/links.js';
import { parseOpeningHours, type OpeningSpec } from './opening-hours.js';

/** A therapist of the clinic, as in the `therapists` attribute. */
export interface Therapist {
  name: string;
  role?: string;
}

export function isTherapist(item: unknown): item is Therapist {
  if (typeof item !== 'object' || item === null) return false;
  const { name, role } = item as Record<string, unknown>;
  return typeof name === 'string' && (role === undefined || typeof role === 'string');
}

/** The clinic's details after the default and the link rules are applied. */
export interface Clinic {
  name: string;
  phone: string;
  /** E.164, or `null` when the number cannot be dialled. */
  phoneNumber: string | null;
  email: string;
  emailHref: string | null;
  website: string;
  websiteHref: string | null;
  address: string;
  bookingHref: string | null;
  hours: OpeningSpec[];
  therapists: Array<{ name: string; role: string }>;
}

/** The card's contact fields as the page set them, each a string ('' when unset). */
export type ClinicFields = Record<
  'name' | 'phone' | 'email' | 'website' | 'address' | 'bookingUrl' | 'openingHours',
  string
>;

/** Says that an attribute's value is not used as given: what happened to it instead. */
export type FieldWarning = (attribute: string, value: string, outcome: string) => void;

/** The seed's clinic, shown while no contact field is set. */
export function seedClinic(): Clinic {
  return {
    name: 'Fysio Cura Plaza',
    phone: '088-3270000',
    phoneNumber: '+31883270000',
    email: '',
    emailHref: null,
    website: 'www.fysiocuraplaza.nl',
    websiteHref: 'https://www.fysiocuraplaza.nl/',
    address: 'Hoofddorp',
    bookingHref: null,
    hours: [],
    therapists: [
      {
        name: 'Bas Besselink',
        role: msg('Sportfysiotherapeut', {
          id: 'card.role.sports-physio',
          desc: 'A therapist’s role, after the name (sports physiotherapist)',
        }),
      },
      {
        name: 'Antoine van den Berg',
        role: msg('Manueel therapeut', {
          id: 'card.role.manual-therapist',
          desc: 'A therapist’s role, after the name (manual therapist)',
        }),
      },
    ],
  };
}

/**
 * The clinic a page describes: a phone number that cannot be dialled and an e-mail
 * address that is not one are shown as text, without a link; a website or booking URL
 * that is not http(s), and opening hours that cannot be read, are left out. Each with a
 * `warn`.
 */
export function clinicFromFields(
  f: ClinicFields,
  therapists: readonly Therapist[],
  warn: FieldWarning,
): Clinic {
  const phoneNumber = f.phone.trim() ? e164(f.phone) : null;
  if (f.phone.trim() && !phoneNumber) warn('phone', f.phone, 'shown as text, without a link');
  const emailHref = f.email.trim() ? mailtoUrl(f.email) : null;
  if (f.email.trim() && !emailHref) warn('email', f.email, 'shown as text, without a link');
  const { specs, invalid } = parseOpeningHours(f.openingHours);
  if (invalid.length > 0) warn('opening-hours', f.openingHours, `skipped: ${invalid.join('; ')}`);
  const safeWebUrl = (attribute: string, value: string): string | null => {
    if (!value.trim()) return null;
    const url = webUrl(value);
    if (!url) warn(attribute, value, 'only http(s) links are shown');
    return url;
  };
  return {
    name: f.name.trim(),
    phone: f.phone.trim(),
    phoneNumber,
    // Shown as an address; the link has the scheme.
    email: emailHref ? emailHref.slice('mailto:'.length) : f.email.trim(),
    emailHref,
    website: f.website.trim(),
    websiteHref: safeWebUrl('website', f.website),
    address: f.address.trim(),
    bookingHref: safeWebUrl('booking-url', f.bookingUrl),
    hours: specs,
    therapists: therapists.map(({ name, role }) => ({ name, role: role ?? '' })),
  };
}
