import type { KpiPeriod } from './kpi-types';
import { dayToIso, dayToMonthIndex, isoToDay, monthIndexToKey } from '../dates';

/** The calendar periods that an inclusive range of days touches, oldest first. */
export interface PeriodCalendar {
  /** Period keys: `2024-05`, `2024-Q2` or `2024`. */
  keys: string[];
  /** First and last day of each period inside the range, as ISO days. */
  from: string[];
  to: string[];
  /** Day number (days since 1970-01-01, UTC) on which the first period begins, before the range cuts it. */
  firstStartDay: number;
  /** Index into `keys` of every day of the range, by day − fromDay. */
  periodOfDay: Int32Array;
}

const MONTHS_PER: Record<KpiPeriod, number> = { month: 1, quarter: 3, year: 12 };

function periodKey(period: KpiPeriod, index: number): string {
  if (period === 'month') return monthIndexToKey(index);
  if (period === 'year') return String(index).padStart(4, '0');
  return `${String(Math.floor(index / 4)).padStart(4, '0')}-Q${(index % 4) + 1}`;
}

/**
 * The months, quarters or years (UTC calendar) from `fromDay` to `toDay` inclusive (days since 1970-01-01),
 * every one of them even when no order falls in it; `fromDay` must not be after `toDay`.
 */
export function periodCalendar(period: KpiPeriod, fromDay: number, toDay: number): PeriodCalendar {
  const per = MONTHS_PER[period];
  const first = Math.floor(dayToMonthIndex(fromDay) / per);
  const last = Math.floor(dayToMonthIndex(toDay) / per);
  const keys: string[] = [];
  const from: string[] = [];
  const to: string[] = [];
  const periodOfDay = new Int32Array(toDay - fromDay + 1);
  let start = isoToDay(`${monthIndexToKey(first * per)}-01`);
  const firstStartDay = start;
  for (let p = 0; p <= last - first; p++) {
    const next = isoToDay(`${monthIndexToKey((first + p + 1) * per)}-01`);
    const a = Math.max(start, fromDay);
    const b = Math.min(next - 1, toDay);
    keys.push(periodKey(period, first + p));
    from.push(dayToIso(a));
    to.push(dayToIso(b));
    periodOfDay.fill(p, a - fromDay, b - fromDay + 1);
    start = next;
  }
  return { keys, from, to, firstStartDay, periodOfDay };
}
