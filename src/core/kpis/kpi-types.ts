/** Result types of the KPIs over time (issue 6), passed by the worker api to the page as-is. */

/** The calendar periods KPIs can be cut by (UTC). */
export const KPI_PERIODS = ['month', 'quarter', 'year'] as const;
export type KpiPeriod = (typeof KPI_PERIODS)[number];

/** Which periods and days to cover. */
export interface KpiRangeOptions {
  /** The length of one row: calendar month (`2024-05`), quarter (`2024-Q2`) or year (`2024`). */
  period: KpiPeriod;
  /** First day counted (days since 1970-01-01, UTC); default and floor: the first day of data. */
  fromDay?: number;
  /** Last day counted (days since 1970-01-01, UTC); default and ceiling: the last day of data. */
  toDay?: number;
}

/** The key numbers of one period, or of one group over a whole range. Money is in integer cents. */
export interface KpiValues {
  /** Distinct customers with a purchase in the period. */
  activeCustomers: number;
  /** Active customers whose first purchase ever (over all history, not only the range) falls in the period. */
  newCustomers: number;
  /**
   * Customers active in the previous period who are active again in this one, over those active in the
   * previous period (0–1); null for the first period and when the previous period had nobody active.
   */
  retentionRate: number | null;
  /** 1 − retentionRate; null alike. */
  churnRate: number | null;
  /** Share (0–1) of active customers buying on two or more distinct days of the period; 0 when none. */
  repeatRate: number;
  /** Net revenue (cents): purchases plus refunds, which are negative. */
  revenueCents: number;
  /** Purchases (orders with a positive amount). */
  orders: number;
  /** Average order value (cents): gross purchase amount over purchases, rounded; 0 when none. */
  aovCents: number;
  /** Average revenue per account (cents): net revenue over active customers, rounded; 0 when none. */
  arpaCents: number;
}

/** One calendar period's KPIs, with the days of it that were counted. */
export interface PeriodKpiRow extends KpiValues {
  /** `2024-05`, `2024-Q2` or `2024`. */
  period: string;
  /** First and last counted ISO day of the period (the range may cut the first and last periods short). */
  from: string;
  to: string;
}

/** One group's KPIs over the whole range; retention and churn compare the range's last two periods. */
export interface GroupKpis extends KpiValues {
  group: string;
  /** The group's own per-period rows (for small multiples), present when asked for with `perPeriod`. */
  periods?: PeriodKpiRow[];
}
