import type { CustomerProfiles } from '../../../src/core/customer-types';

/** The per-customer numbers clustering reads; everything else of a profile is filler. */
export interface TestProfile {
  orders: number;
  revenueCents?: number;
  aovCents?: number;
  tenureDays?: number;
  daysSinceLast?: number;
  meanGapDays?: number;
}

/** CustomerProfiles with customers 'p0', 'p1' … carrying the given numbers (NaN where not given). */
export function testProfiles(rows: TestProfile[]): CustomerProfiles {
  const n = rows.length;
  const num = (pick: (row: TestProfile) => number | undefined) =>
    Float64Array.from(rows, (row) => pick(row) ?? Number.NaN);
  return {
    length: n,
    asOfDay: 20000,
    ids: rows.map((_, i) => `p${i}`),
    hasOrders: new Uint8Array(n).fill(1),
    inCustomerFile: new Uint8Array(n),
    firstDay: new Float64Array(n).fill(Number.NaN),
    lastDay: new Float64Array(n).fill(Number.NaN),
    orders: Int32Array.from(rows, (row) => row.orders),
    occasions: Int32Array.from(rows, (row) => row.orders),
    units: new Float64Array(n),
    revenueCents: num((row) => row.revenueCents ?? 0),
    refundCents: new Float64Array(n),
    aovCents: num((row) => row.aovCents),
    meanGapDays: num((row) => row.meanGapDays),
    medianGapDays: num((row) => row.meanGapDays),
    tenureDays: num((row) => row.tenureDays),
    daysSinceLast: num((row) => row.daysSinceLast),
    favouriteCategory: new Int32Array(n).fill(-1),
    categories: [],
    frequency: new Int32Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetaryCents: new Float64Array(n),
    attributes: {},
  };
}
