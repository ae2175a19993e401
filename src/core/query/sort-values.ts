import type { CustomerColumn, CustomerFrame } from '../customer-types';
import { CUSTOMER_COLUMN_KINDS } from './column-kinds';
import { idOrder } from './id-order';
import { numberColumn } from './number-column';
import { textRank } from './text-rank';

/**
 * For each of `rows`, the number the customer list sorts `column` by, NaN where the customer has no value:
 * numbers, cents and day numbers as they are; ids, attributes and categories as their text rank (case
 * ignored); RFM scores 1–5 (0 = none); groups by their position in the grouping's display order.
 */
export function sortValues(frame: CustomerFrame, column: CustomerColumn, rows: Int32Array): Float64Array {
  const { profiles } = frame;
  const out = new Float64Array(rows.length).fill(Number.NaN);
  switch (CUSTOMER_COLUMN_KINDS[column]) {
    case 'id': {
      const { rank } = idOrder(profiles.ids);
      for (let k = 0; k < rows.length; k++) out[k] = rank[rows[k]!]!;
      return out;
    }
    case 'text': {
      const attribute = Object.hasOwn(profiles.attributes, column) ? profiles.attributes[column] : undefined;
      if (attribute !== undefined) ranked(out, rows, attribute.codes, attribute.values);
      return out;
    }
    case 'category':
      ranked(out, rows, profiles.favouriteCategory, profiles.categories);
      return out;
    case 'score': {
      const scores = frame.scores[column as 'r' | 'f' | 'm'];
      for (let k = 0; k < rows.length; k++) {
        const score = scores[rows[k]!]!;
        if (score !== 0) out[k] = score;
      }
      return out;
    }
    case 'group': {
      const grouping = Object.hasOwn(frame.groupings, column) ? frame.groupings[column] : undefined;
      if (grouping === undefined) return out;
      for (let k = 0; k < rows.length; k++) {
        const code = grouping.codes[rows[k]!]!;
        if (code >= 0) out[k] = code;
      }
      return out;
    }
    default: {
      const values = numberColumn(frame, column); // any number, money or day column
      if (values === null) return out;
      for (let k = 0; k < rows.length; k++) out[k] = values[rows[k]!]!;
      return out;
    }
  }
}

function ranked(out: Float64Array, rows: Int32Array, codes: Int32Array, values: readonly string[]): void {
  const rank = textRank(values);
  for (let k = 0; k < rows.length; k++) {
    const code = codes[rows[k]!]!;
    // Empty text counts as no value, as in customerColumnValue.
    if (code >= 0 && values[code] !== '') out[k] = rank[code]!;
  }
}
