/** Rows of an order table grouped by customer: customer code c owns `rows[start[c]] … rows[start[c + 1] − 1]`. */
export interface CustomerRows {
  /** Offsets into `rows`, one per customer code plus one. */
  start: Int32Array;
  /** Row indexes; within one customer in ascending day, rows of one day in table order. */
  rows: Int32Array;
}

/** Day spans above this (about 11,000 years) are not counting-sorted; such days cannot come from the parser. */
const MAX_COUNTED_SPAN = 4_000_000;

/**
 * The rows on or before `asOfDay` (a day number) with a customer, grouped by customer code and in day order
 * within each customer. Two stable counting sorts (by day, then by customer) keep it linear in the rows.
 */
export function rowsByCustomer(
  customerCodes: Int32Array,
  day: Int32Array,
  length: number,
  customerCount: number,
  asOfDay: number,
): CustomerRows {
  let minDay = Infinity;
  let kept = 0;
  for (let i = 0; i < length; i++) {
    const d = day[i]!;
    // Written as !(d <= asOfDay) so that an unreadable (NaN) as-of day keeps no row.
    if (!(d <= asOfDay) || customerCodes[i]! < 0) continue;
    kept++;
    if (d < minDay) minDay = d;
  }
  const byDay = new Int32Array(kept);
  if (kept > 0 && asOfDay - minDay < MAX_COUNTED_SPAN) {
    const span = asOfDay - minDay + 1;
    const next = new Int32Array(span + 1);
    for (let i = 0; i < length; i++) {
      const d = day[i]!;
      if (d <= asOfDay && customerCodes[i]! >= 0) next[d - minDay + 1]!++;
    }
    for (let k = 1; k <= span; k++) next[k]! += next[k - 1]!;
    for (let i = 0; i < length; i++) {
      const d = day[i]!;
      if (d <= asOfDay && customerCodes[i]! >= 0) byDay[next[d - minDay]!++] = i;
    }
  } else if (kept > 0) {
    let k = 0;
    for (let i = 0; i < length; i++) if (day[i]! <= asOfDay && customerCodes[i]! >= 0) byDay[k++] = i;
    byDay.sort((a, b) => day[a]! - day[b]! || a - b);
  }

  const start = new Int32Array(customerCount + 1);
  for (let k = 0; k < kept; k++) start[customerCodes[byDay[k]!]! + 1]!++;
  for (let c = 1; c <= customerCount; c++) start[c]! += start[c - 1]!;
  const next = start.slice(0, customerCount);
  const rows = new Int32Array(kept);
  for (let k = 0; k < kept; k++) {
    const i = byDay[k]!;
    rows[next[customerCodes[i]!]!++] = i;
  }
  return { start, rows };
}
