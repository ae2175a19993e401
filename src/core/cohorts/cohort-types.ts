/**
 * Result types of the cohort tables: plain numbers and strings, so the worker api can pass them to the page
 * as they are. Money is integer cents; shares are 0–1.
 */

/** The length of a cohort period: a calendar month or a calendar quarter (UTC days). */
export const COHORT_PERIODS = ['month', 'quarter'] as const;
export type CohortPeriod = (typeof COHORT_PERIODS)[number];

export interface CohortOptions {
  period: CohortPeriod;
  /**
   * One flag per customer code of the orders (1 = keep): restricts the table to a segment, channel or
   * region. Cohort membership is still the customer's first purchase; null or absent keeps everyone.
   */
  only?: Uint8Array | null;
  /** The as-of day (days since 1970-01-01, UTC): rows after it are left out. Default: the data's last day. */
  toDay?: number;
}

/**
 * The cells of one cohort, or of all cohorts together, by offset: index k is the k-th period after the
 * cohort's first one (0 = the period of the first purchase). Offsets past the data's end are absent.
 */
export interface CohortCells {
  /** Customers with a purchase in the period. */
  active: number[];
  /** active / customers of the cohort (0–1). */
  retention: number[];
  /** Net revenue in cents of the cohort's customers in the period: purchases plus refunds. */
  revenueCents: number[];
  /** revenueCents / customers of the cohort, rounded to whole cents. */
  revenuePerCustomerCents: number[];
  /** Revenue of offsets 0…k per original customer (historic CLTV), rounded to whole cents. */
  cumulativePerCustomerCents: number[];
}

/** The customers whose first purchase falls in one period, and what they did afterwards. */
export interface CohortRow extends CohortCells {
  /** `2024-05` for a month, `2024-Q2` for a quarter. */
  key: string;
  /** Customers in the cohort. */
  size: number;
}

/** A cohort table: one row per period that gained customers, oldest first. */
export interface CohortTable {
  period: CohortPeriod;
  /** Every period key from the data's first day to its last (or the as-of day), empty ones included. */
  periods: string[];
  cohorts: CohortRow[];
  /**
   * All cohorts together. `size` counts every customer in the table; at offset k, shares and per-customer
   * amounts are over the customers of the cohorts that reach offset k, and the cumulative amount sums them.
   */
  totals: CohortCells & { size: number; totalRevenueCents: number };
}
