import { describe, expect, it } from 'vitest';
import { segmentStats } from '../../../src/core/query/segment-stats';
import { frameOf } from './frame-of';
import { shop } from './shop';

describe('segmentStats', () => {
  // Net revenue of the shop: 12000 + 2500 + 7000 + 0 + 30000 − 500 = 51000 cents.
  it('counts customers over all customers (the prospect too) and revenue over total net revenue', () => {
    const { profiles } = shop();
    expect(segmentStats(new Uint8Array([1, 0, 1, 1, 0, 0]), profiles)).toEqual({
      customers: 3,
      share: 3 / 6,
      revenueShare: 19000 / 51000,
    });
  });

  it('everyone is the whole; no one is nothing', () => {
    const { profiles } = shop();
    expect(segmentStats(new Uint8Array(6).fill(1), profiles)).toEqual({ customers: 6, share: 1, revenueShare: 1 });
    expect(segmentStats(new Uint8Array(6), profiles)).toEqual({ customers: 0, share: 0, revenueShare: 0 });
  });

  it('a segment of refunders has a negative revenue share', () => {
    expect(segmentStats(new Uint8Array([0, 0, 0, 0, 0, 1]), shop().profiles)).toEqual({
      customers: 1,
      share: 1 / 6,
      revenueShare: -500 / 51000,
    });
  });

  it('unknown revenue counts as 0, and a total that is not positive gives a revenue share of 0', () => {
    const profiles = frameOf([{ id: 'a', revenueCents: 400 }, { id: 'b' }, { id: 'c', revenueCents: -400 }]).profiles;
    expect(segmentStats(new Uint8Array([1, 1, 0]), profiles)).toEqual({ customers: 2, share: 2 / 3, revenueShare: 0 });
  });

  it('no customers at all', () => {
    expect(segmentStats(new Uint8Array(0), frameOf([]).profiles)).toEqual({ customers: 0, share: 0, revenueShare: 0 });
  });
});
