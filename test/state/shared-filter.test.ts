import { describe, expect, it } from 'vitest';
import {
  acquiredCondition, cohortCondition, customerFilterOf, periodBounds,
} from '../../src/state/shared-filter';

const group = { workspaceId: 'w', grouping: 'attr:region', group: 'North' };
const cohort = { workspaceId: 'w', period: 'month' as const, key: '2024-02' };
const range = { workspaceId: 'w', from: '2024-03-01', to: '2024-03-31' };

describe('periodBounds', () => {
  it.each([
    ['2024-02', { from: '2024-02-01', next: '2024-03-01', to: '2024-02-29' }],
    ['2023-12', { from: '2023-12-01', next: '2024-01-01', to: '2023-12-31' }],
    ['2024-Q1', { from: '2024-01-01', next: '2024-04-01', to: '2024-03-31' }],
    ['2024-Q4', { from: '2024-10-01', next: '2025-01-01', to: '2024-12-31' }],
  ])('reads %s', (key, bounds) => {
    expect(periodBounds(key)).toEqual(bounds);
  });

  it.each(['2024', '2024-13', '2024-Q5', 'May 2024', ''])('rejects %j', (key) => {
    expect(periodBounds(key)).toBeNull();
  });
});

describe('customerFilterOf', () => {
  it('is empty with nothing selected', () => {
    expect(customerFilterOf({ group: null, cohort: null, range: null })).toEqual({});
  });

  it('joins the group, the cohort (first purchase in its period) and the range (bought in it)', () => {
    expect(customerFilterOf({ group, cohort, range })).toEqual({
      grouping: 'attr:region', group: 'North',
      condition: {
        kind: 'and',
        children: [
          { kind: 'date', field: 'firstDay', op: 'after', day: '2024-02-01' },
          { kind: 'date', field: 'firstDay', op: 'before', day: '2024-03-01' },
        ],
      },
      activeIn: { from: '2024-03-01', to: '2024-03-31' },
    });
  });

  it('leaves out what a chart highlights, and reads a range as acquisition for cohort tables', () => {
    expect(customerFilterOf({ group, cohort, range }, { group: true, cohort: true, range: true }))
      .toEqual({});
    expect(customerFilterOf({ group: null, cohort, range }, { rangeAs: 'acquired' })).toEqual({
      condition: { kind: 'and', children: [cohortCondition('2024-02'), acquiredCondition(range)] },
    });
    // The day after the range's end bounds it: 'before' is strictly earlier.
    const acquired = acquiredCondition(range) as { kind: 'and'; children: unknown[] };
    expect(acquired.children.at(-1)).toEqual(
      { kind: 'date', field: 'firstDay', op: 'before', day: '2024-04-01' },
    );
  });

  it('names a saved segment without a group', () => {
    expect(customerFilterOf({
      group: { workspaceId: 'w', grouping: 'segment:s1', group: '' }, cohort: null, range: null,
    })).toEqual({ grouping: 'segment:s1' });
  });
});
