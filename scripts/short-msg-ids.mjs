// A rollup plugin: the readable message ids of the source (`checker.reason.improving`)
// become short ones (`a3`) in the shipped chunks, the Dutch `msg()` calls and the English
// locale alike. Every id ships in every chunk that uses it; this saves a patient's phone
// the bytes, while the source and locales/*.xlf keep the names translators read.
import { readFileSync, readdirSync } from 'node:fs';

function messageIds() {
  const ids = new Set();
  for (const file of readdirSync('locales').filter((name) => name.endsWith('.xlf'))) {
    const xliff = readFileSync(`locales/${file}`, 'utf8');
    for (const [, id] of xliff.matchAll(/<trans-unit id="([^"]+)"/g)) ids.add(id);
  }
  return [...ids].sort();
}

export function shortMessageIds() {
  let short;
  return {
    name: 'short-msg-ids',
    buildStart() {
      short = new Map(messageIds().map((id, index) => [id, `m${index.toString(36)}`]));
    },
    renderChunk(code) {
      // Only string literals that are exactly a known id (ids always contain a dot).
      const replaced = code.replace(/(["'])([a-z\d-]+(?:\.[a-z\d-]+)+)\1/g, (literal, quote, id) =>
        short.has(id) ? `${quote}${short.get(id)}${quote}` : literal,
      );
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}
