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

/** A whitespace-separated list of tokens, e.g. `sections="what spine"`. */
export const tokenList: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value: string | null) => (value ?? '').split(/\s+/).filter(Boolean),
  toAttribute: (value: string[]) => value.join(' '),
};
