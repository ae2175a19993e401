import { parseDecimal } from './parse-decimal';

const CODES = 'RMB|CNY|USD|EUR|GBP|HKD|JPY|CAD|AUD|NZD|CHF|SGD|TWD|KRW|INR|MYR|THB|IDR|PHP|VND|BRL|MXN|' +
  'SEK|NOK|DKK|PLN|CZK|HUF|RUB|TRY|ZAR|AED|SAR|ILS';
const SYMBOLS = '¥￥€£₩₹₽₺฿₫₪';
const LEADING = new RegExp(String.raw`^(?:(?:US|HK|NT|A|C|S|NZ|R)?\$|${CODES}|RM|Rp|[${SYMBOLS}])\s*`, 'i');
const TRAILING = new RegExp(String.raw`\s*(?:${CODES}|元|kr|zł|Kč|[${SYMBOLS}$])$`, 'i');

/**
 * Reads a money amount as integer cents: currency symbols and codes before or after (¥ ￥ $ € £ RMB CNY
 * USD EUR 元), thousands separators and decimal commas (see `parseDecimal`), and a refund written as
 * `-12.50`, `12.50-`, `(12.50)`, `-$12.50`, `$-12.50`, `$(12.50)` or `￥-8.00`: wrappers are peeled in any
 * order, but one sign at most. NaN when the text is not an amount.
 */
export function parseAmountCents(text: string, decimalComma = false): number {
  // Full-width digits, signs and brackets (１２.５０, －8, （12.50）) read as their ASCII forms.
  let s = text.normalize('NFKC').trim();
  let minus = 0;
  let plus = 0;
  for (;;) {
    const before = s;
    if (s.startsWith('(') && s.endsWith(')')) {
      minus++;
      s = s.slice(1, -1).trim();
    }
    if (s.startsWith('-') || s.startsWith('\u2212')) {
      minus++;
      s = s.slice(1).trim();
    } else if (s.startsWith('+')) {
      plus++;
      s = s.slice(1).trim();
    }
    if (s.endsWith('-')) {
      minus++;
      s = s.slice(0, -1).trim();
    }
    s = s.replace(LEADING, '').replace(TRAILING, '');
    if (minus + plus > 1) return NaN;
    if (s === before) break;
  }
  if (/^[-+\u2212]/.test(s)) return NaN;
  const value = parseDecimal(s, decimalComma);
  if (Number.isNaN(value)) return NaN;
  const cents = Math.round(value * 100);
  return minus === 1 ? -cents : cents;
}
