import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../../src/core/dates';
import { calibrationHoldout } from '../../../../src/core/models/holdout/calibration-holdout';
import { orderTable } from '../../customers/tables';
import { cdnowOrders, holdoutPairs, readCdnow } from './cdnow';

const weeks2 = (v: number) => Number(v.toFixed(2));

describe('calibrationHoldout on a small shop, in weeks', () => {
  // Calibration to Sunday 2024-01-28 (day 0 of the weeks below); holdout to 2024-02-11, two weeks.
  const orders = orderTable([
    { customer: 'a', date: '2024-01-01', amount: 10 },
    { customer: 'a', date: '2024-01-15', amount: 20 },
    { customer: 'a', date: '2024-01-15', amount: 5 }, // same day: one occasion of 25
    { customer: 'a', date: '2024-01-29', amount: 40 }, // holdout, week 1
    { customer: 'a', date: '2024-02-12', amount: 99 }, // after the end: ignored
    { customer: 'b', date: '2024-01-22', amount: 30 },
    { customer: 'b', date: '2024-01-23', amount: -30 }, // a refund is not a purchase
    { customer: 'b', date: '2024-02-05', amount: 0 }, // an order of no value is a transaction
    { customer: 'b', date: '2024-02-11', amount: 12 },
    { customer: 'c', date: '2024-02-01', amount: 50 }, // first buys in the holdout: not in the cohort
  ]);
  const data = calibrationHoldout(orders, isoToDay('2024-01-28'), isoToDay('2024-02-11'), 7);

  it('summarises the calibration period per cohort customer and counts their holdout days', () => {
    expect(data.ids).toEqual(['a', 'b']);
    expect(data.holdoutLength).toBe(2);
    expect(Array.from(data.firstDay)).toEqual([isoToDay('2024-01-01'), isoToDay('2024-01-22')]);
    expect(Array.from(data.x)).toEqual([1, 0]);
    expect(Array.from(data.tx)).toEqual([2, 0]);
    expect(Array.from(data.T)).toEqual([27 / 7, 6 / 7]);
    expect(Array.from(data.monetaryCents)).toEqual([2500, 0]);
    expect(Array.from(data.holdout)).toEqual([1, 2]);
    expect(Array.from(data.holdoutCents)).toEqual([4000, 1200]);
  });

  it('tracks the cohort\'s cumulative repeat days week by week, weeks ending on the calibration end', () => {
    const ends = ['2024-01-07', '2024-01-14', '2024-01-21', '2024-01-28', '2024-02-04', '2024-02-11'];
    expect(Array.from(data.tracking.endDay)).toEqual(ends.map(isoToDay));
    // a repeats on 01-15 (week 3) and 01-29 (week 5); b on 02-05 and 02-11 (week 6).
    expect(Array.from(data.tracking.actual)).toEqual([0, 0, 1, 1, 2, 4]);
  });

  it('clips the last period at the end day and accepts a fractional unit', () => {
    const months = calibrationHoldout(orders, isoToDay('2024-01-28'), isoToDay('2024-02-11'), 365.2425 / 12);
    expect(Array.from(months.tracking.endDay)).toEqual([isoToDay('2024-01-28'), isoToDay('2024-02-11')]);
    expect(Array.from(months.tracking.actual)).toEqual([1, 4]);
    expect(months.holdoutLength).toBeCloseTo(14 / (365.2425 / 12), 12);
  });
});

describe('calibrationHoldout on the CDNOW sample: calibration to 1997-09-30, holdout to 1998-06-30', () => {
  const data = calibrationHoldout(cdnowOrders(), isoToDay('1997-09-30'), isoToDay('1998-06-30'), 7);
  const rowOf = new Map(data.ids.map((id, i) => [id, i]));

  it('gives cdnow_customers_summary.csv for every one of the 2,357 customers', () => {
    const published = readCdnow('cdnow_customers_summary.csv');
    expect(data.ids.length).toBe(2357);
    const ours = published.map(([id]) => {
      const i = rowOf.get(id!)!;
      return [id, data.x[i], weeks2(data.tx[i]!), weeks2(data.T[i]!)];
    });
    expect(ours).toEqual(published.map(([id, x, tx, T]) => [id, Number(x), Number(tx), Number(T)]));
  });

  it('gives the published mean repeat spend (zbar) within a cent', () => {
    const off = readCdnow('cdnow_customers_summary_with_transactions.csv').filter(
      ([id, , , , zbar]) => !(Math.abs(data.monetaryCents[rowOf.get(id!)!]! / 100 - Number(zbar)) <= 0.010000001),
    );
    expect(off).toEqual([]);
  });

  it('counts 1,882 holdout repeat purchases (distinct customer-days) over a 39-week holdout', () => {
    expect(data.holdoutLength).toBe(39);
    expect(data.holdout.reduce((s, v) => s + v, 0)).toBe(1882);
    // Independently: distinct (customer, day) pairs of the raw rows after 1997-09-30.
    expect(holdoutPairs().size).toBe(1882);
  });

  it('tracks 78 weeks from 1997-01-07: 2,457 repeat days at the calibration end, 4,339 at the end', () => {
    const { endDay, actual } = data.tracking;
    expect(endDay.length).toBe(78);
    const ends = ['1997-01-07', '1997-09-30', '1998-06-30'].map(isoToDay);
    expect([endDay[0], endDay[38], endDay[77]]).toEqual(ends);
    expect([actual[38], actual[77]]).toEqual([2457, 2457 + 1882]);
    expect(actual.every((v, k) => k === 0 || v >= actual[k - 1]!)).toBe(true);
  });
});
