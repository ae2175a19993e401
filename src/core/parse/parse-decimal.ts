/**
 * Reads a plain number with optional thousands separators (`1,234.5`, `1.234,5`, `1 234,5`, `1'234.5`)
 * and an optional leading minus. A lone separator followed by exactly three digits (`1,234` or `1.234`)
 * is a thousands separator for `,` and a decimal point for `.`, unless `decimalComma` says the column
 * writes decimal commas, which flips both. NaN when the text is not such a number.
 */
export function parseDecimal(text: string, decimalComma = false): number {
  let s = text.trim();
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    sign = -1;
    s = s.slice(1).trimStart();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trimStart();
  }
  if (s === '' || !/^[\d.,'\s\u00a0\u202f]+$/.test(s) || !/^\d|^[.,]\d/.test(s)) return NaN;
  s = s.replace(/['\s\u00a0\u202f]/g, (ch, at: number) => (/\d/.test(s[at + 1] ?? '') ? '' : ch));
  if (/\s/.test(s)) return NaN;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const count = s.split(sep).length - 1;
    const tail = s.length - s.lastIndexOf(sep) - 1;
    if (count > 1) decimal = null;
    else if (tail !== 3) decimal = sep;
    else decimal = (sep === ',') === decimalComma ? sep : null;
  }
  const thousands = decimal === '.' ? ',' : decimal === ',' ? '.' : s.includes(',') ? ',' : '.';
  const parts = decimal === null ? [s, ''] : [s.slice(0, s.lastIndexOf(decimal)), s.slice(s.lastIndexOf(decimal) + 1)];
  const whole = parts[0]!;
  const fraction = parts[1]!;
  if (!/^\d*$/.test(fraction)) return NaN;
  const grouped = thousands === ',' ? /^\d{1,3}(?:,\d{3})*$/ : /^\d{1,3}(?:\.\d{3})*$/;
  if (whole.includes(thousands) && !grouped.test(whole)) return NaN;
  const digits = whole.split(thousands).join('');
  if (!/^\d*$/.test(digits) || (digits === '' && fraction === '')) return NaN;
  return sign * Number(`${digits || '0'}.${fraction || '0'}`);
}
