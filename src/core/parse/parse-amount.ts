import { parseDecimal } from './parse-decimal';

const CODES = 'RMB|CNY|USD|EUR|GBP|HKD|JPY|CAD|AUD|CHF|SGD|TWD';
const LEADING = new RegExp(String.raw`^(?:(?:US|HK|NT|A|C|S)?\$|${CODES}|[¥￥€£])\s*`, 'i');
const TRAILING = new RegExp(String.raw`\s*(?:${CODES}|元|[¥￥$€£])$`, 'i');

/**
 * Reads a money amount as integer cents: currency symbols and codes before or after (¥ ￥ $ € £ RMB CNY
 * USD EUR 元), thousands separators and decimal commas (see `parseDecimal`), and a refund written as
 * `-12.50`, `12.50-` or `(12.50)`. NaN when the text is not an amount.
 */
export function parseAmountCents(text: string, decimalComma = false): number {
  let s = text.trim();
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1).trim();
  }
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  const signed = negative;
  s = s.replace(LEADING, '').replace(TRAILING, '');
  // A sign may also sit between the symbol and the digits: `$-12.50`, `¥ -5`, but only one sign in all.
  if (!signed && (s.startsWith('-') || s.startsWith('\u2212'))) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  if (s.startsWith('-') || s.startsWith('+') || s.startsWith('\u2212')) return NaN;
  const value = parseDecimal(s, decimalComma);
  if (Number.isNaN(value)) return NaN;
  const cents = Math.round(value * 100);
  return negative ? -cents : cents;
}
