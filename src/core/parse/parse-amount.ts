import { parseDecimal } from './parse-decimal';

const CODES = 'RMB|CNY|USD|EUR|GBP|HKD|JPY|CAD|AUD|CHF|SGD|TWD';
const LEADING = new RegExp(String.raw`^(?:(?:US|HK|NT|A|C|S)?\$|${CODES}|[¥￥€£])\s*`, 'i');
const TRAILING = new RegExp(String.raw`\s*(?:${CODES}|元|[¥￥$€£])$`, 'i');

/**
 * Reads a money amount as integer cents: currency symbols and codes before or after (¥ ￥ $ € £ RMB CNY
 * USD EUR 元), thousands separators and decimal commas (see `parseDecimal`), and a refund written as
 * `-12.50`, `12.50-`, `(12.50)`, `-$12.50`, `$-12.50`, `$(12.50)` or `￥-8.00`: wrappers are peeled in any
 * order, but one sign at most. NaN when the text is not an amount.
 */
export function parseAmountCents(text: string, decimalComma = false): number {
  let s = text.trim();
  let signs = 0;
  for (;;) {
    const before = s;
    if (s.startsWith('(') && s.endsWith(')')) {
      signs++;
      s = s.slice(1, -1).trim();
    }
    if (s.startsWith('-') || s.startsWith('\u2212')) {
      signs++;
      s = s.slice(1).trim();
    }
    if (s.endsWith('-')) {
      signs++;
      s = s.slice(0, -1).trim();
    }
    s = s.replace(LEADING, '').replace(TRAILING, '');
    if (s === before || signs > 1) break;
  }
  if (signs > 1 || s.startsWith('+')) return NaN;
  const value = parseDecimal(s, decimalComma);
  if (Number.isNaN(value)) return NaN;
  const cents = Math.round(value * 100);
  return signs === 1 ? -cents : cents;
}
