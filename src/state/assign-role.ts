import type { ColumnMapping, ColumnRole } from '../core/types';

/**
 * Gives column `index` the role `role`. A field role belongs to one column only, so a column that held
 * it before becomes 'keep' (its data is still kept); 'keep' and 'ignore' may repeat. Returns a new array.
 */
export function assignRole(
  mapping: readonly ColumnMapping[],
  index: number,
  role: ColumnRole,
): ColumnMapping[] {
  const unique = role !== 'keep' && role !== 'ignore';
  return mapping.map((column) => {
    if (column.index === index) return { ...column, role };
    if (unique && column.role === role) return { ...column, role: 'keep' };
    return column;
  });
}
