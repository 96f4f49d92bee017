import type { ComplexAttributeConverter } from 'lit';
import { warnInvalid } from './warn.js';

/**
 * An integer attribute within [min, max]; anything else (`9`, `2.5`, `x`) warns once and
 * gives the default. Never throws.
 */
export function integerInRange(
  tag: string,
  attribute: string,
  min: number,
  max: number,
  fallback: number,
): ComplexAttributeConverter<number> {
  return {
    fromAttribute(value: string | null): number {
      if (value === null) return fallback;
      const trimmed = value.trim();
      const parsed = /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : NaN;
      if (parsed >= min && parsed <= max) return parsed;
      warnInvalid(tag, attribute, value, `using ${fallback}`);
      return fallback;
    },
    toAttribute: (value: number) => String(value),
  };
}

/**
 * A JSON array attribute whose items pass `isItem`; invalid JSON, a non-array or a bad
 * item warns once and gives `[]`. It reads the attribute only: for a property that does
 * not reflect.
 */
export function jsonArray<T>(
  tag: string,
  attribute: string,
  isItem: (item: unknown) => item is T,
): (value: string | null) => T[] {
  return (value) => {
    if (value === null || value.trim() === '') return [];
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed) && parsed.every(isItem)) return parsed;
    } catch {
      // Reported below, like any other bad value.
    }
    warnInvalid(tag, attribute, value, 'using none');
    return [];
  };
}
