import type { CustomerColumn, CustomerFrame } from '../customer-types';
import { dayToIso } from '../dates';
import { CUSTOMER_COLUMN_KINDS } from './column-kinds';
import { numberColumn } from './number-column';

/**
 * The value of one cell of the customer list for profile row `row`: ids, attributes, categories and group
 * names as strings; days as ISO `YYYY-MM-DD`; money in cents and other numbers as numbers; RFM scores 1–5.
 * null when the customer has no value (NaN, no code, an empty string, a score of 0, a grouping not built).
 */
export function customerColumnValue(frame: CustomerFrame, column: CustomerColumn, row: number): string | number | null {
  const { profiles } = frame;
  switch (CUSTOMER_COLUMN_KINDS[column]) {
    case 'id':
      return profiles.ids[row] ?? null;
    case 'text': {
      const attribute = Object.hasOwn(profiles.attributes, column) ? profiles.attributes[column] : undefined;
      return attribute === undefined ? null : textOrNull(attribute.values[attribute.codes[row]!]);
    }
    case 'day': {
      const day = profiles[column as 'firstDay' | 'lastDay'][row]!;
      return Number.isNaN(day) ? null : dayToIso(day);
    }
    case 'number':
    case 'money': {
      const value = numberColumn(frame, column)?.[row];
      return value === undefined || Number.isNaN(value) ? null : value;
    }
    case 'category':
      return textOrNull(profiles.categories[profiles.favouriteCategory[row]!]);
    case 'score': {
      const score = frame.scores[column as 'r' | 'f' | 'm'][row]!;
      return score === 0 ? null : score;
    }
    case 'group': {
      const grouping = Object.hasOwn(frame.groupings, column) ? frame.groupings[column] : undefined;
      return grouping === undefined ? null : textOrNull(grouping.groups[grouping.codes[row]!]);
    }
  }
}


function textOrNull(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}
