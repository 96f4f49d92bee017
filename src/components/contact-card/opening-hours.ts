/**
 * Opening hours in schema.org's text form (`Mo-Th 08:00-21:00; Fr 08:00-17:00`), parsed
 * for display with the active language's day names and kept as written for JSON-LD.
 */
export const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

export interface OpeningSpec {
  /** As written, e.g. `Mo-Th 08:00-21:00`; what schema.org's `openingHours` holds. */
  text: string;
  /** Day groups: a single day (`[4, 4]`) or a range (`[0, 3]`), 0 = Monday. */
  days: Array<[number, number]>;
  /** Time ranges, e.g. `[['08:00', '21:00']]`. */
  times: Array<[string, string]>;
}

const DAY = `(${DAYS.join('|')})`;
const DAY_GROUP = new RegExp(`^${DAY}(?:-${DAY})?$`);
const TIME_RANGE = /^(\d\d:\d\d)-(\d\d:\d\d)$/;

/** `00:00`–`23:59`; `24:00` only as the end of a range (open until midnight). */
function isTime(time: string, end: boolean): boolean {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return (hours < 24 && minutes < 60) || (end && time === '24:00');
}

/** One spec, or `null` when it is not schema.org's form. */
export function parseSpec(text: string): OpeningSpec | null {
  const [dayPart = '', ...timeParts] = text.trim().split(/\s+/);
  const days: Array<[number, number]> = [];
  for (const group of dayPart.split(',')) {
    const match = DAY_GROUP.exec(group);
    if (!match) return null;
    const from = DAYS.indexOf(match[1] as (typeof DAYS)[number]);
    const to = match[2] ? DAYS.indexOf(match[2] as (typeof DAYS)[number]) : from;
    days.push([from, to]);
  }
  const times: Array<[string, string]> = [];
  for (const range of timeParts.join(',').split(',').filter(Boolean)) {
    const [, from = '', to = ''] = TIME_RANGE.exec(range) ?? [];
    if (!isTime(from, false) || !isTime(to, true)) return null;
    times.push([from, to]);
  }
  return times.length > 0 ? { text: text.trim().replace(/\s+/g, ' '), days, times } : null;
}

/** Specs separated by `;`; the invalid ones are returned apart, for a warning. */
export function parseOpeningHours(value: string): { specs: OpeningSpec[]; invalid: string[] } {
  const specs: OpeningSpec[] = [];
  const invalid: string[] = [];
  for (const part of value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const spec = parseSpec(part);
    if (spec) specs.push(spec);
    else invalid.push(part);
  }
  return { specs, invalid };
}

/** A day's name in a locale; 1 January 2024 was a Monday. */
export function dayName(day: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1 + day),
  );
}

/** `maandag – donderdag`, `vrijdag`, `maandag, woensdag` in the locale. */
export function formatDays(spec: OpeningSpec, locale: string): string {
  return spec.days
    .map(([from, to]) =>
      from === to ? dayName(from, locale) : `${dayName(from, locale)} – ${dayName(to, locale)}`,
    )
    .join(', ');
}

/** `08:00–21:00`, several ranges joined with commas. */
export function formatTimes(spec: OpeningSpec): string {
  return spec.times.map(([from, to]) => `${from}–${to}`).join(', ');
}
