import type { Condition, CustomerFrame } from '../customer-types';
import { isoToDay } from '../dates';
import { dateField } from './date-field';
import { groupField } from './group-field';
import { numberField } from './number-field';

/**
 * Which customers (rows of `frame.profiles`) a condition selects: 1 where the customer matches.
 * - `and` of no children selects everyone, `or` of none selects no one; `not` is the complement over all
 *   customers, so NOT of a range also selects customers who have no value for the field.
 * - `range`: inclusive bounds, null = open; a missing value (NaN, or a score of 0) never matches.
 * - `oneOf`: the customer's group (or favourite category, or attribute value) is one of `values`.
 * - `date` (day numbers, UTC): `before` a day is strictly earlier, `after` a day is that day or later, so
 *   the two split every customer with a known day; `within` N days is the N days ending on the as-of day
 *   (asOf − N < day ≤ asOf). An unreadable ISO day or a bad N selects no one (validateCondition reports it).
 * Throws on an unknown field or kind: the builder offers only known ones, so that is a bug.
 */
export function conditionMask(condition: Condition, frame: CustomerFrame): Uint8Array {
  const n = frame.profiles.length;
  const out = new Uint8Array(n);
  switch (condition.kind) {
    case 'and': {
      out.fill(1);
      for (const child of condition.children) {
        const mask = conditionMask(child, frame);
        for (let i = 0; i < n; i++) out[i]! &= mask[i]!;
      }
      return out;
    }
    case 'or': {
      for (const child of condition.children) {
        const mask = conditionMask(child, frame);
        for (let i = 0; i < n; i++) out[i]! |= mask[i]!;
      }
      return out;
    }
    case 'not': {
      const mask = conditionMask(condition.child, frame);
      for (let i = 0; i < n; i++) out[i] = mask[i]! ^ 1;
      return out;
    }
    case 'range': {
      const values = numberField(frame, condition.field);
      if (values === null) throw new Error(`conditionMask: unknown number field '${condition.field}'`);
      const min = condition.min ?? -Infinity;
      const max = condition.max ?? Infinity;
      // A NaN value or bound fails both comparisons, so it never matches.
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        out[i] = v >= min && v <= max ? 1 : 0;
      }
      return out;
    }
    case 'oneOf': {
      const column = groupField(frame, condition.field);
      if (column === null) throw new Error(`conditionMask: unknown category field '${condition.field}'`);
      const wanted = new Set(condition.values);
      // Compare names once per dictionary entry, then rows by code; a dictionary may repeat a name.
      const hit = new Uint8Array(column.values.length);
      for (let c = 0; c < column.values.length; c++) hit[c] = wanted.has(column.values[c]!) ? 1 : 0;
      const codes = column.codes;
      for (let i = 0; i < n; i++) {
        const code = codes[i]!;
        out[i] = code >= 0 ? hit[code]! : 0;
      }
      return out;
    }
    case 'date': {
      const days = dateField(frame.profiles, condition.field);
      if (days === null) throw new Error(`conditionMask: unknown date field '${condition.field}'`);
      const asOf = frame.profiles.asOfDay;
      // Both bounds exclusive: (low, high); NaN bounds leave every comparison false.
      let low = Number.NaN;
      let high = Number.NaN;
      if (condition.op === 'within') {
        if (Number.isFinite(condition.days) && condition.days > 0) [low, high] = [asOf - condition.days, asOf + 1];
      } else {
        const day = isoToDay(condition.day);
        if (!Number.isNaN(day)) [low, high] = condition.op === 'before' ? [-Infinity, day] : [day - 1, Infinity];
      }
      for (let i = 0; i < n; i++) {
        const v = days[i]!;
        out[i] = v > low && v < high ? 1 : 0;
      }
      return out;
    }
    default:
      throw new Error(`conditionMask: unknown kind '${(condition as { kind: string }).kind}'`);
  }
}
