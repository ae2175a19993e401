import { ORDER_FIELDS, type FileFailure, type OrderField } from '../core/types';
import { formatBytes, formatList, formatNumber, t } from '../i18n';

const DETAIL_KEYS = ['fields', 'rejected', 'line', 'bytes', 'needed', 'available'] as const;
type DetailKey = (typeof DETAIL_KEYS)[number];
const BYTE_DETAILS: readonly DetailKey[] = ['bytes', 'needed', 'available'];

function detailValue(key: DetailKey, value: string | number): string {
  if (key === 'fields') {
    const fields = String(value).split(',').filter(Boolean);
    return formatList(fields.map((f) => ((ORDER_FIELDS as readonly string[]).includes(f)
      ? t(`role.${f as OrderField}`) : f)));
  }
  if (typeof value !== 'number') return value;
  return BYTE_DETAILS.includes(key) ? formatBytes(value) : formatNumber(value);
}

/** The translated message of a file failure and its details (line, missing fields, space) as one line. */
export function failureText(failure: FileFailure): { message: string; details: string | null } {
  const parts = Object.entries(failure.detail ?? {}).map(([key, value]) =>
    (DETAIL_KEYS as readonly string[]).includes(key)
      ? t(`detail.${key as DetailKey}`, { value: detailValue(key as DetailKey, value) })
      : `${key}: ${value}`);
  return {
    message: t(`problem.${failure.problem}`),
    details: parts.length > 0 ? t('import.details', { details: parts.join(t('common.listSep')) }) : null,
  };
}

