import type { CustomerProfiles } from '../../../src/core/customer-types';
import type { CodedStrings } from '../../../src/core/types';

/** One hand-written customer: purchases, occasions (default = orders), days since last, revenue in cents. */
export interface TestCustomer {
  id: string;
  orders?: number;
  occasions?: number;
  daysSinceLast?: number;
  revenueCents?: number;
  attributes?: Record<string, string>;
}

/** CustomerProfiles with the fields groupings read; as-of day 20000, fields not given NaN or 0. */
export function profilesOf(customers: TestCustomer[]): CustomerProfiles {
  const n = customers.length;
  const asOfDay = 20000;
  const orders = Int32Array.from(customers, (c) => c.orders ?? 0);
  const daysSinceLast = Float64Array.from(customers, (c) =>
    c.daysSinceLast ?? ((c.orders ?? 0) > 0 ? 0 : Number.NaN));
  const names = [...new Set(customers.flatMap((c) => Object.keys(c.attributes ?? {})))];
  const attributes: Record<string, CodedStrings> = {};
  for (const name of names) {
    const values: string[] = [];
    const codes = Int32Array.from(customers, (c) => {
      const value = c.attributes?.[name];
      if (value === undefined) return -1;
      const at = values.indexOf(value);
      return at >= 0 ? at : values.push(value) - 1;
    });
    attributes[name] = { codes, values };
  }
  return {
    length: n,
    asOfDay,
    ids: customers.map((c) => c.id),
    hasOrders: Uint8Array.from(orders, (o) => (o > 0 ? 1 : 0)),
    inCustomerFile: new Uint8Array(n),
    firstDay: new Float64Array(n).fill(Number.NaN),
    lastDay: Float64Array.from(daysSinceLast, (d) => asOfDay - d),
    orders,
    occasions: Int32Array.from(customers, (c) => c.occasions ?? c.orders ?? 0),
    units: new Float64Array(n),
    revenueCents: Float64Array.from(customers, (c) => c.revenueCents ?? 0),
    refundCents: new Float64Array(n),
    aovCents: new Float64Array(n),
    meanGapDays: new Float64Array(n).fill(Number.NaN),
    medianGapDays: new Float64Array(n).fill(Number.NaN),
    tenureDays: new Float64Array(n).fill(Number.NaN),
    daysSinceLast,
    favouriteCategory: new Int32Array(n).fill(-1),
    categories: [],
    frequency: new Int32Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetaryCents: new Float64Array(n),
    attributes,
  };
}

/** Group names of a grouping per customer, null where not placed. */
export function namesOf(grouping: { groups: string[]; codes: Int16Array }): (string | null)[] {
  return Array.from(grouping.codes, (c) => (c >= 0 ? grouping.groups[c]! : null));
}
