import { monthIndexToKey } from '../dates';
import type { CohortPeriod } from './cohort-types';

/** The key of a period index (months or quarters since the start of year 0): `2024-05` or `2024-Q2`. */
export function periodKey(index: number, period: CohortPeriod): string {
  if (period === 'month') return monthIndexToKey(index);
  return `${String(Math.floor(index / 4)).padStart(4, '0')}-Q${(index % 4) + 1}`;
}
