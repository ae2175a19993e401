import type { KpiValues } from './kpi-types';

/**
 * KPIs from raw sums of a period or range (money in cents): averages rounded to whole cents and 0 when there
 * is nothing to divide by; retention `retained / previousActive`, null when `previousActive` is null (no period
 * before) or 0.
 */
export function kpiValues(
  active: number,
  fresh: number,
  retained: number,
  previousActive: number | null,
  repeaters: number,
  revenue: number,
  orders: number,
  gross: number,
): KpiValues {
  const retentionRate = previousActive ? retained / previousActive : null;
  return {
    activeCustomers: active,
    newCustomers: fresh,
    retentionRate,
    churnRate: retentionRate === null ? null : 1 - retentionRate,
    repeatRate: active > 0 ? repeaters / active : 0,
    revenueCents: Math.round(revenue),
    orders,
    aovCents: orders > 0 ? Math.round(gross / orders) : 0,
    arpaCents: active > 0 ? Math.round(revenue / active) : 0,
  };
}
