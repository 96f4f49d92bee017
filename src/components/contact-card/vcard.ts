/**
 * The clinic as a vCard 3.0 file: the version most phones import. Text values escape
 * `\`, `,`, `;` and newlines; lines are folded at 75 octets without splitting a
 * character; lines end in CRLF (RFC 2426).
 */
export interface VCardData {
  name: string;
  /** E.164, or empty. */
  phone: string;
  email: string;
  url: string;
  address: string;
  /** Extra lines, e.g. the therapists with their roles. */
  note: string;
}

export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation 74 plus its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function vcard(data: VCardData): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  const name = escapeText(data.name);
  lines.push(`FN:${name}`, `N:${name};;;;`, `ORG:${name}`);
  if (data.phone) lines.push(`TEL;TYPE=WORK,VOICE:${data.phone}`);
  if (data.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeText(data.email)}`);
  if (data.url) lines.push(`URL:${data.url}`);
  if (data.address) lines.push(`ADR;TYPE=WORK:;;${escapeText(data.address)};;;;`);
  if (data.note) lines.push(`NOTE:${escapeText(data.note)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
