/** Warns about a bad value a page author gave, naming the element and the attribute. */
export function warnInvalid(
  tag: string,
  attribute: string,
  value: unknown,
  fallback: string,
): void {
  console.warn(`<${tag}>: ${attribute}=${JSON.stringify(value)} is not valid; ${fallback}.`);
}
