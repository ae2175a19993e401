import { describe, expect, it } from 'vitest';
import { customerPageRows } from '../../../src/core/query/customer-page-rows';
import { sortedRows } from '../../../src/core/query/sorted-rows';
import { shop } from './shop';

describe('customerPageRows', () => {
  it('gives the chosen columns of one page of the sorted list, each row keyed by id', () => {
    const frame = shop();
    const order = sortedRows(frame, null, 'revenueCents', 'desc', ''); // e a c b d f
    expect(customerPageRows(frame, order, 1, 3, ['name', 'revenueCents', 'lastDay', 'rfm'])).toEqual([
      { id: 'a', name: 'Ada Lovelace', revenueCents: 12000, lastDay: '2024-12-21', rfm: 'champions' },
      { id: 'c', name: '张伟', revenueCents: 7000, lastDay: '2024-12-01', rfm: 'loyal' },
      { id: 'b', name: 'Bob', revenueCents: 2500, lastDay: '2024-06-14', rfm: 'hibernating' },
    ]);
  });

  it('stops at the end of the list', () => {
    const frame = shop();
    const order = sortedRows(frame, null, 'id', 'asc', '');
    expect(customerPageRows(frame, order, 4, 50, ['orders'])).toEqual([
      { id: 'e', orders: 5 },
      { id: 'f', orders: 1 },
    ]);
    expect(customerPageRows(frame, order, 6, 50, ['orders'])).toEqual([]);
    expect(customerPageRows(frame, order, 0, 0, ['orders'])).toEqual([]);
  });

  it('gives every column by default', () => {
    const frame = shop();
    const [row] = customerPageRows(frame, new Int32Array([3]), 0, 1);
    expect(row).toEqual({
      id: 'd', name: 'Dora', email: null, region: null, channel: null, firstDay: null, lastDay: null,
      orders: 0, occasions: 0, units: null, revenueCents: 0, refundCents: null, aovCents: null,
      meanGapDays: null, medianGapDays: null, tenureDays: null, daysSinceLast: null, favouriteCategory: null,
      frequency: 0, recency: null, T: null, monetaryCents: null, r: null, f: null, m: null, rfm: null,
      cnEight: null, tier: null, behaviour: null, lifecycle: null, cluster: null,
      pAlive: null, expectedPurchases: null, predictedClvCents: null,
    });
  });
});
