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
