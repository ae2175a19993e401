import { describe, expect, it } from 'vitest';
import { DEFAULT_CUSTOMER_SETTINGS, LIFECYCLE_STAGES } from '../../../src/core/customer-types';
import { lifecycleStages } from '../../../src/core/segments/lifecycle-stages';
import { namesOf, profilesOf } from './profiles';

const RULES = DEFAULT_CUSTOMER_SETTINGS.rules; // churn > 365 days, at risk > 180, loyal from 4 occasions

describe('lifecycleStages', () => {
  it('applies prospect → churned → at risk → loyal → new → repeat, the first rule that holds', () => {
    const profiles = profilesOf([
      { id: 'prospect' },
      { id: 'churnedLoyal', orders: 5, daysSinceLast: 400 },
      { id: 'churnedOnce', orders: 1, daysSinceLast: 366 },
      { id: 'atRiskOnce', orders: 1, daysSinceLast: 365 },
      { id: 'atRiskLoyal', orders: 4, daysSinceLast: 181 },
      { id: 'loyal', orders: 6, occasions: 4, daysSinceLast: 180 },
      { id: 'new', orders: 1, daysSinceLast: 10 },
      { id: 'newOldPurchase', orders: 1, daysSinceLast: 170 },
      { id: 'sameDayOrders', orders: 3, occasions: 1, daysSinceLast: 5 },
      { id: 'repeat', orders: 2, daysSinceLast: 10 },
      { id: 'repeat3', orders: 5, occasions: 3, daysSinceLast: 0 },
    ]);
    const grouping = lifecycleStages(profiles, RULES);
    expect(grouping.key).toBe('lifecycle');
    expect(grouping.groups).toEqual([...LIFECYCLE_STAGES]);
    expect(namesOf(grouping)).toEqual([
      'prospect', 'churned', 'churned', 'atRisk', 'atRisk', 'loyal', 'new', 'new', 'new', 'repeat', 'repeat',
    ]);
  });

  it('lets loyal win over new when loyalty starts at one occasion', () => {
    const profiles = profilesOf([
      { id: 'a', orders: 1, daysSinceLast: 3 },
      { id: 'b', orders: 2, daysSinceLast: 3 },
    ]);
    expect(namesOf(lifecycleStages(profiles, { ...RULES, loyalOccasions: 1 }))).toEqual(['loyal', 'loyal']);
  });

  it('gives every customer exactly one stage, prospect exactly to those without a purchase', () => {
    const profiles = profilesOf(Array.from({ length: 500 }, (_, i) => ({
      id: `c${i}`, orders: i % 9, occasions: Math.min(i % 9, 1 + (i % 5)), daysSinceLast: (i * 31) % 500,
    })));
    const codes = lifecycleStages(profiles, RULES).codes;
    for (let i = 0; i < profiles.length; i++) {
      expect.soft(codes[i]! >= 0 && codes[i]! < LIFECYCLE_STAGES.length).toBe(true);
      expect.soft(codes[i] === 0, `customer ${i}`).toBe(profiles.orders[i] === 0);
    }
    // All six stages occur in this mix.
    expect(new Set(codes).size).toBe(6);
  });
});
