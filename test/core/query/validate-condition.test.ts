import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/core/customer-types';
import { validateCondition } from '../../../src/core/query/validate-condition';
import { frameOf } from './frame-of';
import { shop } from './shop';

describe('validateCondition', () => {
  it.each<[string, Condition]>([
    ['a range', { kind: 'range', field: 'revenueCents', min: 0, max: 100 }],
    ['an open range', { kind: 'range', field: 'score:f', min: null, max: null }],
    ['equal bounds', { kind: 'range', field: 'orders', min: 2, max: 2 }],
    ['age', { kind: 'range', field: 'age', min: 18, max: null }],
    ['a grouping', { kind: 'oneOf', field: 'rfm', values: ['lost'] }],
    ['an attribute', { kind: 'oneOf', field: 'attr:channel', values: ['web'] }],
    ['a category', { kind: 'oneOf', field: 'favouriteCategory', values: ['Books'] }],
    ['a day', { kind: 'date', field: 'birthday', op: 'after', day: '2000-02-29' }],
    ['within', { kind: 'date', field: 'firstDay', op: 'within', days: 90 }],
    ['empty and', { kind: 'and', children: [] }],
    ['empty or inside not', { kind: 'not', child: { kind: 'or', children: [] } }],
  ])('accepts %s', (_, condition) => {
    expect(validateCondition(condition, shop())).toBeNull();
  });

  it.each<[string, Condition, string]>([
    ['an unknown number field', { kind: 'range', field: 'spend', min: 0, max: 1 }, 'condition.unknownField'],
    ['an unknown score', { kind: 'range', field: 'score:x', min: 1, max: 2 }, 'condition.unknownField'],
    ['a NaN bound', { kind: 'range', field: 'orders', min: Number.NaN, max: 3 }, 'condition.badNumber'],
    ['min above max', { kind: 'range', field: 'orders', min: 4, max: 3 }, 'condition.minAboveMax'],
    ['a grouping not built', { kind: 'oneOf', field: 'behaviour', values: ['loyal'] }, 'condition.unknownField'],
    ['no values', { kind: 'oneOf', field: 'tier', values: [] }, 'condition.noValues'],
    ['a date over a number', { kind: 'date', field: 'T', op: 'within', days: 3 }, 'condition.unknownField'],
    ['an impossible day', { kind: 'date', field: 'lastDay', op: 'before', day: '2023-02-29' }, 'condition.badDay'],
    ['an empty day', { kind: 'date', field: 'lastDay', op: 'after', day: '' }, 'condition.badDay'],
    ['zero days', { kind: 'date', field: 'lastDay', op: 'within', days: 0 }, 'condition.badDays'],
    ['NaN days', { kind: 'date', field: 'lastDay', op: 'within', days: Number.NaN }, 'condition.badDays'],
    ['an unknown kind', { kind: 'xor' } as unknown as Condition, 'condition.unknownField'],
  ])('reports %s', (_, condition, problem) => {
    expect(validateCondition(condition, shop())).toBe(problem);
  });

  it('reports the first problem depth first, inside and/or/not', () => {
    const condition: Condition = {
      kind: 'and',
      children: [
        { kind: 'range', field: 'orders', min: 1, max: null },
        { kind: 'or', children: [{ kind: 'not', child: { kind: 'oneOf', field: 'rfm', values: [] } }] },
        { kind: 'range', field: 'orders', min: 5, max: 1 },
      ],
    };
    expect(validateCondition(condition, shop())).toBe('condition.noValues');
  });

  it('reports signup day as unknown when there was no customers file', () => {
    const frame = frameOf([{ id: 'a' }], { numbers: false });
    expect(validateCondition({ kind: 'date', field: 'signupDay', op: 'within', days: 3 }, frame))
      .toBe('condition.unknownField');
  });
});
