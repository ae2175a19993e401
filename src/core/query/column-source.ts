import type { CustomerColumn, CustomerFrame } from '../customer-types';
import { CUSTOMER_COLUMN_KINDS } from './column-kinds';
import { numberColumn } from './number-column';

/**
 * The array a customer-list column is read from (ids, an attribute's codes, a profile column, scores, a
 * grouping's codes), to recognise the same data again; null when the frame has no such column.
 */
export function columnSource(frame: CustomerFrame, column: CustomerColumn): object | null {
  const { profiles } = frame;
  switch (CUSTOMER_COLUMN_KINDS[column]) {
    case 'id':
      return profiles.ids;
    case 'text':
      return Object.hasOwn(profiles.attributes, column) ? profiles.attributes[column]!.codes : null;
    case 'category':
      return profiles.favouriteCategory;
    case 'score':
      return frame.scores[column as 'r' | 'f' | 'm'];
    case 'group':
      return Object.hasOwn(frame.groupings, column) ? frame.groupings[column]!.codes : null;
    default:
      return numberColumn(frame, column);
  }
}
