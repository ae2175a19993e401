import type { CustomerFilter } from '../api/customers-api';
import type { Condition } from '../core/customer-types';
import type { CohortSelection, GroupSelection, RangeSelection } from './selection.svelte';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The first day of a month (`2024-05`) or quarter (`2024-Q2`) key and the first day of the next one, as ISO
 * days (UTC); null for anything else.
 */
export function periodBounds(key: string): { from: string; next: string; to: string } | null {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (!month && !quarter) return null;
  const year = Number((month ?? quarter)![1]);
  const first = month ? Number(month[2]) : (Number(quarter![2]) - 1) * 3 + 1;
  if (first < 1 || first > 12) return null;
  const span = month ? 1 : 3;
  const nextYear = year + Math.floor((first - 1 + span) / 12);
  const nextMonth = ((first - 1 + span) % 12) + 1;
  const next = `${nextYear}-${pad(nextMonth)}-01`;
  const last = new Date(Date.UTC(nextYear, nextMonth - 1, 0)).toISOString().slice(0, 10);
  return { from: `${year}-${pad(first)}-01`, next, to: last };
}

/** The customers whose first purchase falls in a cohort's month or quarter, as a condition. */
export function cohortCondition(key: string): Condition | null {
  const bounds = periodBounds(key);
  if (!bounds) return null;
  return {
    kind: 'and',
    children: [
      { kind: 'date', field: 'firstDay', op: 'after', day: bounds.from }, // that day or later
      { kind: 'date', field: 'firstDay', op: 'before', day: bounds.next }, // strictly earlier
    ],
  };
}

/** The parts of the shared selection that apply to one workspace. */
export interface SelectionParts {
  group: GroupSelection | null;
  cohort: CohortSelection | null;
  range: RangeSelection | null;
}

/** The customers whose first purchase falls within an inclusive range of ISO days, as a condition. */
export function acquiredCondition(range: { from: string; to: string }): Condition {
  const next = new Date(Date.parse(`${range.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    kind: 'and',
    children: [
      { kind: 'date', field: 'firstDay', op: 'after', day: range.from },
      { kind: 'date', field: 'firstDay', op: 'before', day: next },
    ],
  };
}

/**
 * Which parts of the selection a consumer leaves out (it highlights them instead), and how it reads
 * the range.
 */
export interface FilterUse {
  group?: boolean;
  cohort?: boolean;
  range?: boolean;
  /** 'active' (default): bought within the range; 'acquired': first purchase within it (cohort tables). */
  rangeAs?: 'active' | 'acquired';
}

/**
 * The customer filter of the shared selection — the group or segment, the cohort (first purchase in its
 * period) and the range (bought within it, or acquired within it), all of which must hold — leaving out the
 * parts a chart shows by highlighting instead of filtering.
 */
export function customerFilterOf(parts: SelectionParts, leave: FilterUse = {}): CustomerFilter {
  const filter: CustomerFilter = {};
  if (parts.group && !leave.group) {
    filter.grouping = parts.group.grouping as CustomerFilter['grouping'];
    if (parts.group.group !== '') filter.group = parts.group.group;
  }
  const conditions: Condition[] = [];
  const cohort = parts.cohort && !leave.cohort ? cohortCondition(parts.cohort.key) : null;
  if (cohort) conditions.push(cohort);
  if (parts.range && !leave.range) {
    if (leave.rangeAs === 'acquired') conditions.push(acquiredCondition(parts.range));
    else filter.activeIn = { from: parts.range.from, to: parts.range.to };
  }
  if (conditions.length === 1) filter.condition = conditions[0]!;
  else if (conditions.length > 1) filter.condition = { kind: 'and', children: conditions };
  return filter;
}
