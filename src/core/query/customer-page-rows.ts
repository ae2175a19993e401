import { CUSTOMER_COLUMNS, type CustomerColumn, type CustomerFrame } from '../customer-types';
import { customerColumnValue } from './customer-column-value';

/**
 * One page of the customer list: the rows `order[offset … offset + limit)` as plain records of `columns`
 * (all columns by default), values as customerColumnValue gives them. Every record also carries `id`, so the
 * page can key its rows. Offsets past the end give fewer (or no) rows.
 */
export function customerPageRows(
  frame: CustomerFrame,
  order: Int32Array,
  offset: number,
  limit: number,
  columns: readonly CustomerColumn[] = CUSTOMER_COLUMNS,
): Array<Record<string, string | number | null>> {
  const start = Math.max(0, Math.floor(offset));
  const end = Math.min(order.length, start + Math.max(0, Math.floor(limit)));
  const rows: Array<Record<string, string | number | null>> = [];
  for (let k = start; k < end; k++) {
    const row = order[k]!;
    const record: Record<string, string | number | null> = { id: frame.profiles.ids[row] ?? null };
    for (const column of columns) record[column] = customerColumnValue(frame, column, row);
    rows.push(record);
  }
  return rows;
}
