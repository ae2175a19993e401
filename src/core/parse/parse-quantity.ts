import { parseDecimal } from './parse-decimal';

// Counting words people type after a number: 2件, 1 个, 3 pcs, 2 units, and `×2` / `x 2` before it.
const UNIT = /\s*(?:件|个|個|只|台|套|份|瓶|盒|箱|包|双|張|张|本|支|条|袋|罐|pcs?|pieces?|units?|items?|ea|stk)\.?$/i;
const TIMES = /^[×xX]\s*/;

/** Reads a quantity (units, possibly fractional or negative) with an optional counting word; NaN when it is none. */
export function parseQuantity(text: string, decimalComma = false): number {
  const s = text.normalize('NFKC').trim().replace(UNIT, '').replace(TIMES, '');
  return parseDecimal(s, decimalComma);
}
