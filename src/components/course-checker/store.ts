import { isCheckInShape, type CheckIn } from './checkin.js';
import { readText, remove, writeJson } from '../../internal/storage.js';

/**
 * The checker's data on this device (localStorage, only when the person chooses
 * "remember") and in export files, versioned so an older shape is migrated and a newer or
 * corrupt one is never silently overwritten.
 */
export const SCHEMA_VERSION = 2;

export interface StoredData {
  version: typeof SCHEMA_VERSION;
  /** The clinical rules version the answers were given under. */
  rulesVersion: number;
  start: string | null;
  entries: CheckIn[];
  /** The red flags answered yes. */
  redFlags: string[];
  /**
   * The red-flag questions not answered yet, whatever `redFlags` says; the others are yes
   * when in `redFlags`, else no.
   */
  unanswered: string[];
  /** Flags set back to no with "I have seen my GP about this". */
  discussed: string[];
}

/** One step from version `n` to `n + 1`, keyed by `n`; a new schema adds its step here. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Rules version 2 changed the `age-onset` question (older than 50, not 55): it is asked
  // again, whatever was answered (`unanswered` wins over `redFlags`).
  1: (data) => ({ ...data, rulesVersion: 1, unanswered: ['age-onset'], discussed: [] }),
};

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string');

export type LoadResult =
  | { state: 'empty' }
  | { state: 'ok'; data: StoredData }
  | { state: 'unavailable' }
  | { state: 'corrupt' }
  | { state: 'newer'; version: number };

/** `rugwijzer:course-checker`, plus `:` and the element's id when it has one. */
export function storageKey(id: string): string {
  return id ? `rugwijzer:course-checker:${id}` : 'rugwijzer:course-checker';
}

/**
 * Brings parsed data to the current schema (`target`, a parameter only so a migration can
 * be tested before a second schema exists); `corrupt`/`newer` when it cannot.
 */
export function upgrade(
  parsed: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): LoadResult {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { state: 'corrupt' };
  }
  let data = parsed as Record<string, unknown>;
  let version = data['version'];
  if (!Number.isInteger(version) || (version as number) < 1) return { state: 'corrupt' };
  if ((version as number) > target) return { state: 'newer', version: version as number };
  while ((version as number) < target) {
    const step = migrations[version as number];
    if (!step) return { state: 'corrupt' };
    data = step(data);
    version = (version as number) + 1;
    data['version'] = version;
  }
  const { rulesVersion, start, entries, redFlags, unanswered, discussed } = data;
  const valid =
    Number.isInteger(rulesVersion) &&
    (start === null || typeof start === 'string') &&
    Array.isArray(entries) &&
    entries.every(isCheckInShape) &&
    isStringList(redFlags) &&
    isStringList(unanswered) &&
    isStringList(discussed);
  if (!valid) return { state: 'corrupt' };
  return {
    state: 'ok',
    data: {
      version: SCHEMA_VERSION,
      rulesVersion: rulesVersion as number,
      start,
      entries,
      redFlags,
      unanswered,
      discussed,
    },
  };
}

/** Reads and upgrades the stored data; storage that is missing or throws is `unavailable`. */
export function load(storage: () => Storage, key: string): LoadResult {
  const text = readText(storage, key);
  if (text === undefined) return { state: 'unavailable' };
  if (text === null) return { state: 'empty' };
  try {
    return upgrade(JSON.parse(text));
  } catch {
    return { state: 'corrupt' };
  }
}

/** Writes the data; `false` when storage is missing, disabled or full. */
export const save = (storage: () => Storage, key: string, data: StoredData): boolean =>
  writeJson(storage, key, data);

/** Removes the data; `false` when storage cannot be reached. */
export const erase = remove;
