import { describe, expect, it } from 'vitest';
import { RFM_SEGMENTS } from '../../../src/core/customer-types';
import type { RfmScores } from '../../../src/core/customer-types';
import { rfmScores } from '../../../src/core/segments/rfm-scores';
import { rfmSegments } from '../../../src/core/segments/rfm-segments';
import { namesOf, profilesOf } from './profiles';

function scoresOf(rows: Array<[number, number, number]>): RfmScores {
  return {
    r: Uint8Array.from(rows, (x) => x[0]),
    f: Uint8Array.from(rows, (x) => x[1]),
    m: Uint8Array.from(rows, (x) => x[2]),
    cuts: { recency: [], frequency: [], monetary: [] },
    bins: { recency: 5, frequency: 5, monetary: 5 },
    notes: [],
  };
}

describe('rfmSegments', () => {
  it('maps R and FM = (F + M) / 2 rounded half up onto the segments; unscored customers get none', () => {
    const grouping = rfmSegments(scoresOf([
      [5, 5, 5], // (5,5)
      [5, 2, 3], // FM 2.5 → 3: (5,3)
      [5, 1, 2], // FM 1.5 → 2: (5,2)
      [1, 4, 5], // FM 4.5 → 5: (1,5)
      [1, 1, 1], // (1,1)
      [2, 1, 2], // (2,2)
      [3, 3, 3], // (3,3)
      [0, 0, 0], // no purchase
      [4, 0, 3], // partly unscored
    ]));
    expect(grouping.key).toBe('rfm');
    expect(grouping.groups).toEqual([...RFM_SEGMENTS]);
    expect(namesOf(grouping)).toEqual([
      'champions', 'loyal', 'potentialLoyalists', 'cantLose', 'lost', 'needAttention', 'potentialLoyalists',
      null, null,
    ]);
  });

  it('puts every scored customer into exactly one segment and no prospect into any', () => {
    const rows: Array<[number, number, number]> = [];
    for (let r = 1; r <= 5; r++) {
      for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) rows.push([r, f, m]);
    }
    const codes = rfmSegments(scoresOf(rows)).codes;
    expect(codes.every((c) => c >= 0 && c < RFM_SEGMENTS.length)).toBe(true);
    // Each segment is reached by some score triple: none is dead.
    expect(new Set(codes).size).toBe(RFM_SEGMENTS.length);

    const profiles = profilesOf(Array.from({ length: 300 }, (_, i) => ({
      id: `c${i}`,
      orders: i % 7 === 0 ? 0 : 1 + (i % 5),
      daysSinceLast: (i * 37) % 400,
      revenueCents: (i * 53) % 1000,
    })));
    const grouping = rfmSegments(rfmScores(profiles, { recency: null, frequency: null, monetary: null }));
    for (let i = 0; i < profiles.length; i++) {
      expect.soft(grouping.codes[i]! >= 0, `customer ${i}`).toBe(profiles.orders[i]! > 0);
    }
  });
});
