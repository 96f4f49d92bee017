/**
 * Link safety for every URL or phone number a page author gives, on any element: only
 * `http:`, `https:`, `tel:` and `mailto:` are ever rendered as links. Protocols are
 * compared on the parsed URL, so `JaVaScRiPt:`, leading spaces and embedded tabs are
 * caught. Each function returns `null` for what it refuses; the caller warns.
 */

/** What the URL parser ignores anyway: surrounding spaces/controls, tabs and newlines inside. */
function normalise(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
/** A bare host with an optional path, e.g. `www.fysiocuraplaza.nl` or `example.nl/afspraak`. */
const BARE_HOST = /^[\p{L}\d-]+(\.[\p{L}\d-]+)+(:\d+)?([/?#]|$)/u;

/**
 * A website or booking link as an absolute `http(s):` URL. `/`, `./` and `../` resolve
 * against the page; a bare host gets `https://`; any other scheme is refused.
 */
export function webUrl(value: string, base: string = document.baseURI): string | null {
  const input = normalise(value);
  if (input === '') return null;
  let candidate: string;
  if (/^\.{0,2}\//.test(input)) candidate = input;
  else if (SCHEME.test(input)) candidate = input;
  else if (BARE_HOST.test(input)) candidate = `https://${input}`;
  else return null;
  try {
    const url = new URL(candidate, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A phone number in E.164 for `tel:` links (the phone rule of docs/design.md): spaces,
 * dashes, dots and brackets go, and a `(0)` after a country code; a leading `00` becomes
 * `+`, a leading `0` becomes `+31`. What is then not `+` and 8–15 digits is refused.
 */
export function e164(phone: string): string | null {
  let number = normalise(phone)
    .replace(/^((?:\+|00)\d{1,3})\s*\(0\)/, '$1')
    .replace(/[\s.()-]/g, '');
  if (number.startsWith('00')) number = `+${number.slice(2)}`;
  else if (number.startsWith('0')) number = `+31${number.slice(1)}`;
  return /^\+\d{8,15}$/.test(number) ? number : null;
}

/** A `tel:` link for a phone number, or `null` when it cannot be dialled. */
export function telUrl(phone: string): string | null {
  const number = e164(phone);
  return number === null ? null : `tel:${number}`;
}

/** A `mailto:` link for a plain e-mail address (with or without `mailto:`), or `null`. */
export function mailtoUrl(email: string): string | null {
  const address = normalise(email).replace(/^mailto:/i, '');
  if (!/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/.test(address)) {
    return null;
  }
  return `mailto:${address}`;
}
