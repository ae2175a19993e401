import type { CustomerFrame } from '../customer-types';

/** A per-customer category column: `codes[i]` indexes `values`, negative for none. */
export interface CategoryColumn {
  codes: ArrayLike<number>;
  values: readonly string[];
}

/**
 * The category column a oneOf condition tests for `field`: a key of `frame.groupings` (group names),
 * `favouriteCategory`, or `attr:<name>` for an attribute that is not a grouping; null when unknown.
 */
export function groupField(frame: CustomerFrame, field: string): CategoryColumn | null {
  if (Object.hasOwn(frame.groupings, field)) {
    const grouping = frame.groupings[field]!;
    return { codes: grouping.codes, values: grouping.groups };
  }
  const { profiles } = frame;
  if (field === 'favouriteCategory') return { codes: profiles.favouriteCategory, values: profiles.categories };
  if (field.startsWith('attr:')) {
    const name = field.slice('attr:'.length);
    if (Object.hasOwn(profiles.attributes, name)) return profiles.attributes[name]!;
  }
  return null;
}
