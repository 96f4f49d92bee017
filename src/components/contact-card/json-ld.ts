/** schema.org structured data for local search: a `Physiotherapy` business. */
export interface ClinicData {
  name: string;
  /** E.164, or empty. */
  telephone: string;
  url: string;
  email: string;
  address: string;
  openingHours: string[];
  employees: Array<{ name: string; role: string }>;
}

/** The JSON-LD object; empty fields are left out. */
export function structuredData(clinic: ClinicData): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Physiotherapy',
  };
  for (const key of ['name', 'telephone', 'url', 'email', 'address'] as const) {
    if (clinic[key]) data[key] = clinic[key];
  }
  if (clinic.openingHours.length > 0) data['openingHours'] = clinic.openingHours;
  if (clinic.employees.length > 0) {
    data['employee'] = clinic.employees.map(({ name, role }) => ({
      '@type': 'Person',
      name,
      ...(role ? { jobTitle: role } : {}),
    }));
  }
  return data;
}

/**
 * The text of a `<script type="application/ld+json">`: every `<` written as `\u003c`, so
 * no value can close the script element.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * Keeps one JSON-LD script as the card's light-DOM child: this card's own, with `data`;
 * none while `data` is `null`. A clone of a card copies its script: only the card's own
 * may stay.
 *
 * @param own - The script this card made before, if any (kept for reuse when removed).
 * @returns The card's own script.
 */
export function syncJsonLd(
  card: Element,
  own: HTMLScriptElement | undefined,
  data: Record<string, unknown> | null,
): HTMLScriptElement | undefined {
  for (const script of card.querySelectorAll(':scope > script[data-rug-json-ld]')) {
    if (script !== own) script.remove();
  }
  if (!data) {
    own?.remove();
    return own;
  }
  if (!own) {
    own = Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    own.dataset['rugJsonLd'] = '';
  }
  own.textContent = jsonLdText(data);
  if (own.parentNode !== card) card.appendChild(own);
  return own;
}
