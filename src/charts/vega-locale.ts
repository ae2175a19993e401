/**
 * Vega's own number formatting knows no locale: the locale's decimal and group separators for Vega's config,
 * so axis and legend labels match what Intl writes in the page.
 */
export function vegaNumberLocale(locale: string) {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  const currency: [string, string] = ['', ''];
  return { decimal: part('decimal', '.'), thousands: part('group', ','), grouping: [3], currency };
}

/** Reads the clicked value of `field` from a Vega-Lite point selection's signal value; null when cleared. */
export function pickedValue(value: unknown, field: string): string | null {
  if (!value || typeof value !== 'object') return null;
  const values = (value as Record<string, unknown>)[field];
  if (!Array.isArray(values) || values.length === 0) return null;
  const first: unknown = values[0];
  return first === null || first === undefined ? null : String(first);
}
