import { describe, expect, it } from 'vitest';
import { periodKey } from '../../../src/core/cohorts/period-key';
import { periodIndexOfDay } from '../../../src/core/cohorts/period-index';
import { isoToDay } from '../../../src/core/dates';

describe('periodIndexOfDay and periodKey', () => {
  it('name the month and the quarter of a day, across year ends and leap days', () => {
    const keys = (iso: string) => [
      periodKey(periodIndexOfDay(isoToDay(iso), 'month'), 'month'),
      periodKey(periodIndexOfDay(isoToDay(iso), 'quarter'), 'quarter'),
    ];
    const days = ['2023-12-31', '2024-01-01', '2024-02-29', '2024-03-31', '2024-04-01', '2024-09-30', '2024-10-01'];
    expect(days.map(keys)).toEqual([
      ['2023-12', '2023-Q4'],
      ['2024-01', '2024-Q1'],
      ['2024-02', '2024-Q1'],
      ['2024-03', '2024-Q1'],
      ['2024-04', '2024-Q2'],
      ['2024-09', '2024-Q3'],
      ['2024-10', '2024-Q4'],
    ]);
  });
});
