import { describe, expect, it } from 'vitest';
import { DEFAULT_CUSTOMER_SETTINGS } from '../../../src/core/customer-types';
import { behaviourGroups } from '../../../src/core/segments/behaviour-groups';
import { namesOf, profilesOf } from './profiles';

describe('behaviourGroups', () => {
  it('is churned past churnDays, else loyal from loyalOccasions occasions, else potential', () => {
    const profiles = profilesOf([
      { id: 'gone', orders: 10, occasions: 10, daysSinceLast: 366 },
      { id: 'edge', orders: 5, occasions: 4, daysSinceLast: 365 },
      { id: 'three', orders: 6, occasions: 3, daysSinceLast: 10 },
      { id: 'once', orders: 1, daysSinceLast: 200 },
      { id: 'prospect' },
    ]);
    const grouping = behaviourGroups(profiles, DEFAULT_CUSTOMER_SETTINGS.rules);
    expect(grouping.key).toBe('behaviour');
    expect(grouping.groups).toEqual(['loyal', 'potential', 'churned']);
    expect(namesOf(grouping)).toEqual(['churned', 'loyal', 'potential', 'potential', null]);
  });
});
