/** The first and last day number (days since 1970-01-01, UTC) of the first `length` rows; null when none. */
export function daySpan(day: Int32Array, length = day.length): { first: number; last: number } | null {
  if (length === 0) return null;
  let first = day[0]!;
  let last = first;
  for (let i = 1; i < length; i++) {
    const d = day[i]!;
    if (d < first) first = d;
    else if (d > last) last = d;
  }
  return { first, last };
}
