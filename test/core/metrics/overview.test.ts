import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overviewOf } from '../../../src/core/metrics/overview';
import { isoToDay } from '../../../src/core/dates';
import type { OrderTable } from '../../../src/core/types';
import { orderTable, type TestOrder } from './order-table';

const shop: TestOrder[] = [
  { customer: 'A', date: '2024-01-05', amount: 100, status: 'completed', currency: 'cny' },
  { customer: 'A', date: '2024-01-05', amount: 50, status: 'completed', currency: 'CNY' }, // same day: one occasion
  { customer: 'B', date: '2024-01-20', amount: 30, status: 'completed', currency: 'CNY' },
  { customer: 'B', date: '2024-01-20', amount: 30, status: 'refunded', currency: 'CNY' }, // fully refunded order
  { customer: 'E', date: '2024-02-14', status: 'completed' }, // no amount in a file with amounts
  { customer: 'A', date: '2024-03-02', amount: 20, status: 'completed', currency: 'CNY' },
  { customer: 'C', date: '2024-03-15', amount: 80, status: 'Cancelled', currency: 'CNY' },
  { customer: 'B', date: '2024-03-20', amount: -10, status: 'refunded', currency: 'CNY' }, // money paid back
  { customer: 'D', date: '2024-03-31', amount: 0, status: 'completed', currency: 'USD' },
  { customer: 'C', date: '2024-04-01', amount: 40, status: 'completed', currency: 'USD' },
];

describe('overviewOf on a hand-computed shop', () => {
  it('sums the whole history', () => {
    expect(overviewOf(orderTable(shop), { from: null, to: null })).toEqual({
      kpis: { revenueCents: 23000, orders: 5, customers: 3, aovCents: 4800, repeatRate: 1 / 3, arpaCents: 7667 },
      monthly: [
        { month: '2024-01', revenueCents: 18000, orders: 3, activeCustomers: 2 },
        { month: '2024-02', revenueCents: 0, orders: 0, activeCustomers: 0 },
        { month: '2024-03', revenueCents: 1000, orders: 1, activeCustomers: 1 },
        { month: '2024-04', revenueCents: 4000, orders: 1, activeCustomers: 1 },
      ],
      dataFrom: '2024-01-05',
      dataTo: '2024-04-01',
      currency: 'CNY',
    });
  });

  it('keeps only the days of a closed range, and reports the data span of the whole table', () => {
    expect(overviewOf(orderTable(shop), { from: '2024-03-01', to: '2024-03-31' })).toEqual({
      kpis: { revenueCents: 1000, orders: 1, customers: 1, aovCents: 2000, repeatRate: 0, arpaCents: 1000 },
      monthly: [{ month: '2024-03', revenueCents: 1000, orders: 1, activeCustomers: 1 }],
      dataFrom: '2024-01-05',
      dataTo: '2024-04-01',
      currency: 'CNY',
    });
  });

  it('opens a range with a null end at the last day of data', () => {
    expect(overviewOf(orderTable(shop), { from: '2024-02-10', to: null })).toEqual({
      kpis: { revenueCents: 5000, orders: 2, customers: 2, aovCents: 3000, repeatRate: 0, arpaCents: 2500 },
      monthly: [
        { month: '2024-02', revenueCents: 0, orders: 0, activeCustomers: 0 },
        { month: '2024-03', revenueCents: 1000, orders: 1, activeCustomers: 1 },
        { month: '2024-04', revenueCents: 4000, orders: 1, activeCustomers: 1 },
      ],
      dataFrom: '2024-01-05',
      dataTo: '2024-04-01',
      currency: 'CNY',
    });
  });

  it('clips a range wider than the data to the data', () => {
    expect(overviewOf(orderTable(shop), { from: '2023-06-01', to: '2026-01-01' }))
      .toEqual(overviewOf(orderTable(shop), { from: null, to: null }));
  });

  it.each([
    ['before the data', { from: '2023-01-01', to: '2023-12-31' }],
    ['after the data', { from: '2024-04-02', to: null }],
    ['reversed', { from: '2024-03-31', to: '2024-03-01' }],
    ['unreadable', { from: '2024-3-1', to: null }],
  ])('gives zeros and no months for a range %s', (_, range) => {
    expect(overviewOf(orderTable(shop), range)).toEqual({
      kpis: { revenueCents: 0, orders: 0, customers: 0, aovCents: 0, repeatRate: 0, arpaCents: 0 },
      monthly: [],
      dataFrom: '2024-01-05',
      dataTo: '2024-04-01',
      currency: 'CNY',
    });
  });
});

