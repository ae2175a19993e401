import type { CustomerColumn, CustomerFrame } from '../customer-types';
import { dayToIso } from '../dates';
import { CUSTOMER_COLUMN_KINDS } from './column-kinds';
import { csvTextCell } from './csv-text-cell';
import { numberColumn } from './number-column';

/**
 * A writer of one column's CSV cells by profile row, with the values of customerColumnValue: money as
 * currency units with two decimals (cents / 100), other numbers as they are with fractions rounded to two
 * decimals, days ISO, group names through `labels['<column>.<group>']` or `labels[group]`, text neutralised and
 * quoted by csvTextCell, no value as an empty cell. Dictionary values are escaped once, not once per row.
 */
export function csvColumnCell(
  frame: CustomerFrame,
  column: CustomerColumn,
  labels: Record<string, string>,
): (row: number) => string {
  const { profiles } = frame;
  switch (CUSTOMER_COLUMN_KINDS[column]) {
    case 'id':
      return (row) => csvTextCell(profiles.ids[row]!);
    case 'text': {
      const attribute = Object.hasOwn(profiles.attributes, column) ? profiles.attributes[column] : undefined;
      if (attribute === undefined) return () => '';
      return coded(attribute.codes, attribute.values.map(csvTextCell));
    }
    case 'category':
      return coded(profiles.favouriteCategory, profiles.categories.map(csvTextCell));
    case 'group': {
      const grouping = Object.hasOwn(frame.groupings, column) ? frame.groupings[column] : undefined;
      if (grouping === undefined) return () => '';
      const cells = grouping.groups.map((group) =>
        group === '' ? '' : csvTextCell(own(labels, `${column}.${group}`) ?? own(labels, group) ?? group));
      return coded(grouping.codes, cells);
    }
    case 'score': {
      const scores = frame.scores[column as 'r' | 'f' | 'm'];
      return (row) => (scores[row] === 0 ? '' : String(scores[row]));
    }
    case 'day': {
      const days = profiles[column as 'firstDay' | 'lastDay'];
      const iso = new Map<number, string>(); // few distinct days, many rows
      return (row) => {
        const day = days[row]!;
        if (Number.isNaN(day)) return '';
        let text = iso.get(day);
        if (text === undefined) iso.set(day, (text = dayToIso(day)));
        return text;
      };
    }
    case 'money': {
      const cents = numberColumn(frame, column);
      if (cents === null) return () => '';
      return (row) => (Number.isNaN(cents[row]!) ? '' : (cents[row]! / 100).toFixed(2));
    }
    case 'number': {
      const values = numberColumn(frame, column);
      if (values === null) return () => '';
      return (row) => {
        const value = values[row]!;
        if (Number.isNaN(value)) return '';
        return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
      };
    }
  }
}

function coded(codes: ArrayLike<number>, cells: string[]): (row: number) => string {
  // Empty text counts as no value: its cell is empty either way.
  return (row) => cells[codes[row]!] ?? '';
}

function own(record: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
