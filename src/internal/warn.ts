/** Warns about a bad value a page author gave, naming the element and the attribute. */
export function warnInvalid(
  tag: string,
  attribute: string,
  value: unknown,
  fallback: string,
): void {
  console.warn(`<${tag}>: ${attribute}=${JSON.stringify(value)} is not valid; ${fallback}.`);
}

/**
 * `warnInvalid` once per attribute and value, for an element that judges its attributes
 * on every update: one warning per bad value, however often it renders.
 */
export function warnOncePerValue(
  tag: string,
): (attribute: string, value: string, fallback: string) => void {
  const warned = new Set<string>();
  return (attribute, value, fallback) => {
    const key = `${attribute}=${value}`;
    if (warned.has(key)) return;
    warned.add(key);
    warnInvalid(tag, attribute, value, fallback);
  };
}