describe('overviewOf on special tables', () => {
  it('counts every non-void order as a purchase worth 0 when the file has no amount column', () => {
    const table = orderTable([
      { customer: 'A', date: '2024-01-01', status: 'completed' },
      { customer: 'A', date: '2024-01-02', status: 'completed' },
      { customer: 'B', date: '2024-01-02', status: '已取消' },
      { customer: 'B', date: '2024-02-01', status: '交易成功' },
    ]);
    expect(overviewOf(table, { from: null, to: null })).toEqual({
      kpis: { revenueCents: 0, orders: 3, customers: 2, aovCents: 0, repeatRate: 0.5, arpaCents: 0 },
      monthly: [
        { month: '2024-01', revenueCents: 0, orders: 2, activeCustomers: 1 },
        { month: '2024-02', revenueCents: 0, orders: 1, activeCustomers: 1 },
      ],
      dataFrom: '2024-01-01',
      dataTo: '2024-02-01',
      currency: null,
    });
  });

  it('counts every row when there is no status column', () => {
    const table = orderTable([
      { customer: 'A', date: '2024-12-31', amount: 10 },
      { customer: 'A', date: '2025-01-01', amount: 5.5 },
    ]);
    expect(overviewOf(table, { from: null, to: null })).toEqual({
      kpis: { revenueCents: 1550, orders: 2, customers: 1, aovCents: 775, repeatRate: 1, arpaCents: 1550 },
      monthly: [
        { month: '2024-12', revenueCents: 1000, orders: 1, activeCustomers: 1 },
        { month: '2025-01', revenueCents: 550, orders: 1, activeCustomers: 1 },
      ],
      dataFrom: '2024-12-31',
      dataTo: '2025-01-01',
      currency: null,
    });
  });

  it('returns zeros and null dates for an empty table', () => {
    expect(overviewOf(orderTable([]), { from: '2024-01-01', to: null })).toEqual({
      kpis: { revenueCents: 0, orders: 0, customers: 0, aovCents: 0, repeatRate: 0, arpaCents: 0 },
      monthly: [],
      dataFrom: null,
      dataTo: null,
      currency: null,
    });
  });
});

// A deliberately naive second implementation over row objects, to compare with on random tables.
function naiveOverview(orders: TestOrder[], from: string, to: string) {
  const counted = orders.filter((o) => o.date >= from && o.date <= to && o.amount !== undefined)
    .filter((o) => !['cancelled', 'refunded', '已取消'].includes(o.status ?? '') || o.amount! < 0);
  const bought = counted.filter((o) => o.amount! > 0);
  const days = new Map<string, Set<string>>();
  for (const o of bought) days.set(o.customer, (days.get(o.customer) ?? new Set()).add(o.date));
  const revenue = counted.reduce((sum, o) => sum + Math.round(o.amount! * 100), 0);
  const gross = bought.reduce((sum, o) => sum + Math.round(o.amount! * 100), 0);
  const months = new Map<string, { revenueCents: number; orders: number; buyers: Set<string> }>();
  for (const o of counted) {
    const month = months.get(o.date.slice(0, 7)) ?? { revenueCents: 0, orders: 0, buyers: new Set<string>() };
    month.revenueCents += Math.round(o.amount! * 100);
    if (o.amount! > 0) [month.orders, month.buyers] = [month.orders + 1, month.buyers.add(o.customer)];
    months.set(o.date.slice(0, 7), month);
  }
  return {
    kpis: {
      revenueCents: revenue,
      orders: bought.length,
      customers: days.size,
      aovCents: bought.length ? Math.round(gross / bought.length) : 0,
      repeatRate: days.size ? [...days.values()].filter((d) => d.size >= 2).length / days.size : 0,
      arpaCents: days.size ? Math.round(revenue / days.size) : 0,
    },
    months,
  };
}

function randomOrders(seed: number, count: number): TestOrder[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const statuses = ['completed', 'completed', 'completed', 'cancelled', 'refunded', '已取消', '交易成功'];
  return Array.from({ length: count }, () => {
    const day = isoToDay('2023-11-20') + Math.floor(next() * 200);
    const kind = next();
    return {
      customer: `C${Math.floor(next() * 40)}`,
      date: new Date(day * 86_400_000).toISOString().slice(0, 10),
      amount: kind < 0.1 ? -Math.floor(next() * 5000) / 100 : kind < 0.15 ? 0 : Math.floor(next() * 50000) / 100,
      status: statuses[Math.floor(next() * statuses.length)]!,
    };
  });
}

