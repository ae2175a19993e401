import { isoToDay, monthIndexToKey } from '../dates';

/** The day number (days since 1970-01-01) of the last day of a month index (months since January, year 0). */
export function monthEndDay(monthIndex: number): number {
  return isoToDay(`${monthIndexToKey(monthIndex + 1)}-01`) - 1;
}
