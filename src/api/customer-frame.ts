import type { CustomerFrame, CustomerProfiles, CustomerSettings, Grouping } from '../core/customer-types';
import { idOrder } from '../core/query/id-order';
import { attributeGrouping } from '../core/segments/attribute-grouping';
import { behaviourGroups } from '../core/segments/behaviour-groups';
import { cnEightSegments } from '../core/segments/cn-eight-segments';
import { lifecycleStages } from '../core/segments/lifecycle-stages';
import { rfmScores } from '../core/segments/rfm-scores';
import { rfmSegments } from '../core/segments/rfm-segments';
import { valueTiers } from '../core/segments/value-tiers';

/** Attributes that name one person rather than a group of them: never offered as a grouping. */
const IDENTIFYING = new Set(['name', 'email', 'phone', 'customerName']);

/**
 * Scores and every grouping of `profiles` under `settings`: rfm, cnEight, tier, behaviour, lifecycle and
 * `attr:<name>` for each customer attribute with few enough distinct values to be a grouping.
 */
export function customerFrame(profiles: CustomerProfiles, settings: CustomerSettings): CustomerFrame {
  const scores = rfmScores(profiles, settings.rfmCuts);
  const groupings: Record<string, Grouping> = {
    rfm: rfmSegments(scores),
    cnEight: cnEightSegments(profiles),
    tier: valueTiers(profiles, settings.tiers),
    behaviour: behaviourGroups(profiles, settings.rules),
    lifecycle: lifecycleStages(profiles, settings.rules),
  };
  for (const name of Object.keys(profiles.attributes).sort()) {
    if (IDENTIFYING.has(name)) continue;
    const grouping = attributeGrouping(profiles, name);
    if (grouping) groupings[grouping.key] = grouping;
  }
  // Every sorted list breaks ties by id: sort the ids now, with the frame, not on the first page asked.
  idOrder(profiles.ids);
  return { profiles, scores, groupings };
}
