import { describe, expect, it } from 'vitest';
import type { CustomerColumn, CustomerFrame } from '../../../src/core/customer-types';
import { conditionMask } from '../../../src/core/query/condition-mask';
import { customerColumnValue } from '../../../src/core/query/customer-column-value';
import { sortedRows } from '../../../src/core/query/sorted-rows';
import { mulberry32 } from '../../../src/core/sample/mulberry32';
import { frameOf, type PlainCustomer } from './frame-of';
import { shop } from './shop';

const ids = (frame: CustomerFrame, rows: Int32Array) => Array.from(rows, (row) => frame.profiles.ids[row]);
const order = (column: CustomerColumn, direction: 'asc' | 'desc', search = '', mask: Uint8Array | null = null) => {
  const frame = shop();
  return ids(frame, sortedRows(frame, mask, column, direction, search));
};

describe('sortedRows sorts', () => {
  it.each<[CustomerColumn, 'asc' | 'desc', string]>([
    // Revenue: a 12000, b 2500, c 7000, d 0, e 30000, f −500.
    ['revenueCents', 'asc', 'f d b c a e'],
    ['revenueCents', 'desc', 'e a c b d f'],
    // Days since last: a 10, b 200, c 30, d none, e 0, f 366 — no value last both ways.
    ['daysSinceLast', 'asc', 'e a c b f d'],
    ['daysSinceLast', 'desc', 'f b c a e d'],
    // Orders: a 3, b 1, c 2, d 0, e 5, f 1 — b and f tie and stay in id order both ways.
    ['orders', 'asc', 'd b f c a e'],
    ['orders', 'desc', 'e a c b f d'],
    // Names ignoring case: '=cmd' < 'Ada Lovelace' < 'Bob' < 'Dora' < '张伟'; e has none.
    ['name', 'asc', 'f a b d c e'],
    ['name', 'desc', 'c d b a f e'],
    ['id', 'asc', 'a b c d e f'],
    ['id', 'desc', 'f e d c b a'],
    ['firstDay', 'asc', 'e c f a b d'],
    ['lastDay', 'desc', 'e a c b f d'],
    // Favourite: Books a c, Garden e, Toys b; d and f have none.
    ['favouriteCategory', 'asc', 'a c e b d f'],
    ['favouriteCategory', 'desc', 'b e a c d f'],
    // R scores a 5, b 2, c 4, d none, e 5, f 1.
    ['r', 'asc', 'f b c a e d'],
    ['r', 'desc', 'a e c b f d'],
    // RFM in the map's display order: champions a e, loyal c, hibernating b, lost f; d none.
    ['rfm', 'asc', 'a e c b f d'],
    ['rfm', 'desc', 'f b c a e d'],
    ['tier', 'asc', 'a e c b f d'],
    // Columns nobody has a value for keep id order.
    ['region', 'desc', 'a b c d e f'],
    ['cnEight', 'asc', 'a b c d e f'],
  ])('%s %s', (column, direction, expected) => {
    expect(order(column, direction).join(' ')).toBe(expected);
  });
});

describe('sortedRows searches id, name and email ignoring case', () => {
  it.each<[string, string]>([
    ['BOB', 'b'],
    ['example.com', 'a e'],
    ['张', 'c'],
    ['  ADA ', 'a'],
    ['c', 'a b c e f'], // id c, name =cmd, and the emails at example.com and mail.cn
    ['zzz', ''],
    ['', 'a b c d e f'],
  ])('%j', (search, expected) => {
    expect(order('id', 'asc', search).join(' ')).toBe(expected);
  });

  it('within a mask, sorted', () => {
    const frame = shop();
    const champions = conditionMask({ kind: 'oneOf', field: 'rfm', values: ['champions', 'loyal'] }, frame);
    expect(ids(frame, sortedRows(frame, champions, 'revenueCents', 'desc', ''))).toEqual(['e', 'a', 'c']);
    expect(ids(frame, sortedRows(frame, champions, 'revenueCents', 'desc', 'EXAMPLE'))).toEqual(['e', 'a']);
  });
});

describe('sortedRows agrees with a plain comparison sort', () => {
  const random = mulberry32(7);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const customers: PlainCustomer[] = Array.from({ length: 400 }, (_, i) => ({
    id: `c${String(i).padStart(3, '0')}`,
    ...(random() < 0.9 ? { revenueCents: pick([-100, 0, 250, 999, 1000, 1000.5, 42000]) } : {}),
    ...(random() < 0.8 ? { name: pick(['ann', 'Ann', 'bo', 'Bo', 'ANN', '李', '王', 'zed', '']) } : {}),
    ...(random() < 0.7 ? { groups: { tier: pick(['high', 'mid', 'low']) } } : {}),
  }));
  const frame = frameOf(customers, { groupOrder: { tier: ['high', 'mid', 'low'] } });
  const tiers = ['high', 'mid', 'low'];
  const key = (column: CustomerColumn, row: number): number | string | null => {
    const value = customerColumnValue(frame, column, row);
    return column === 'tier' && value !== null ? tiers.indexOf(value as string) : value;
  };
  const compare = (x: number | string, y: number | string): number => {
    if (typeof x === 'string' && typeof y === 'string' && x.toLowerCase() !== y.toLowerCase()) {
      return x.toLowerCase() < y.toLowerCase() ? -1 : 1;
    }
    return x < y ? -1 : x > y ? 1 : 0;
  };

  it.each<[CustomerColumn, 'asc' | 'desc']>([
    ['revenueCents', 'asc'], ['revenueCents', 'desc'], ['name', 'asc'], ['name', 'desc'], ['tier', 'desc'],
  ])('%s %s', (column, direction) => {
    const expected = customers.map((_, row) => row).sort((a, b) => {
      const x = key(column, a);
      const y = key(column, b);
      if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
      const byValue = compare(x, y) * (direction === 'asc' ? 1 : -1);
      return byValue !== 0 ? byValue : a - b; // ids are in row order
    });
    expect(Array.from(sortedRows(frame, null, column, direction, ''))).toEqual(expected);
  });
});

describe('sortedRows remembers each full order', () => {
  it('follows a grouping that is replaced, and a caller changing a result does not change the next', () => {
    const frame = shop();
    const first = sortedRows(frame, null, 'tier', 'asc', '');
    expect(ids(frame, first).join(' ')).toBe('a e c b f d');
    first.fill(0);
    expect(ids(frame, sortedRows(frame, null, 'tier', 'asc', '')).join(' ')).toBe('a e c b f d');
    // New settings give a new grouping: d becomes high, a low.
    frame.groupings.tier = { key: 'tier', groups: ['high', 'mid', 'low'], codes: new Int16Array([2, 2, 1, 0, 0, 2]) };
    expect(ids(frame, sortedRows(frame, null, 'tier', 'asc', '')).join(' ')).toBe('d e c a b f');
  });
});
