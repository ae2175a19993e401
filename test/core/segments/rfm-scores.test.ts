import { describe, expect, it } from 'vitest';
import { rfmScores } from '../../../src/core/segments/rfm-scores';
import { profilesOf } from './profiles';

const QUINTILES = { recency: null, frequency: null, monetary: null };
const u8 = (values: number[]) => Uint8Array.from(values);

describe('rfmScores', () => {
  it('scores quintiles by rank, equal values sharing the score of their first rank; prospects 0', () => {
    const days = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const orders = [1, 1, 1, 2, 2, 3, 4, 5, 6, 7];
    const revenue = [500, 100, 100, 100, 100, 900, 300, 300, 700, 800];
    const profiles = profilesOf([
      ...days.map((d, i) => ({
        id: `c${i}`, daysSinceLast: d, orders: orders[i]!, revenueCents: revenue[i]!,
      })),
      { id: 'prospect' },
    ]);
    // Frequency ranks: 1 ×3 from rank 0 (q0), 2 from rank 3 (q1), 3 from 5 (q2), 4 and 5 from 6, 7 (q3),
    // 6 and 7 from 8, 9 (q4). Monetary: 100 ×4 from 0 (q0), 300 ×2 from 4 (q2), 500, 700 from 6, 7 (q3),
    // 800, 900 (q4): quintile 1 has no value of its own, so four bins, spread as 1, 2, 4, 5.
    expect(rfmScores(profiles, QUINTILES)).toEqual({
      r: u8([5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 0]),
      f: u8([1, 1, 1, 2, 2, 3, 4, 4, 5, 5, 0]),
      m: u8([4, 1, 1, 1, 1, 5, 2, 2, 4, 5, 0]),
      cuts: { recency: [2, 4, 6, 8], frequency: [1, 2, 3, 5], monetary: [100, 300, 700] },
      bins: { recency: 5, frequency: 5, monetary: 4 },
      notes: [{
        key: 'rfm.collapsed',
        params: {
          dimension: 'monetary', bins: 4, reason: 'mostCommonValue', share: 0.4, value: 100, distinct: 6,
        },
      }],
    });
  });

  it('gives every customer the neutral 3 when all values are equal, and says so per dimension', () => {
    const profiles = profilesOf([1, 2, 3].map((i) => ({
      id: `c${i}`, orders: 1, daysSinceLast: 5, revenueCents: 100,
    })));
    const note = (dimension: string, value: number) => ({
      key: 'rfm.collapsed',
      params: { dimension, bins: 1, reason: 'fewDistinctValues', share: 1, value, distinct: 1 },
    });
    expect(rfmScores(profiles, QUINTILES)).toEqual({
      r: u8([3, 3, 3]),
      f: u8([3, 3, 3]),
      m: u8([3, 3, 3]),
      cuts: { recency: [], frequency: [], monetary: [] },
      bins: { recency: 1, frequency: 1, monetary: 1 },
      notes: [note('recency', 5), note('frequency', 1), note('monetary', 100)],
    });
  });

  it('uses two bins scored 1 and 5 when most customers bought once and the rest twice', () => {
    const orders = [1, 1, 2, 1, 1, 2, 1, 1, 2, 1];
    const profiles = profilesOf(orders.map((o, i) => ({
      id: `c${i}`, orders: o, daysSinceLast: i * 10, revenueCents: (i + 1) * 100,
    })));
    const scores = rfmScores(profiles, QUINTILES);
    // 1 holds ranks 0–6 (q0), 2 starts at rank 7 (q3): quintiles 1, 2 and 4 have no value of their own.
    expect(scores.f).toEqual(u8([1, 1, 5, 1, 1, 5, 1, 1, 5, 1]));
    expect(scores.cuts.frequency).toEqual([1]);
    expect(scores.bins).toEqual({ recency: 5, frequency: 2, monetary: 5 });
    expect(scores.notes).toEqual([{
      key: 'rfm.collapsed',
      params: {
        dimension: 'frequency', bins: 2, reason: 'fewDistinctValues', share: 0.7, value: 1, distinct: 2,
      },
    }]);
    // Recency in days 0, 10, …, 90: fewest days score 5.
    expect(scores.r).toEqual(u8([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]));
    expect(scores.cuts.recency).toEqual([10, 30, 50, 70]);
  });

  it('uses the cut points the person chose: sorted, repeats and non-numbers out, empty groups kept', () => {
    const rows = [
      { days: 10, orders: 1, revenue: 500 },
      { days: 30, orders: 3, revenue: 1000 },
      { days: 31, orders: 1, revenue: 3000 },
      { days: 200, orders: 2, revenue: 6000 },
      { days: 400, orders: 9, revenue: 5000 },
    ];
    const profiles = profilesOf(rows.map((c, i) => ({
      id: `c${i}`, daysSinceLast: c.days, orders: c.orders, revenueCents: c.revenue,
    })));
    const scores = rfmScores(profiles, {
      recency: [30, 90, 180, 365],
      frequency: [1],
      monetary: [5000, 1000, Number.NaN, 1000],
    });
    expect(scores).toEqual({
      r: u8([5, 5, 4, 2, 1]),
      f: u8([1, 5, 1, 5, 5]),
      m: u8([1, 1, 3, 5, 3]),
      cuts: { recency: [30, 90, 180, 365], frequency: [1], monetary: [1000, 5000] },
      bins: { recency: 5, frequency: 2, monetary: 3 },
      notes: [],
    });
  });

  it('keeps at most four chosen cuts, the lowest, and treats an empty list as quintiles', () => {
    const profiles = profilesOf([1, 2, 3, 4, 5, 6].map((v) => ({
      id: `c${v}`, orders: v, daysSinceLast: v, revenueCents: v,
    })));
    const scores = rfmScores(profiles, { recency: [], frequency: [5, 4, 3, 2, 1], monetary: null });
    // Six values: ranks 0–5 fall in quintiles floor(5 · rank / 6) = 0, 0, 1, 2, 3, 4.
    expect(scores.cuts).toEqual({ recency: [2, 3, 4, 5], frequency: [1, 2, 3, 4], monetary: [2, 3, 4, 5] });
    expect(scores.f).toEqual(u8([1, 2, 3, 4, 5, 5]));
    expect(scores.m).toEqual(u8([1, 1, 2, 3, 4, 5]));
    expect(scores.r).toEqual(u8([5, 5, 4, 3, 2, 1]));
  });

  it('scores nobody when no customer has a purchase, and leaves a non-number unscored', () => {
    expect(rfmScores(profilesOf([{ id: 'a' }, { id: 'b' }]), QUINTILES)).toEqual({
      r: u8([0, 0]), f: u8([0, 0]), m: u8([0, 0]),
      cuts: { recency: [], frequency: [], monetary: [] },
      bins: { recency: 0, frequency: 0, monetary: 0 },
      notes: [],
    });
    const profiles = profilesOf([{ id: 'a', orders: 1, revenueCents: Number.NaN, daysSinceLast: 3 }]);
    expect(rfmScores(profiles, { recency: [5], frequency: [0], monetary: [0] })).toMatchObject({
      r: u8([5]), f: u8([5]), m: u8([0]),
    });
  });

  it('gives equal values equal scores and fills all five scores on 10,000 varied customers', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const customers = Array.from({ length: 10_000 }, (_, i) => ({
      id: `c${i}`,
      orders: random() < 0.1 ? 0 : 1 + Math.floor(random() * random() * 20),
      daysSinceLast: Math.floor(random() * 700),
      revenueCents: Math.floor(random() * 100) * 500,
    }));
    const profiles = profilesOf(customers);
    const scores = rfmScores(profiles, QUINTILES);
    for (const [dimension, values, own] of [
      ['r', profiles.daysSinceLast, scores.r],
      ['f', profiles.orders, scores.f],
      ['m', profiles.revenueCents, scores.m],
    ] as const) {
      const scoreOfValue = new Map<number, number>();
      const counts = [0, 0, 0, 0, 0, 0];
      for (let i = 0; i < profiles.length; i++) {
        counts[own[i]!]!++;
        if (profiles.orders[i]! === 0) continue;
        const seen = scoreOfValue.get(values[i]!);
        if (seen === undefined) scoreOfValue.set(values[i]!, own[i]!);
        else expect.soft(seen, `${dimension} of ${values[i]}`).toBe(own[i]!);
      }
      expect(counts[0], dimension).toBe(customers.filter((c) => c.orders === 0).length);
      if (dimension !== 'f') expect(counts.slice(1).every((c) => c > 1500 && c < 2100), dimension).toBe(true);
    }
  });
});
