import { describe, expect, it } from 'vitest';
import { matchRows, type RowIdentity } from '../../../src/core/orders/match-rows';

/** The rule written the slow, obvious way: string keys with an occurrence counter per table. */
function naiveMatch(existing: RowIdentity, incoming: RowIdentity): number[] {
  const keys = (t: RowIdentity) => {
    const seen = new Map<string, number>();
    return Array.from({ length: t.length }, (_, i) => {
      const code = t.order ? t.order[i]! : -1;
      const base = code >= 0 ? `o${code}` : `c${t.customer[i]}|${t.day[i]}|${t.amountCents[i]}`;
      const k = seen.get(base) ?? 0;
      seen.set(base, k + 1);
      return `${base}#${k}`;
    });
  };
  const known = new Map(keys(existing).map((key, j) => [key, j]));
  return keys(incoming).map((key) => known.get(key) ?? -1);
}

/** A deterministic pseudo-random table with few distinct values, so that ids and contents repeat. */
function randomRows(length: number, seed: number): RowIdentity {
  let s = seed;
  const rand = (m: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % m;
  };
  return {
    length,
    order: Int32Array.from({ length }, () => (rand(3) === 0 ? -1 : rand(400))),
    customer: Int32Array.from({ length }, () => rand(20)),
    day: Int32Array.from({ length }, () => 19000 + rand(5)),
    amountCents: Float64Array.from({ length }, () => [100, -100, NaN, 2 ** 40, 0.5][rand(5)]!),
  };
}

describe('matchRows', () => {
  it('matches the k-th incoming row of an id or content to the k-th existing one', () => {
    const existing: RowIdentity = {
      length: 5,
      order: Int32Array.of(0, -1, -1, 0, -1),
      customer: Int32Array.of(0, 1, 1, 0, 1),
      day: Int32Array.of(10, 10, 10, 10, 11),
      amountCents: Float64Array.of(100, 500, 500, 100, 500),
    };
    const incoming: RowIdentity = {
      length: 6,
      order: Int32Array.of(-1, 0, 0, 0, -1, -1),
      customer: Int32Array.of(1, 0, 0, 0, 1, 1),
      day: Int32Array.of(10, 10, 10, 10, 10, 10),
      amountCents: Float64Array.of(500, 100, 100, 100, 500, 500),
    };
    expect(Array.from(matchRows(existing, incoming, 1))).toEqual([1, 0, 3, -1, 2, -1]);
  });

  it.each([1, 2, 3, 4, 5])('agrees with the string-key rule on random tables (seed %i)', (seed) => {
    const existing = randomRows(1500, seed);
    const incoming = randomRows(2000, seed * 7919);
    expect(Array.from(matchRows(existing, incoming, 400))).toEqual(naiveMatch(existing, incoming));
  });
});
