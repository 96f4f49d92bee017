/**
 * Web storage that may be missing, disabled or full: failures change nothing but the
 * remembering, and never throw.
 */

/** The stored text; `null` when there is none, `undefined` when storage cannot be reached. */
export function readText(storage: () => Storage, key: string): string | null | undefined {
  try {
    return storage().getItem(key);
  } catch {
    return undefined;
  }
}

/** The stored JSON value; `undefined` when there is none or it cannot be read. */
export function readJson(storage: () => Storage, key: string): unknown {
  const text = readText(storage, key);
  try {
    return text == null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Stores a JSON value; returns whether it worked. */
export function writeJson(storage: () => Storage, key: string, value: unknown): boolean {
  try {
    storage().setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes a value; returns whether storage could be reached. */
export function remove(storage: () => Storage, key: string): boolean {
  try {
    storage().removeItem(key);
    return true;
  } catch {
    return false;
  }
}
