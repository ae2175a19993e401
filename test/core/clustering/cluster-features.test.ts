import { describe, expect, it } from 'vitest';
import { clusterFeatures } from '../../../src/core/clustering/cluster-features';
import { testProfiles } from './profiles';

const round = (values: ArrayLike<number>) => Array.from(values, (v) => Math.round(v * 1e9) / 1e9 + 0);
const LN2 = Math.LN2;
const R2 = Math.SQRT2;

describe('clusterFeatures', () => {
  it('log-scales, fills a missing interval with the median, standardises and drops a constant feature', () => {
    const profiles = testProfiles([
      { orders: 1 }, // one occasion: interval unknown → median 15
      { orders: 0 }, // no purchase: not a row
      { orders: 3, meanGapDays: 3 },
      { orders: 3, meanGapDays: 15 },
      { orders: 7, meanGapDays: 63 },
    ]);
    const breadth = Int32Array.from([2, 0, 2, 2, 2]);
    const out = clusterFeatures(profiles, ['frequency', 'breadth', 'interval'], { breadth });
    // frequency log1p: ln2·{1, 2, 2, 3}, mean 2·ln2, sd ln2/√2;
    // interval log1p: ln2·{4, 2, 4, 6}, mean 4·ln2, sd √2·ln2.
    expect({ ...out, matrix: round(out.matrix), means: round(out.means), sds: round(out.sds) }).toEqual({
      matrix: round([-R2, 0, 0, -R2, 0, 0, R2, R2]),
      rows: 4,
      dims: 2,
      features: ['frequency', 'interval'],
      rowIndex: Int32Array.from([0, 2, 3, 4]),
      means: round([2 * LN2, 4 * LN2]),
      sds: round([LN2 / R2, R2 * LN2]),
      logScaled: [true, true],
      dropped: ['breadth'],
      notes: [
        { key: 'cluster.constant', params: { feature: 'breadth' } },
        { key: 'cluster.imputed', params: { feature: 'interval', customers: 1, value: 15 } },
      ],
    });
  });

  it('keeps breadth unscaled, counts negative net revenue as 0 and drops breadth when not given', () => {
    const profiles = testProfiles([
      { orders: 1, revenueCents: -500 },
      { orders: 2, revenueCents: 0 },
      { orders: 1, revenueCents: Math.E ** 2 - 1 },
    ]);
    const breadth = Int32Array.from([1, 2, 3]);
    const withBreadth = clusterFeatures(profiles, ['monetary', 'breadth'], { breadth });
    // monetary log1p: {0, 0, 2}, mean 2/3, sd √8/3; breadth {1, 2, 3}, mean 2, sd √(2/3).
    const m = [-2 / 3, -2 / 3, 4 / 3].map((d) => d / (Math.sqrt(8) / 3));
    const b = [-1, 0, 1].map((d) => d / Math.sqrt(2 / 3));
    expect(round(withBreadth.matrix)).toEqual(round([m[0]!, b[0]!, m[1]!, b[1]!, m[2]!, b[2]!]));
    expect(withBreadth.logScaled).toEqual([true, false]);
    const without = clusterFeatures(profiles, ['monetary', 'breadth']);
    expect([without.features, without.dropped, without.notes]).toEqual([
      ['monetary'], ['breadth'], [{ key: 'cluster.constant', params: { feature: 'breadth' } }],
    ]);
  });
});
