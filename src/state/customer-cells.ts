import { CUSTOMER_COLUMN_KINDS } from '../core/query/column-kinds';
import type { CustomerColumn } from '../core/customer-types';
import { formatDate, formatMoney, formatNumber } from '../i18n';
import { groupLabel } from './group-labels';

/** True for columns shown right-aligned (numbers, money, scores). */
export function isNumericColumn(column: CustomerColumn): boolean {
  const kind = CUSTOMER_COLUMN_KINDS[column];
  return kind === 'number' || kind === 'money' || kind === 'score';
}

/**
 * One cell of the customer list as text in the current language: money from cents in `currency`, days as
 * dates, numbers with one decimal at most, groups translated; empty for a missing value or a 0 score.
 */
export function formatCell(column: CustomerColumn, value: string | number | null | undefined, currency: string | null): string {
  if (value === null || value === undefined || value === '') return '';
  const kind = CUSTOMER_COLUMN_KINDS[column];
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    if (kind === 'money') return formatMoney(value, currency);
    if (kind === 'score') return value > 0 ? String(value) : '';
    return formatNumber(value, column === 'pAlive' ? 3 : 1);
  }
  if (kind === 'day') return formatDate(value);
  if (kind === 'group') return groupLabel(column, value);
  return value;
}
