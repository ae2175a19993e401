import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/core/customer-types';
import { conditionMask } from '../../../src/core/query/condition-mask';
import { frameOf, idsOf } from './frame-of';
import { shop } from './shop';

const select = (condition: Condition, frame = shop()) => idsOf(frame, conditionMask(condition, frame));
const range = (field: string, min: number | null, max: number | null): Condition => ({ kind: 'range', field, min, max });
const oneOf = (field: string, values: string[]): Condition => ({ kind: 'oneOf', field, values });
const and = (...children: Condition[]): Condition => ({ kind: 'and', children });
const or = (...children: Condition[]): Condition => ({ kind: 'or', children });
const not = (child: Condition): Condition => ({ kind: 'not', child });

describe('range', () => {
  it.each<[string, Condition, string[]]>([
    ['bounds are inclusive', range('revenueCents', 2500, 12000), ['a', 'b', 'c']],
    ['an open minimum', range('revenueCents', null, 0), ['d', 'f']],
    ['an open maximum skips customers without a value', range('daysSinceLast', 30, null), ['b', 'c', 'f']],
    ['fully open still needs a value', range('daysSinceLast', null, null), ['a', 'b', 'c', 'e', 'f']],
    ['counts of prospects are 0', range('orders', 0, 0), ['d']],
    ['a score never selects the unscored', range('score:r', null, 2), ['b', 'f']],
    ['a score range', range('score:m', 4, 5), ['a', 'c', 'e']],
    ['age from the customers file', range('age', 30, 40), ['a']],
    ['a NaN bound selects no one', range('orders', Number.NaN, null), []],
    ['a minimum above the maximum selects no one', range('orders', 3, 1), []],
  ])('%s', (_, condition, expected) => {
    expect(select(condition)).toEqual(expected);
  });

  it('returns one byte per customer, 1 for a match', () => {
    expect(conditionMask(range('refundCents', 1, null), shop())).toEqual(new Uint8Array([0, 0, 0, 0, 1, 1]));
  });
});

describe('oneOf', () => {
  it.each<[string, Condition, string[]]>([
    ['RFM segments', oneOf('rfm', ['champions', 'lost']), ['a', 'e', 'f']],
    ['a tier', oneOf('tier', ['mid']), ['c']],
    ['an attribute grouping', oneOf('attr:region', ['North', 'East']), ['a', 'c', 'd']],
    ['an attribute that is not a grouping', oneOf('attr:channel', ['web']), ['a', 'c']],
    ['the favourite category', oneOf('favouriteCategory', ['Books', 'Garden']), ['a', 'c', 'e']],
    ['a group nobody is in', oneOf('rfm', ['cantLose']), []],
    ['no values', oneOf('rfm', []), []],
  ])('%s', (_, condition, expected) => {
    expect(select(condition)).toEqual(expected);
  });
});

describe('date', () => {
  it.each<[string, Condition, string[]]>([
    ['before is exclusive', { kind: 'date', field: 'lastDay', op: 'before', day: '2024-12-01' }, ['b', 'f']],
    ['after is inclusive', { kind: 'date', field: 'lastDay', op: 'after', day: '2024-12-01' }, ['a', 'c', 'e']],
    // 30 days ending on the as-of day 2024-12-31 start on 2024-12-02.
    ['within 30 days', { kind: 'date', field: 'lastDay', op: 'within', days: 30 }, ['a', 'e']],
    ['within 31 days', { kind: 'date', field: 'lastDay', op: 'within', days: 31 }, ['a', 'c', 'e']],
    ['within 1 day is the as-of day', { kind: 'date', field: 'lastDay', op: 'within', days: 1 }, ['e']],
    ['first purchase', { kind: 'date', field: 'firstDay', op: 'before', day: '2024-01-01' }, ['c', 'e', 'f']],
    ['signup day', { kind: 'date', field: 'signupDay', op: 'before', day: '2024-01-01' }, ['a', 'c']],
    ['signup after', { kind: 'date', field: 'signupDay', op: 'after', day: '2024-12-25' }, ['d']],
    ['an impossible day selects no one', { kind: 'date', field: 'firstDay', op: 'after', day: '2024-02-30' }, []],
    ['a non-ISO day selects no one', { kind: 'date', field: 'firstDay', op: 'before', day: '1/2/2025' }, []],
    ['within 0 days selects no one', { kind: 'date', field: 'lastDay', op: 'within', days: 0 }, []],
  ])('%s', (_, condition, expected) => {
    expect(select(condition)).toEqual(expected);
  });

  it.each(['2022-01-01', '2023-12-31', '2024-06-14', '2024-06-15', '2025-01-01'])(
    'before and after %s split every customer with a known day, without overlap',
    (day) => {
      const frame = shop();
      const before = conditionMask({ kind: 'date', field: 'firstDay', op: 'before', day }, frame);
      const after = conditionMask({ kind: 'date', field: 'firstDay', op: 'after', day }, frame);
      const known = frame.profiles.firstDay.map((d) => (Number.isNaN(d) ? 0 : 1));
      expect(Array.from(before, (b, i) => b + after[i]!)).toEqual(Array.from(known));
    },
  );
});

