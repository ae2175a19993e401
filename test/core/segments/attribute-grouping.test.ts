import { describe, expect, it } from 'vitest';
import { attributeGrouping } from '../../../src/core/segments/attribute-grouping';
import { profilesOf } from './profiles';

const profiles = profilesOf([
  { id: 'a', attributes: { region: 'North', email: 'a@x' } },
  { id: 'b', attributes: { region: 'South', email: 'b@x' } },
  { id: 'c', attributes: { region: 'North', email: 'c@x' } },
  { id: 'd', attributes: { email: 'd@x' } },
  { id: 'e', attributes: { region: 'East', email: 'e@x' } },
  { id: 'f', attributes: { region: 'West', email: 'f@x' } },
  { id: 'g', attributes: { region: 'South', email: 'g@x' } },
  { id: 'h', attributes: { region: 'North', email: 'h@x' } },
]);

describe('attributeGrouping', () => {
  it('has a group per value, largest first (ties in first-seen order), none for a missing value', () => {
    expect(attributeGrouping(profiles, 'region')).toEqual({
      key: 'attr:region',
      groups: ['North', 'South', 'East', 'West'],
      codes: Int16Array.from([0, 1, 0, -1, 2, 3, 1, 0]),
    });
  });

  it('is null for too many distinct values or an unknown attribute', () => {
    expect(attributeGrouping(profiles, 'email', 7)).toBeNull();
    expect(attributeGrouping(profiles, 'email', 8)).not.toBeNull();
    expect(attributeGrouping(profiles, 'region', 3)).toBeNull();
    expect(attributeGrouping(profiles, 'channel')).toBeNull();
  });
});