describe('overviewOf on random tables', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('agrees with a naive count, whatever the row order (seed %i)', (seed) => {
    const orders = randomOrders(seed, 400);
    const [from, to] = seed % 2 ? ['2023-12-15', '2024-05-20'] : ['2023-11-20', '2024-06-06'];
    const result = overviewOf(orderTable(orders), { from, to });
    const naive = naiveOverview(orders, from, to);
    expect(result.kpis).toEqual(naive.kpis);
    expect(result.monthly.filter((m) => m.revenueCents !== 0 || m.orders !== 0)).toEqual(
      [...naive.months].sort(([a], [b]) => a.localeCompare(b)).map(([month, m]) =>
        ({ month, revenueCents: m.revenueCents, orders: m.orders, activeCustomers: m.buyers.size })),
    );
    expect(overviewOf(orderTable([...orders].reverse()), { from, to })).toEqual(result);
    // the monthly series adds up to the KPIs, and no month has more buyers than the range
    expect(result.monthly.reduce((sum, m) => sum + m.revenueCents, 0)).toBe(result.kpis.revenueCents);
    expect(result.monthly.reduce((sum, m) => sum + m.orders, 0)).toBe(result.kpis.orders);
    expect(Math.max(...result.monthly.map((m) => m.activeCustomers))).toBeLessThanOrEqual(result.kpis.customers);
    const buyerMonths = result.monthly.reduce((sum, m) => sum + m.activeCustomers, 0);
    expect(buyerMonths).toBeGreaterThanOrEqual(result.kpis.customers);
  });
});

function cdnowTable(): OrderTable {
  const file = new URL('../../../../shared/data/cdnow/cdnow_transactions.csv', import.meta.url);
  const text = readFileSync(file, 'utf8');
  const lines = text.trim().split(/\r?\n/).slice(1);
  const ids = new Map<string, number>();
  const customer = new Int32Array(lines.length);
  const day = new Int32Array(lines.length);
  const amountCents = new Float64Array(lines.length);
  const quantity = new Float64Array(lines.length);
  lines.forEach((line, i) => {
    const [id = '', date = '', cds = '', dollars = ''] = line.split(',');
    if (!ids.has(id)) ids.set(id, ids.size);
    customer[i] = ids.get(id)!;
    day[i] = isoToDay(date);
    quantity[i] = Number(cds);
    amountCents[i] = Math.round(Number(dollars) * 100);
  });
  return {
    length: lines.length,
    customer: { codes: customer, values: [...ids.keys()] },
    day,
    time: new Int32Array(lines.length).fill(-1),
    amountCents,
    quantity,
    line: Int32Array.from(lines, (_, i) => i + 2),
    text: {},
  };
}

describe('overviewOf on the CDNOW master file', () => {
  it('matches the figures counted independently from the file', () => {
    const table = cdnowTable();
    // README: 69,659 rows, 23,570 customers, $2,500,315.63, 80 rows of $0.00 (68 customers bought only those)
    expect([table.length, table.customer.values.length]).toEqual([69_659, 23_570]);
    const overview = overviewOf(table, { from: null, to: null });
    expect(overview.kpis).toEqual({
      revenueCents: 250_031_563,
      orders: 69_579,
      customers: 23_502,
      aovCents: 3593,
      repeatRate: 11_513 / 23_502,
      arpaCents: 10_639,
    });
    expect([overview.dataFrom, overview.dataTo, overview.currency]).toEqual(['1997-01-01', '1998-06-30', null]);
    // per-month figures from an awk pass over the CSV
    expect(overview.monthly.map((m) => [m.month, m.revenueCents, m.orders, m.activeCustomers])).toEqual([
      ['1997-01', 29906017, 8896, 7814], ['1997-02', 37959003, 11249, 9610], ['1997-03', 39315527, 11580, 9506],
      ['1997-04', 14282449, 3781, 2822], ['1997-05', 10793330, 2895, 2214], ['1997-06', 10839587, 3054, 2339],
      ['1997-07', 12207888, 2942, 2180], ['1997-08', 8836769, 2320, 1772], ['1997-09', 8194880, 2296, 1739],
      ['1997-10', 8978077, 2562, 1839], ['1997-11', 11544864, 2750, 2028], ['1997-12', 9557735, 2504, 1864],
      ['1998-01', 7675678, 2032, 1537], ['1998-02', 7709696, 2026, 1551], ['1998-03', 10897015, 2787, 2058],
      ['1998-04', 6623152, 1877, 1436], ['1998-05', 7098966, 1985, 1488], ['1998-06', 7610930, 2043, 1506],
    ]);
  });

  it('counts the calibration period (1997-01-01 … 1997-09-30) on its own', () => {
    const overview = overviewOf(cdnowTable(), { from: '1997-01-01', to: '1997-09-30' });
    expect(overview.monthly.map((m) => m.month)).toEqual([
      '1997-01', '1997-02', '1997-03', '1997-04', '1997-05', '1997-06', '1997-07', '1997-08', '1997-09',
    ]);
    expect(overview.kpis.orders).toBe(8896 + 11249 + 11580 + 3781 + 2895 + 3054 + 2942 + 2320 + 2296);
    // two customers' first priced purchase came after September (awk over the CSV)
    expect([overview.kpis.customers, overview.kpis.repeatRate]).toEqual([23_500, 9449 / 23_500]);
  });
});
