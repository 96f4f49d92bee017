import { dayNumber } from './dates.js';

/** A date in the given language: `4 november 2026`, or `4 nov 2026` when `short`. */
export function formatDate(locale: string, date: string, short = false): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: short ? 'short' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(dayNumber(date)! * 86_400_000);
}

/** A score's change with its sign: `+3`, `-2`, `0`. */
export function formatChange(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }).format(value);
}
