import type { CustomerProfiles } from '../customer-types';
import type { ClusterFeature } from './cluster-types';

/**
 * The raw values of one feature per profile row in its own units (days, purchases, cents, categories), NaN when
 * unknown; `breadth` comes from categoryBreadth and is all NaN when not given.
 */
export function rawFeature(
  profiles: CustomerProfiles,
  feature: ClusterFeature,
  breadth?: Int32Array,
): Float64Array {
  switch (feature) {
    case 'recency': return profiles.daysSinceLast;
    case 'frequency': return Float64Array.from(profiles.orders);
    case 'monetary': return profiles.revenueCents;
    case 'aov': return profiles.aovCents;
    case 'tenure': return profiles.tenureDays;
    case 'interval': return profiles.meanGapDays;
    case 'breadth':
      return breadth ? Float64Array.from(breadth) : new Float64Array(profiles.length).fill(Number.NaN);
  }
}
