import type { CustomerProfiles } from '../customer-types';
import { dayToMonthIndex } from '../dates';
import type { KpiPeriod } from './kpi-types';

/** What the customers acquired in one period are worth: historic (to the as-of day) and predicted. */
export interface AcquisitionValueRow {
  /** `2024-05`, `2024-Q2` or `2024`: the period of the customers' first purchase. */
  period: string;
  /** Customers whose first purchase falls in the period. */
  customers: number;
  /** Historic CLTV: their net revenue up to the as-of day per customer (cents, rounded). */
  historicCltvCents: number;
  /** Mean predicted CLV (cents, rounded) of those with a prediction; null when none has one. */
  predictedCltvCents: number | null;
}

function periodKeyOf(period: KpiPeriod, day: number): string {
  const month = dayToMonthIndex(day);
  const year = String(Math.floor(month / 12)).padStart(4, '0');
  if (period === 'year') return year;
  if (period === 'quarter') return `${year}-Q${Math.floor((month % 12) / 3) + 1}`;
  return `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/**
 * Historic and predicted CLTV per acquisition period (the month, quarter or year of each customer's first
 * purchase), oldest first, over the profile rows `only` keeps (one 0/1 flag per profile row; null = all).
 * `predictedClvCents` is aligned with the profile rows (NaN = no prediction). Periods without a new customer
 * are absent.
 */
export function acquisitionValue(
  profiles: CustomerProfiles,
  period: KpiPeriod,
  predictedClvCents: Float64Array | null = null,
  only: Uint8Array | null = null,
): AcquisitionValueRow[] {
  const sums = new Map<
    string, { customers: number; revenue: number; predicted: number; withPrediction: number }
  >();
  for (let i = 0; i < profiles.length; i++) {
    const first = profiles.firstDay[i]!;
    if (Number.isNaN(first) || (only && only[i] !== 1)) continue;
    const key = periodKeyOf(period, first);
    let sum = sums.get(key);
    if (!sum) sums.set(key, (sum = { customers: 0, revenue: 0, predicted: 0, withPrediction: 0 }));
    sum.customers++;
    sum.revenue += profiles.revenueCents[i]! || 0;
    const predicted = predictedClvCents?.[i] ?? Number.NaN;
    if (Number.isFinite(predicted)) {
      sum.predicted += predicted;
      sum.withPrediction++;
    }
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, sum]) => ({
      period: key,
      customers: sum.customers,
      historicCltvCents: Math.round(sum.revenue / sum.customers),
      predictedCltvCents: sum.withPrediction > 0 ? Math.round(sum.predicted / sum.withPrediction) : null,
    }));
}
