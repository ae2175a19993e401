import { ROW_KIND, rowKinds } from '../../orders/row-kinds';
import type { OrderTable } from '../../types';

/** The cohort of a holdout check: what each customer did up to the calibration end, and after it. */
export interface CalibrationHoldout {
  /** Days per model time unit (7 for weeks; may be fractional, e.g. a mean month). */
  unitDays: number;
  /** Last day of the calibration period and of the holdout period (day numbers, inclusive). */
  calibrationEndDay: number;
  endDay: number;
  /** Holdout length in units: (endDay − calibrationEndDay) / unitDays. */
  holdoutLength: number;
  /** Cohort customers (a transaction by the calibration end), in the order table's dictionary order. */
  ids: string[];
  /** Day number of each customer's first transaction. */
  firstDay: Float64Array;
  /** Calibration summary in units (REFERENCE.md §3): repeat transaction days, first to last, first to the end. */
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Mean amount of the calibration repeat transaction days, in cents (0 without a repeat). */
  monetaryCents: Float64Array;
  /** Repeat transaction days in the holdout period (after the calibration end, up to `endDay`). */
  holdout: Float64Array;
  /** Amount of those holdout transaction days, in cents. */
  holdoutCents: Float64Array;
  /**
   * The cohort's repeat transaction days by period of `unitDays`, periods ending at calibrationEndDay + k·unitDays
   * (so the calibration end is a period end), from the period of the first transaction to the one holding `endDay`.
   */
  tracking: {
    /** Last whole day of each period (day number; the last period ends at `endDay`). */
    endDay: Float64Array;
    /** Cumulative repeat transaction days of the cohort up to and including that day. */
    actual: Float64Array;
  };
}

/**
 * Splits orders at `calibrationEndDay` for a holdout check (days are day numbers, inclusive; times in units of
 * `unitDays` days). Transactions are counted as customerProfiles counts them for the BG/NBD summary: rows that
 * are purchases or orders of amount 0 (rowKinds), merged per customer and day; refunds and skipped rows do not
 * count, rows after `endDay` are ignored. The cohort is every customer with a transaction on or before the
 * calibration end; customers who first bought later are not part of it.
 */
export function calibrationHoldout(
  orders: OrderTable,
  calibrationEndDay: number,
  endDay: number,
  unitDays: number,
): CalibrationHoldout {
  const kinds = rowKinds(orders);
  const { day, amountCents } = orders;
  const codes = orders.customer.codes;
  let hasAmount = false;
  for (let i = 0; i < orders.length && !hasAmount; i++) hasAmount = !Number.isNaN(amountCents[i]!);

  // Counted rows sorted by customer, then day, so each customer's days are merged in one pass.
  const rows: number[] = [];
  for (let i = 0; i < orders.length; i++) {
    const kind = kinds[i]!;
    const counted = kind === ROW_KIND.purchase || kind === ROW_KIND.zero;
    if (counted && codes[i]! >= 0 && day[i]! <= endDay) rows.push(i);
  }
  rows.sort((a, b) => codes[a]! - codes[b]! || day[a]! - day[b]!);

  const ids: string[] = [];
  const firstDay: number[] = [];
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const monetary: number[] = [];
  const holdout: number[] = [];
  const holdoutCents: number[] = [];
  const repeatDays: number[] = [];
  for (let start = 0; start < rows.length; ) {
    const code = codes[rows[start]!]!;
    let end = start;
    while (end < rows.length && codes[rows[end]!] === code) end++;
    const first = day[rows[start]!]!;
    if (first <= calibrationEndDay) {
      let days = 0;
      let last = first;
      let repeatMoney = 0;
      let inHoldout = 0;
      let holdoutMoney = 0;
      let previous = Number.NaN;
      for (let k = start; k < end; k++) {
        const i = rows[k]!;
        const d = day[i]!;
        const amount = hasAmount ? amountCents[i]! : 0;
        const newDay = d !== previous;
        previous = d;
        if (newDay && d !== first) repeatDays.push(d);
        if (d <= calibrationEndDay) {
          if (newDay) {
            days++;
            last = d;
          }
          if (d !== first) repeatMoney += amount;
        } else {
          if (newDay) inHoldout++;
          holdoutMoney += amount;
        }
      }
      ids.push(orders.customer.values[code]!);
      firstDay.push(first);
      x.push(days - 1);
      tx.push((last - first) / unitDays);
      T.push((calibrationEndDay - first) / unitDays);
      monetary.push(days > 1 ? repeatMoney / (days - 1) : 0);
      holdout.push(inHoldout);
      holdoutCents.push(holdoutMoney);
    }
    start = end;
  }

  return {
    unitDays,
    calibrationEndDay,
    endDay,
    holdoutLength: (endDay - calibrationEndDay) / unitDays,
    ids,
    firstDay: Float64Array.from(firstDay),
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    monetaryCents: Float64Array.from(monetary),
    holdout: Float64Array.from(holdout),
    holdoutCents: Float64Array.from(holdoutCents),
    tracking: tracking(firstDay, repeatDays, calibrationEndDay, endDay, unitDays),
  };
}

/** Period ends from the period of the first transaction to `endDay`; the cumulative repeat days at each. */
function tracking(
  firstDay: number[],
  repeatDays: number[],
  calibrationEndDay: number,
  endDay: number,
  unitDays: number,
): CalibrationHoldout['tracking'] {
  if (firstDay.length === 0) return { endDay: new Float64Array(0), actual: new Float64Array(0) };
  let earliest = firstDay[0]!;
  for (const d of firstDay) earliest = Math.min(earliest, d);
  // Period k holds the days calibrationEnd + (k−1)·u < d ≤ calibrationEnd + k·u; the small slack keeps whole
  // multiples of a fractional unit from falling into the next period through rounding.
  const periodOf = (d: number) => Math.ceil((d - calibrationEndDay) / unitDays - 1e-9);
  const firstPeriod = periodOf(earliest);
  const lastPeriod = periodOf(endDay);
  const ends = new Float64Array(lastPeriod - firstPeriod + 1);
  for (let k = firstPeriod; k <= lastPeriod; k++) {
    ends[k - firstPeriod] = Math.min(endDay, Math.floor(calibrationEndDay + k * unitDays + 1e-9));
  }
  const counts = new Float64Array(ends.length);
  for (const d of repeatDays) counts[periodOf(d) - firstPeriod]!++;
  for (let k = 1; k < counts.length; k++) counts[k]! += counts[k - 1]!;
  return { endDay: ends, actual: counts };
}
