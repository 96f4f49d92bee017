/**
 * A list of tokens from a whitespace-separated attribute (`sections="what spine"`) or a
 * property, whatever was set: a string (React 19 sets properties, not attributes), a list,
 * or a value of the wrong type, which must not throw and counts as unset.
 */
export function toTokens(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((t): t is string => typeof t === 'string');
  return [];
}
