import type { CodedStrings } from '../types';

/**
 * For each customer code, the code of `column` on that customer's latest row (by day, then time of day, then
 * table order) on or before `asOfDay` (a day number) that has a value; −1 when none has one.
 */
export function latestValues(
  column: CodedStrings,
  customerCodes: Int32Array,
  day: Int32Array,
  time: Int32Array,
  length: number,
  customerCount: number,
  asOfDay: number,
): Int32Array {
  const codes = column.codes;
  const best = new Int32Array(customerCount).fill(-1);
  const bestDay = new Float64Array(customerCount).fill(-Infinity);
  const bestTime = new Int32Array(customerCount);
  for (let i = 0; i < length; i++) {
    const value = codes[i]!;
    const c = customerCodes[i]!;
    const d = day[i]!;
    if (value < 0 || c < 0 || d > asOfDay) continue;
    const t = time[i]!;
    // `>=` on ties: a later row of the same moment wins.
    if (d > bestDay[c]! || (d === bestDay[c]! && t >= bestTime[c]!)) {
      best[c] = value;
      bestDay[c] = d;
      bestTime[c] = t;
    }
  }
  return best;
}
