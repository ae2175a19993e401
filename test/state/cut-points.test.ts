import { describe, expect, it } from 'vitest';
import { cutsText, parseCuts } from '../../src/state/cut-points';
import { applyThresholds, thresholdForm } from '../../src/state/thresholds';
import { DEFAULT_CUSTOMER_SETTINGS } from '../../src/core/customer-types';

describe('parseCuts', () => {
  it.each([
    ['30, 90, 180, 365', 1, [30, 90, 180, 365]],
    ['10，25.5 100', 100, [1000, 2550, 10000]],
    ['  ', 1, null],
    ['1, 1', 1, 'invalid'],
    ['5, 3', 1, 'invalid'],
    ['1, 2, 3, 4, 5', 1, 'invalid'],
    ['a', 1, 'invalid'],
  ] as const)('%j ×%d → %j', (text, scale, expected) => {
    expect(parseCuts(text, scale)).toEqual(expected);
  });

  it('writes cuts back in display units', () => {
    expect([cutsText([1000, 2550], 100), cutsText(null)]).toEqual(['10, 25.5', '']);
  });
});

describe('applyThresholds', () => {
  it('turns percentages into shares and keeps the other settings', () => {
    const form = { ...thresholdForm(DEFAULT_CUSTOMER_SETTINGS), high: '10', mid: '40', churnDays: '300' };
    expect(thresholdForm(DEFAULT_CUSTOMER_SETTINGS)).toEqual({
      high: '20', mid: '30', churnDays: '365', atRiskDays: '180', loyalOccasions: '4',
    });
    expect(applyThresholds(DEFAULT_CUSTOMER_SETTINGS, form)).toEqual({
      ...DEFAULT_CUSTOMER_SETTINGS,
      tiers: { high: 0.1, mid: 0.4 },
      rules: { ...DEFAULT_CUSTOMER_SETTINGS.rules, churnDays: 300 },
    });
  });

  it.each([
    { high: '70', mid: '40' },
    { high: '-1' },
    { churnDays: '100', atRiskDays: '100' },
    { loyalOccasions: '2.5' },
    { atRiskDays: '' },
  ])('refuses %j', (change) => {
    expect(applyThresholds(DEFAULT_CUSTOMER_SETTINGS, { ...thresholdForm(DEFAULT_CUSTOMER_SETTINGS), ...change })).toBeNull();
  });
});
