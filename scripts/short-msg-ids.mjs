// A rollup plugin: the readable message ids of the source (`checker.reason.improving`)
// become short ones (`a3`) in the shipped chunks, the Dutch `msg()` calls and the English
// locale alike. Every id ships in every chunk that uses it; this saves a patient's phone
// the bytes, while the source and locales/*.xlf keep the names translators read.
//
// It relies on each id reaching the rendered chunk as a whole string literal: in the
// `{ id: '…' }` of a `msg()` call, and as a quoted key of the locale module that
// `lit-localize build` writes. An id renamed on one side only would show the Dutch text in
// English, so when an id of locales/*.xlf is no longer found both in a locale chunk and in
// a chunk with the calls, the build fails, naming the ids.
import { readFileSync, readdirSync } from 'node:fs';

const LOCALE_MODULE = /[/\\]src[/\\]generated[/\\]locales[/\\][\w-]+\.ts$/;

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
  // The ids replaced in locale chunks and in the other chunks, over the whole build.
  let inLocales;
  let inCalls;
  return {
    name: 'short-msg-ids',
    buildStart() {
      short = new Map(messageIds().map((id, index) => [id, `m${index.toString(36)}`]));
      inLocales = new Set();
      inCalls = new Set();
    },
    renderChunk(code, chunk) {
      const found = chunk.moduleIds.some((id) => LOCALE_MODULE.test(id)) ? inLocales : inCalls;
      // Only string literals that are exactly a known id (ids always contain a dot).
      const replaced = code.replace(
        /(["'])([a-z\d-]+(?:\.[a-z\d-]+)+)\1/g,
        (literal, quote, id) => {
          if (!short.has(id)) return literal;
          found.add(id);
          return `${quote}${short.get(id)}${quote}`;
        },
      );
      return replaced === code ? null : { code: replaced, map: null };
    },
    generateBundle() {
      const missing = [...short.keys()].filter((id) => !inLocales.has(id) || !inCalls.has(id));
      if (missing.length === 0) return;
      const sample = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ', …' : '');
      this.error(
        `short-msg-ids: ${missing.length} of the ${short.size} ids of locales/*.xlf were not ` +
          `found as string literals in both a locale chunk and a msg() call (${sample}). ` +
          'Either `lit-localize build` or the minifier before this plugin changed how ids ' +
          'appear in the code, or locales/en.xlf is stale (`npm run localize`).',
      );
    },
  };
}
