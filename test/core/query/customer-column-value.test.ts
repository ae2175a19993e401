import { describe, expect, it } from 'vitest';
import { CUSTOMER_COLUMNS } from '../../../src/core/customer-types';
import { conditionMask } from '../../../src/core/query/condition-mask';
import { customerColumnValue } from '../../../src/core/query/customer-column-value';
import { validateCondition } from '../../../src/core/query/validate-condition';
import { fullPair } from './full-pair';

const rowOf = (row: number) => {
  const frame = fullPair();
  return Object.fromEntries(CUSTOMER_COLUMNS.map((column) => [column, customerColumnValue(frame, column, row)]));
};

describe('customerColumnValue', () => {
  it('gives every column of a customer: days ISO, money in cents, scores, group names', () => {
    expect(rowOf(0)).toEqual({
      id: 'C-001', name: '王芳, "Fang"', email: 'fang@example.cn', region: '华东', channel: '+wechat',
      firstDay: '2023-03-05', lastDay: '2024-11-30', orders: 4, occasions: 3, units: 9, revenueCents: 123456,
      refundCents: 1999, aovCents: 30864, meanGapDays: 211.6666666, medianGapDays: 200.5, tenureDays: 667,
      daysSinceLast: 31, favouriteCategory: '茶叶', frequency: 2, recency: 636, T: 667, monetaryCents: 41150.25,
      r: 4, f: 3, m: 5, rfm: 'loyal', cnEight: 'importantKeep', tier: 'high', behaviour: 'loyal',
      lifecycle: 'repeat', cluster: null, pAlive: null, expectedPurchases: null, predictedClvCents: null,
    });
  });

  it('gives null where a prospect has no value, 0 for its counts', () => {
    expect(rowOf(1)).toEqual({
      id: 'P-002', name: null, email: null, region: null, channel: null, firstDay: null, lastDay: null,
      orders: 0, occasions: 0, units: null, revenueCents: null, refundCents: null, aovCents: null,
      meanGapDays: null, medianGapDays: null, tenureDays: null, daysSinceLast: null, favouriteCategory: null,
      frequency: 0, recency: null, T: null, monetaryCents: null, r: null, f: null, m: null, rfm: null,
      cnEight: null, tier: null, behaviour: null, lifecycle: null, cluster: null,
      pAlive: null, expectedPurchases: null, predictedClvCents: null,
    });
  });

  it('gives the predictions once the frame has them, null where a customer has none', () => {
    const frame = fullPair();
    frame.predictions = {
      pAlive: Float64Array.of(0.75, Number.NaN),
      expectedPurchases: Float64Array.of(1.5, Number.NaN),
      predictedClvCents: Float64Array.of(12345.5, Number.NaN),
    };
    const columns = ['pAlive', 'expectedPurchases', 'predictedClvCents'] as const;
    expect([0, 1].map((row) => columns.map((c) => customerColumnValue(frame, c, row)))).toEqual([
      [0.75, 1.5, 12345.5], [null, null, null],
    ]);
  });

  it('lets a range condition test predictions, matching no one before they exist', () => {
    const frame = fullPair();
    const likely = { kind: 'range', field: 'pAlive', min: 0.5, max: null } as const;
    expect([validateCondition(likely, frame), [...conditionMask(likely, frame)]]).toEqual([null, [0, 0]]);
    frame.predictions = {
      pAlive: Float64Array.of(0.75, Number.NaN),
      expectedPurchases: Float64Array.of(1.5, Number.NaN),
      predictedClvCents: Float64Array.of(12345.5, Number.NaN),
    };
    expect([...conditionMask(likely, frame)]).toEqual([1, 0]);
  });

  it('gives null for a grouping or attribute the frame does not have', () => {
    const frame = fullPair();
    delete frame.groupings.lifecycle;
    delete frame.profiles.attributes.email;
    expect([customerColumnValue(frame, 'lifecycle', 0), customerColumnValue(frame, 'email', 0)]).toEqual([null, null]);
  });
});
