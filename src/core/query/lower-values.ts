// The worker keeps one frame per workspace and settings, so its string arrays outlive many queries:
// remembering their lowercase copies keeps a search to one pass of `includes`.
const cache = new WeakMap<readonly string[], string[]>();

/** `values` lowercased, computed once per array (the array must not be changed afterwards). */
export function lowerValues(values: readonly string[]): string[] {
  let lower = cache.get(values);
  if (lower === undefined) {
    lower = values.map((value) => value.toLowerCase());
    cache.set(values, lower);
  }
  return lower;
}
