import type { CustomerProfiles, Grouping } from '../customer-types';

/**
 * A grouping by one customer attribute (key `attr:<name>`): one group per value some customer has, the
 * largest group first (equal sizes in the attribute's dictionary order); −1 for customers without a value.
 * Null when the attribute does not exist, no customer has a value, or it has more than `maxGroups` distinct
 * values (names, emails: too many groups to be useful).
 */
export function attributeGrouping(profiles: CustomerProfiles, name: string, maxGroups = 50): Grouping | null {
  const attribute = profiles.attributes[name];
  if (!attribute) return null;
  const n = profiles.length;
  const { codes, values } = attribute;
  const sizes = new Int32Array(values.length);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c >= 0 && c < values.length && sizes[c]!++ === 0 && ++distinct > maxGroups) return null;
  }
  if (distinct === 0) return null;
  const used: number[] = [];
  for (let c = 0; c < values.length; c++) if (sizes[c]! > 0) used.push(c);
  used.sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const groupOf = new Int16Array(values.length).fill(-1);
  used.forEach((c, g) => {
    groupOf[c] = g;
  });
  const out = new Int16Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c >= 0 && c < values.length) out[i] = groupOf[c]!;
  }
  return { key: `attr:${name}`, groups: used.map((c) => values[c]!), codes: out };
}
