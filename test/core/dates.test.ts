import { describe, expect, it } from 'vitest';
import { dayToIso, dayToMonthIndex, isoToDay, monthIndexToKey } from '../../src/core/dates';

describe('isoToDay / dayToIso', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['1997-01-01', 9862],
    ['1998-06-30', 10407],
    ['2000-02-29', 11016],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
    ['2025-10-31', 20392],
    ['0001-01-01', -719162],
    ['9999-12-31', 2932896],
  ])('%s is day %i and back', (iso, day) => {
    expect(isoToDay(iso)).toBe(day);
    expect(dayToIso(day)).toBe(iso);
  });

  it('agrees with Date.UTC on every day from 1899 to 2101', () => {
    const mismatches: string[] = [];
    for (let day = isoToDay('1899-01-01'); day <= isoToDay('2101-12-31'); day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (dayToIso(day) !== iso || isoToDay(iso) !== day) mismatches.push(iso);
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    '2023-02-29', '1900-02-29', '2024-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00',
    '2024-1-01', '2024-01-1', '24-01-01', '2024/01/01', '2024-01-01T00:00:00Z', ' 2024-01-01', '', 'yesterday',
  ])('rejects %j', (text) => {
    expect(isoToDay(text)).toBeNaN();
  });
});

describe('month helpers', () => {
  it.each([
    ['1970-01-01', '1970-01'],
    ['1969-12-31', '1969-12'],
    ['2024-02-29', '2024-02'],
    ['2025-10-31', '2025-10'],
    ['2025-11-01', '2025-11'],
  ])('%s is in month %s', (iso, key) => {
    expect(monthIndexToKey(dayToMonthIndex(isoToDay(iso)))).toBe(key);
  });

  it('numbers consecutive months consecutively across a year end', () => {
    expect(dayToMonthIndex(isoToDay('2025-01-01')) - dayToMonthIndex(isoToDay('2024-12-31'))).toBe(1);
    expect(dayToMonthIndex(isoToDay('2025-01-01'))).toBe(2025 * 12);
  });
});
