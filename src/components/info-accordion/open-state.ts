import { readJson, writeJson } from '../../internal/storage.js';

/**
 * Which sections an accordion opens at first: those named in `open`, those remembered in
 * this browser session, and the one the URL's fragment points to.
 */

/** The URL's fragment, decoded where it can be: a section's id when a link points to one. */
export function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1);
  }
}

/** `open`, plus the remembered set, plus the hash target; in `exclusive` mode one wins. */
export function initialOpenIds(
  fromAttribute: readonly string[],
  remembered: readonly string[],
  fromHash: readonly string[],
  exclusive: boolean,
): Set<string> {
  if (exclusive) return new Set([...fromHash, ...remembered, ...fromAttribute].slice(0, 1));
  return new Set([...fromAttribute, ...remembered, ...fromHash]);
}

/** Keyed by page and element, so two accordions keep their own sets. */
function storageKey(accordion: HTMLElement): string {
  const position = [...document.querySelectorAll(`${accordion.localName}[remember]`)].indexOf(
    accordion,
  );
  return `rugwijzer:info-accordion:${location.pathname}:${accordion.id || position}`;
}

/** The open sections remembered for this accordion in this session, those shown only. */
export function rememberedIds(accordion: HTMLElement, shown: readonly string[]): string[] {
  const stored = readJson(() => sessionStorage, storageKey(accordion));
  if (!Array.isArray(stored)) return [];
  return stored.filter((id): id is string => typeof id === 'string' && shown.includes(id));
}

/** Remembers the open sections for this session; storage that fails changes nothing. */
export function rememberOpenIds(accordion: HTMLElement, ids: ReadonlySet<string>): void {
  writeJson(() => sessionStorage, storageKey(accordion), [...ids]);
}
