import { describe, expect, it } from 'vitest';
import { customerProfiles } from '../../../src/core/customers/customer-profiles';
import { overviewOf } from '../../../src/core/metrics/overview';
import { dayToIso, isoToDay } from '../../../src/core/dates';
import { mulberry32 } from '../../../src/core/sample/mulberry32';
import type { CustomerProfiles } from '../../../src/core/customer-types';
import { orderTable, profileRows, type TestOrder } from './tables';

const STATUSES = ['paid', 'paid', 'paid', 'refunded', 'Cancelled', '已取消', undefined];
const CATEGORIES = ['书', 'music', 'toys', undefined];

function randomShop(seed: number, withAmounts: boolean): TestOrder[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const start = isoToDay('2024-01-01');
  return Array.from({ length: 40 + Math.floor(random() * 300) }, () => {
    const roll = random();
    const amount = roll < 0.65 ? 1 + Math.floor(random() * 20000) / 100 : roll < 0.75 ? 0 : roll < 0.9 ? -5 : undefined;
    const status = pick(STATUSES);
    const category = pick(CATEGORIES);
    return {
      customer: `c${Math.floor(random() * 25)}`,
      date: dayToIso(start + Math.floor(random() * 90)),
      ...(withAmounts ? { amount } : {}),
      quantity: random() < 0.8 ? 1 + Math.floor(random() * 4) : undefined,
      text: { ...(status ? { status } : {}), ...(category ? { category } : {}) },
    };
  });
}

const sum = (values: ArrayLike<number>) => Array.from(values).reduce((s, v) => s + v, 0);

/** Profiles by id with the favourite category as its name, so tables with other dictionaries compare. */
function byId(p: CustomerProfiles) {
  const rows = profileRows(p);
  return Object.fromEntries(
    Object.entries(rows).map(([id, r]) => [id, { ...r, favouriteCategory: p.categories[r.favouriteCategory!] ?? null }]),
  );
}

const cases = Array.from({ length: 24 }, (_, k) => ({ seed: 1000 + k, withAmounts: k % 6 !== 5 }));

describe('customerProfiles on random shops', () => {
  it.each(cases)('agrees with the Overview up to the as-of day (seed $seed)', ({ seed, withAmounts }) => {
    const orders = randomShop(seed, withAmounts);
    const asOf = isoToDay('2024-01-01') + (seed % 90);
    const p = customerProfiles(orderTable(orders), null, asOf);
    const { kpis } = overviewOf(orderTable(orders), { from: null, to: dayToIso(asOf) });
    const purchases = sum(p.orders);
    const gross = p.ids.reduce((s, _, i) => s + (p.orders[i]! > 0 ? p.aovCents[i]! * p.orders[i]! : 0), 0);
    const buyers = p.ids.filter((_, i) => p.orders[i]! > 0).length;
    const repeaters = p.ids.filter((_, i) => p.occasions[i]! > 1).length;
    expect({
      orders: purchases,
      revenueCents: sum(p.revenueCents),
      customers: buyers,
      aovCents: purchases > 0 ? Math.round(gross / purchases) : 0,
      repeatRate: buyers > 0 ? repeaters / buyers : 0,
    }).toEqual({
      orders: kpis.orders,
      revenueCents: kpis.revenueCents,
      customers: kpis.customers,
      aovCents: kpis.aovCents,
      repeatRate: kpis.repeatRate,
    });
    // Every customer with a row up to the as-of day is profiled, and no other.
    const seen = new Set(orders.filter((o) => isoToDay(o.date) <= asOf).map((o) => o.customer));
    expect(new Set(p.ids)).toEqual(seen);
  });

  it.each(cases)('does not depend on the order of the rows (seed $seed)', ({ seed, withAmounts }) => {
    const orders = randomShop(seed, withAmounts);
    const random = mulberry32(seed * 7);
    const shuffled = orders
      .map((o) => ({ o, key: random() }))
      .sort((a, b) => a.key - b.key)
      .map(({ o }) => o);
    expect(byId(customerProfiles(orderTable(shuffled), null, null))).toEqual(
      byId(customerProfiles(orderTable(orders), null, null)),
    );
  });

  it.each(cases)('keeps the summary conventions for every customer (seed $seed)', ({ seed, withAmounts }) => {
    const orders = randomShop(seed, withAmounts);
    const p = customerProfiles(orderTable(orders), null, null);
    const broken = Object.entries(profileRows(p)).filter(([, r]) => {
      const o = r as Record<string, number>;
      const bought = o.orders! > 0;
      return !(
        o.occasions! <= o.orders! &&
        o.frequency! >= Math.max(o.occasions! - 1, 0) &&
        (Number.isNaN(o.T!) ? !bought && o.frequency === 0 && o.monetaryCents === 0 : o.recency! <= o.T!) &&
        (o.frequency! > 0 || o.monetaryCents === 0) &&
        (!bought || (o.T! >= o.tenureDays! && o.tenureDays! >= o.daysSinceLast! && o.daysSinceLast! >= 0)) &&
        (o.occasions! < 2 || o.meanGapDays! * (o.occasions! - 1) === o.lastDay! - o.firstDay!) &&
        (o.occasions! >= 2 || Number.isNaN(o.medianGapDays!)) &&
        o.revenueCents! + o.refundCents! === (bought ? Math.round(o.aovCents! * o.orders!) : 0) &&
        o.units! <= 4 * o.orders!
      );
    });
    expect(broken).toEqual([]);
  });
});
