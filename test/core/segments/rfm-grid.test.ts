import { describe, expect, it } from 'vitest';
import { rfmGrid } from '../../../src/core/segments/rfm-grid';
import { profilesOf } from './profiles';

describe('rfmGrid', () => {
  it('has one cell per (R, FM) holding customers, with their count, revenue and segment', () => {
    const profiles = profilesOf([
      { id: 'a', orders: 3, revenueCents: 1000 },
      { id: 'b', orders: 2, revenueCents: 250 },
      { id: 'c', orders: 1, revenueCents: 40 },
      { id: 'd' },
      { id: 'e', orders: 1, revenueCents: Number.NaN },
    ]);
    const scores = {
      r: Uint8Array.from([5, 5, 1, 0, 1]),
      f: Uint8Array.from([4, 5, 1, 0, 1]),
      m: Uint8Array.from([5, 3, 2, 0, 1]),
      cuts: { recency: [], frequency: [], monetary: [] },
      bins: { recency: 5, frequency: 5, monetary: 5 },
      notes: [],
    };
    expect(rfmGrid(scores, profiles)).toEqual([
      { r: 1, fm: 1, customers: 1, revenueCents: 0, segment: 'lost' },
      { r: 1, fm: 2, customers: 1, revenueCents: 40, segment: 'hibernating' },
      { r: 5, fm: 4, customers: 1, revenueCents: 250, segment: 'champions' },
      { r: 5, fm: 5, customers: 1, revenueCents: 1000, segment: 'champions' },
    ]);
  });
});