describe('and / or / not', () => {
  // Customers p00, p01, p10, p11: the first digit is whether A holds, the second whether B holds.
  const logic = frameOf([
    { id: 'p00', orders: 0, units: 0 },
    { id: 'p01', orders: 0, units: 1 },
    { id: 'p10', orders: 1, units: 0 },
    { id: 'p11', orders: 1, units: 1 },
  ]);
  const A = range('orders', 1, null);
  const B = range('units', 1, null);

  it.each<[string, Condition, number[]]>([
    ['A', A, [0, 0, 1, 1]],
    ['B', B, [0, 1, 0, 1]],
    ['A and B', and(A, B), [0, 0, 0, 1]],
    ['A or B', or(A, B), [0, 1, 1, 1]],
    ['not A', not(A), [1, 1, 0, 0]],
    ['not not A', not(not(A)), [0, 0, 1, 1]],
    ['A and not B', and(A, not(B)), [0, 0, 1, 0]],
    ['not A or B', or(not(A), B), [1, 1, 0, 1]],
    ['not (A and B)', not(and(A, B)), [1, 1, 1, 0]],
    ['not A or not B', or(not(A), not(B)), [1, 1, 1, 0]],
    ['not (A or B)', not(or(A, B)), [1, 0, 0, 0]],
    ['not A and not B', and(not(A), not(B)), [1, 0, 0, 0]],
    ['(A and B) or (not A and not B)', or(and(A, B), and(not(A), not(B))), [1, 0, 0, 1]],
    ['and of one', and(B), [0, 1, 0, 1]],
    ['or of one', or(A), [0, 0, 1, 1]],
    ['A and B and A', and(A, B, A), [0, 0, 0, 1]],
    ['empty and: everyone', and(), [1, 1, 1, 1]],
    ['empty or: no one', or(), [0, 0, 0, 0]],
    ['not empty and', not(and()), [0, 0, 0, 0]],
    ['A and empty or', and(A, or()), [0, 0, 0, 0]],
    ['A or empty and', or(A, and()), [1, 1, 1, 1]],
  ])('%s', (_, condition, expected) => {
    expect(conditionMask(condition, logic)).toEqual(new Uint8Array(expected));
  });

  it('not of a range also selects customers without a value', () => {
    expect(select(not(range('daysSinceLast', 0, 100)))).toEqual(['b', 'd', 'f']);
  });

  it('combines kinds: North or South champions and buyers within a year, but not tier high', () => {
    const condition = and(
      oneOf('attr:region', ['North', 'South']),
      { kind: 'date', field: 'lastDay', op: 'within', days: 365 },
      not(oneOf('tier', ['high'])),
    );
    expect(select(condition)).toEqual(['b', 'c']);
  });
});

describe('unknown fields are bugs', () => {
  it.each<[string, Condition]>([
    ['a range over a text field', range('name', 0, 1)],
    ['a range over an unknown score', range('score:x', 1, 5)],
    ['a range over a grouping', range('rfm', 1, 5)],
    ['a oneOf over a grouping not built', oneOf('cnEight', ['importantValue'])],
    ['a oneOf over an attribute nobody has', oneOf('attr:city', ['Paris'])],
    ['a date over a number', { kind: 'date', field: 'tenureDays', op: 'within', days: 3 }],
  ])('%s throws', (_, condition) => {
    expect(() => conditionMask(condition, shop())).toThrow(/unknown/);
  });

  it('a signup day condition throws when there was no customers file', () => {
    const frame = frameOf([{ id: 'a' }], { numbers: false });
    expect(() => conditionMask({ kind: 'date', field: 'signupDay', op: 'within', days: 3 }, frame)).toThrow(/unknown/);
  });

  it('an unknown kind throws, even inside and', () => {
    const bad = { kind: 'xor', children: [] } as unknown as Condition;
    expect(() => conditionMask(and(bad), shop())).toThrow(/unknown kind 'xor'/);
  });
});
