import { dayToMonthIndex } from '../dates';
import type { CohortPeriod } from './cohort-types';

/** The period of a day number (days since 1970-01-01, UTC): months or quarters since the start of year 0. */
export function periodIndexOfDay(day: number, period: CohortPeriod): number {
  const month = dayToMonthIndex(day);
  return period === 'month' ? month : Math.floor(month / 3);
}
