import { describe, expect, it } from 'vitest';
import { valueTiers } from '../../../src/core/segments/value-tiers';
import { namesOf, profilesOf } from './profiles';

const customers = (revenues: number[]) =>
  profilesOf([...revenues.map((r, i) => ({ id: `c${i}`, orders: 1, revenueCents: r })), { id: 'prospect' }]);

describe('valueTiers', () => {
  it('puts the top 20% of revenue-ranked purchasers in high, the next 30% in mid, the rest in low', () => {
    const revenues = [300, 1000, 100, 900, 800, 200, 700, 600, 500, 400];
    const grouping = valueTiers(customers(revenues), { high: 0.2, mid: 0.3 });
    expect(grouping.key).toBe('tier');
    expect(grouping.groups).toEqual(['high', 'mid', 'low']);
    expect(namesOf(grouping)).toEqual([
      'low', 'high', 'low', 'high', 'mid', 'low', 'mid', 'mid', 'low', 'low', null,
    ]);
  });

  it('keeps equal revenues together, a tie across a boundary joining the higher tier', () => {
    const revenues = [500, 500, 500, 400, 300, 200, 100, 100, 100, 100];
    // 2 high by share, but the third 500 ties the second; 5 high or mid: 400 and 300 are mid.
    expect(namesOf(valueTiers(customers(revenues), { high: 0.2, mid: 0.3 }))).toEqual([
      'high', 'high', 'high', 'mid', 'mid', 'low', 'low', 'low', 'low', 'low', null,
    ]);
  });

  it('follows edited shares, clamped to 0–1', () => {
    const revenues = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(namesOf(valueTiers(customers(revenues), { high: 0.1, mid: 0.5 }))).toEqual([
      'low', 'low', 'low', 'low', 'mid', 'mid', 'mid', 'mid', 'mid', 'high', null,
    ]);
    const allMid = namesOf(valueTiers(customers(revenues), { high: 0, mid: 2 }));
    expect(allMid).toEqual([...Array<string>(10).fill('mid'), null]);
  });

  it('gives tier sizes equal to the shares when revenues are distinct', () => {
    const revenues = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const codes = valueTiers(customers(revenues), { high: 0.2, mid: 0.3 }).codes;
    const sizes = [0, 1, 2].map((g) => codes.filter((c) => c === g).length);
    expect(sizes).toEqual([200, 300, 500]);
  });
});
