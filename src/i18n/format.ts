import { locale } from './locale.svelte';

const formatters = new Map<string, unknown>();

/** One formatter per kind, language and options: making one costs ~50 µs, and a table formats hundreds. */
function cached<T>(kind: string, options: object, make: (language: string) => T): T {
  const key = `${kind}|${locale.language}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = make(locale.language);
    formatters.set(key, format);
  }
  return format;
}

const numberFormat = (options: Intl.NumberFormatOptions) =>
  cached('number', options, (language) => new Intl.NumberFormat(language, options));
const dateFormat = (options: Intl.DateTimeFormatOptions) =>
  cached('date', options, (language) => new Intl.DateTimeFormat(language, options));

/** A count or plain number in the current language, e.g. 12,345 / 12,345. */
export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return numberFormat({ maximumFractionDigits }).format(value);
}

/**
 * Money given in integer cents of `currency` (ISO 4217 code). Large amounts drop the cents, because
 * a KPI reads better as ¥1,234,567 than ¥1,234,567.00; an unknown currency shows the bare number.
 */
export function formatMoney(cents: number, currency: string | null): string {
  const units = cents / 100;
  const digits = Math.abs(units) >= 10_000 ? 0 : 2;
  if (currency) {
    try {
      return numberFormat({
        style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits,
      }).format(units);
    } catch {
      // not a currency code Intl knows: fall through to the bare number
    }
  }
  return numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(units);
}

/** A share (0–1) as a percentage with one decimal, e.g. 0.123 → 12.3%. */
export function formatPercent(share: number): string {
  return numberFormat({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

/** An ISO day `YYYY-MM-DD` (UTC) as a medium date in the current language: May 1, 2024 / 2024年5月1日. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat({ year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A size in bytes with a 1024-based unit, e.g. 40.2 MB. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Intl writes "794 byte" in English; "B" reads the same in both languages
  if (unit === 0) return `${formatNumber(value)} B`;
  return numberFormat({
    style: 'unit', unit: BYTE_UNITS[unit], unitDisplay: 'short', maximumFractionDigits: 1,
  }).format(value);
}

/**
 * A duration given in milliseconds: under a second in whole milliseconds ("12 ms" / "12毫秒"), so a fast
 * step never reads "0 sec"; from a second on in seconds with two decimals ("1.24 sec" / "1.24秒").
 */
export function formatSeconds(ms: number): string {
  if (ms < 1000) {
    return numberFormat({
      style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0,
    }).format(Math.max(0, ms));
  }
  return numberFormat({
    style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 2,
  }).format(ms / 1000);
}

/** Items joined as a list in the current language: "a, b and c" / "a、b和c". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(locale.language, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * A calendar period key as people write it: `2024-05` → May 2024 / 2024年5月, `2024-Q2` → Q2 2024 /
 * 2024年第2季度, `2024` → 2024 / 2024年; anything else as it is.
 */
export function formatPeriod(key: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return dateFormat({ year: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) {
    return locale.language === 'zh-CN' ? `${quarter[1]}年第${quarter[2]}季度` : `Q${quarter[2]} ${quarter[1]}`;
  }
  if (/^\d{4}$/.test(key)) return locale.language === 'zh-CN' ? `${key}年` : key;
  return key;
}
