import type { CodedStrings } from '../../../src/core/types';
import type { CustomerFrame, Grouping, GroupingKey } from '../../../src/core/customer-types';
import { isoToDay } from '../../../src/core/dates';

const NUMBER_FIELDS = [
  'units', 'revenueCents', 'refundCents', 'aovCents', 'meanGapDays', 'medianGapDays', 'tenureDays',
  'daysSinceLast', 'recency', 'T', 'monetaryCents',
] as const;
const COUNT_FIELDS = ['orders', 'occasions', 'frequency'] as const;
const TEXT_FIELDS = ['name', 'email', 'region', 'channel'] as const;

/** One customer as a test writes it: days as ISO strings, missing numbers left out (NaN), counts 0. */
export type PlainCustomer = { id: string } & Partial<Record<(typeof NUMBER_FIELDS)[number], number>> &
  Partial<Record<(typeof COUNT_FIELDS)[number], number>> &
  Partial<Record<(typeof TEXT_FIELDS)[number], string>> & {
    firstDay?: string;
    lastDay?: string;
    signupDay?: string;
    birthday?: string;
    age?: number;
    favourite?: string;
    r?: number;
    f?: number;
    m?: number;
    /** Group name per grouping key (rfm, tier, attr:region …). */
    groups?: Record<string, string>;
  };

/**
 * A CustomerFrame from plain rows. `groupOrder` fixes a grouping's display order (else first seen);
 * `numbers: false` leaves out `profiles.numbers`, as for orders without a customers file.
 */
export function frameOf(
  customers: PlainCustomer[],
  options: { asOf?: string; groupOrder?: Record<string, string[]>; numbers?: boolean } = {},
): CustomerFrame {
  const n = customers.length;
  const day = (iso: string | undefined) => (iso === undefined ? Number.NaN : isoToDay(iso));
  const floats = (pick: (c: PlainCustomer) => number | undefined) =>
    Float64Array.from(customers, (c) => pick(c) ?? Number.NaN);
  const coded = (pick: (c: PlainCustomer) => string | undefined): CodedStrings => {
    const values: string[] = [];
    const codes = Int32Array.from(customers, (c) => {
      const value = pick(c);
      if (value === undefined) return -1;
      if (!values.includes(value)) values.push(value);
      return values.indexOf(value);
    });
    return { codes, values };
  };
  const attributes: Record<string, CodedStrings> = {};
  for (const field of TEXT_FIELDS) {
    if (customers.some((c) => c[field] !== undefined)) attributes[field] = coded((c) => c[field]);
  }
  const favourite = coded((c) => c.favourite);
  const groupings: Record<string, Grouping> = {};
  const keys = new Set([
    ...Object.keys(options.groupOrder ?? {}),
    ...customers.flatMap((c) => Object.keys(c.groups ?? {})),
  ]);
  for (const key of keys) {
    const groups = [...(options.groupOrder?.[key] ?? [])];
    const codes = Int16Array.from(customers, (c) => {
      const group = c.groups?.[key];
      if (group === undefined) return -1;
      if (!groups.includes(group)) groups.push(group);
      return groups.indexOf(group);
    });
    groupings[key] = { key: key as GroupingKey, groups, codes };
  }
  const scores = (pick: (c: PlainCustomer) => number | undefined) => Uint8Array.from(customers, (c) => pick(c) ?? 0);
  const ints = (pick: (c: PlainCustomer) => number | undefined) => Int32Array.from(customers, (c) => pick(c) ?? 0);
  return {
    profiles: {
      length: n,
      asOfDay: isoToDay(options.asOf ?? '2024-12-31'),
      ids: customers.map((c) => c.id),
      hasOrders: Uint8Array.from(customers, (c) => ((c.orders ?? 0) > 0 ? 1 : 0)),
      inCustomerFile: new Uint8Array(n).fill(1),
      firstDay: floats((c) => day(c.firstDay)),
      lastDay: floats((c) => day(c.lastDay)),
      orders: ints((c) => c.orders),
      occasions: ints((c) => c.occasions),
      units: floats((c) => c.units),
      revenueCents: floats((c) => c.revenueCents),
      refundCents: floats((c) => c.refundCents),
      aovCents: floats((c) => c.aovCents),
      meanGapDays: floats((c) => c.meanGapDays),
      medianGapDays: floats((c) => c.medianGapDays),
      tenureDays: floats((c) => c.tenureDays),
      daysSinceLast: floats((c) => c.daysSinceLast),
      favouriteCategory: favourite.codes,
      categories: favourite.values,
      frequency: ints((c) => c.frequency),
      recency: floats((c) => c.recency),
      T: floats((c) => c.T),
      monetaryCents: floats((c) => c.monetaryCents),
      attributes,
      ...(options.numbers === false ? {} : {
        numbers: {
          signupDay: floats((c) => day(c.signupDay)),
          birthday: floats((c) => day(c.birthday)),
          age: floats((c) => c.age),
        },
      }),
    },
    scores: {
      r: scores((c) => c.r),
      f: scores((c) => c.f),
      m: scores((c) => c.m),
      cuts: { recency: [], frequency: [], monetary: [] },
      bins: { recency: 5, frequency: 5, monetary: 5 },
      notes: [],
    },
    groupings,
  };
}

/** The rows a mask selects, as ids, so a failing assert names customers. */
export function idsOf(frame: CustomerFrame, mask: Uint8Array): string[] {
  return frame.profiles.ids.filter((_, i) => mask[i] === 1);
}
