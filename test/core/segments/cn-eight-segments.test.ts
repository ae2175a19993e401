import { describe, expect, it } from 'vitest';
import { CN_EIGHT } from '../../../src/core/customer-types';
import { cnEightSegments } from '../../../src/core/segments/cn-eight-segments';
import { namesOf, profilesOf } from './profiles';

describe('cnEightSegments', () => {
  it('sets each of R, F, M high or low against its mean over purchasers, recent being high', () => {
    // Days 10 / 90, orders 1 / 3, revenue 100 / 900 in every combination: means 50 days, 2 orders, 500.
    // The customer at exactly the means is low in all three; the prospect is in no group.
    const rows: Array<[string, number, number, number]> = [
      ['LLL', 90, 1, 100], ['LHL', 90, 3, 100], ['HLL', 10, 1, 100], ['HHL', 10, 3, 100],
      ['LLH', 90, 1, 900], ['LHH', 90, 3, 900], ['HLH', 10, 1, 900], ['HHH', 10, 3, 900],
      ['mean', 50, 2, 500],
    ];
    const profiles = profilesOf([
      ...rows.map(([id, daysSinceLast, orders, revenueCents]) => ({
        id, daysSinceLast, orders, revenueCents,
      })),
      { id: 'prospect' },
    ]);
    const grouping = cnEightSegments(profiles);
    expect(grouping.key).toBe('cnEight');
    expect(grouping.groups).toEqual([...CN_EIGHT]);
    expect(namesOf(grouping)).toEqual([
      'generalRetain', // 一般挽留: R低 F低 M低
      'generalKeep', // 一般保持: R低 F高 M低
      'generalDevelop', // 一般发展: R高 F低 M低
      'generalValue', // 一般价值: R高 F高 M低
      'importantRetain', // 重要挽留: R低 F低 M高
      'importantKeep', // 重要保持: R低 F高 M高
      'importantDevelop', // 重要发展: R高 F低 M高
      'importantValue', // 重要价值: R高 F高 M高
      'generalRetain',
      null,
    ]);
  });

  it('ignores prospects in the means', () => {
    // Means over the two purchasers: 20 days, 2 orders, 300; prospects (revenue 0) must not lower them.
    const profiles = profilesOf([
      { id: 'a', daysSinceLast: 10, orders: 3, revenueCents: 400 },
      { id: 'b', daysSinceLast: 30, orders: 1, revenueCents: 200 },
      { id: 'p1' }, { id: 'p2' }, { id: 'p3' },
    ]);
    expect(namesOf(cnEightSegments(profiles))).toEqual(['importantValue', 'generalRetain', null, null, null]);
  });
});
