import {
  BEHAVIOURS, CN_EIGHT, CUSTOMER_FIELDS, LIFECYCLE_STAGES, RFM_SEGMENTS, VALUE_TIERS,
  type CustomerColumn, type SavedSegment,
} from '../core/customer-types';
import { formatDate, formatPeriod, t } from '../i18n';

const has = (list: readonly string[], value: string) => list.includes(value);

/** The name of a customer attribute: a known role translated, a kept column by its own header. */
export function attributeLabel(name: string): string {
  if (has(CUSTOMER_FIELDS, name)) return t(`attribute.${name as (typeof CUSTOMER_FIELDS)[number]}`);
  return name.replace(/^keep:/, '');
}

/** The name of a grouping: built-in ones translated, `attr:<name>` by the attribute, `segment:<id>` by its name. */
export function groupingLabel(grouping: string, saved: readonly SavedSegment[] = []): string {
  switch (grouping) {
    case 'rfm': case 'cnEight': case 'tier': case 'behaviour': case 'lifecycle': case 'saved': case 'cluster':
      return t(`grouping.${grouping}`);
  }
  if (grouping.startsWith('attr:')) return attributeLabel(grouping.slice(5));
  if (grouping.startsWith('segment:')) {
    return saved.find((s) => s.id === grouping.slice(8))?.name ?? t('grouping.segment');
  }
  return grouping;
}

/** The name of one group of a grouping, translated for the built-in groupings; an empty value reads "(empty)". */
export function groupLabel(grouping: string, group: string): string {
  if (grouping === 'rfm' && has(RFM_SEGMENTS, group)) return t(`rfm.segment.${group as (typeof RFM_SEGMENTS)[number]}`);
  if (grouping === 'cnEight' && has(CN_EIGHT, group)) return t(`cnEight.${group as (typeof CN_EIGHT)[number]}`);
  if (grouping === 'tier' && has(VALUE_TIERS, group)) return t(`tier.${group as (typeof VALUE_TIERS)[number]}`);
  if (grouping === 'behaviour' && has(BEHAVIOURS, group)) return t(`behaviour.${group as (typeof BEHAVIOURS)[number]}`);
  if (grouping === 'lifecycle' && has(LIFECYCLE_STAGES, group)) {
    return t(`lifecycle.${group as (typeof LIFECYCLE_STAGES)[number]}`);
  }
  if (grouping === 'cluster' && /^c\d+$/.test(group)) return t('cluster.name', { n: group.slice(1) });
  return group === '' ? t('group.none') : group;
}

/** Every group name of a grouping keyed by group, for chart labels. */
export function groupLabels(grouping: string, groups: readonly string[]): Record<string, string> {
  return Object.fromEntries(groups.map((group) => [group, groupLabel(grouping, group)]));
}

/** Translated group names for an export, keyed `<column>.<group>` as the worker's CSV writer reads them. */
export function exportLabels(): Record<string, string> {
  const lists = { rfm: RFM_SEGMENTS, cnEight: CN_EIGHT, tier: VALUE_TIERS, behaviour: BEHAVIOURS, lifecycle: LIFECYCLE_STAGES };
  const labels: Record<string, string> = {};
  for (const [column, groups] of Object.entries(lists)) {
    for (const group of groups) labels[`${column}.${group}`] = groupLabel(column, group);
  }
  for (let n = 1; n <= 10; n++) labels[`cluster.c${n}`] = groupLabel('cluster', `c${n}`); // k is at most 10
  return labels;
}

/** Translated column titles keyed by column. */
export function columnHeaders(columns: readonly CustomerColumn[]): Record<string, string> {
  return Object.fromEntries(columns.map((column) => [column, t(`column.${column}`)]));
}

/** The file name of an exported list: `customers-` and the shown name of the selected group or segment. */
export function exportFileName(
  selected: { grouping: string; group: string } | null, saved: readonly SavedSegment[],
): string {
  if (!selected) return 'customers-all';
  const name = selected.grouping.startsWith('segment:')
    ? groupingLabel(selected.grouping, saved)
    : groupLabel(selected.grouping, selected.group);
  return `customers-${name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'segment'}`;
}

/** The name of a selected cohort as its filter reads: "first purchase in Feb 2024". */
export function cohortFilterName(cohort: { key: string }): string {
  return t('filter.cohort', { period: formatPeriod(cohort.key) });
}

/** The name of a selected date range as its filter reads: "bought Mar 1, 2024 – Mar 31, 2024". */
export function rangeFilterName(range: { from: string; to: string }): string {
  return t('filter.range', { from: formatDate(range.from), to: formatDate(range.to) });
}
