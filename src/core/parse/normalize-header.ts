/**
 * A header name folded for matching: Unicode compatibility forms unified (full-width `ＩＤ`/`（）`/`：` become
 * `ID`/`()`/`:`), BOM, surrounding quotes and a trailing `:` or `*` (a required-field mark) dropped, lower
 * case, `_`/`-`/spaces collapsed to one space, and no space next to a Chinese character (`客户 ID` is `客户id`).
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\ufeff/, '')
    .trim()
    .replace(/^["'`*]+|["'`:*]+$/g, '')
    .toLowerCase()
    .replace(/[\s_\-\u3000]+/g, ' ')
    .trim()
    .replace(/ (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) /g, '');
}

// A bracketed suffix that only names a unit: a currency code or symbol, a percent sign, or a short Chinese
// unit such as 元, 万元, 件, 人民币. `Product(s)` or `order_id (metadata)` are names, not units.
const UNIT_SUFFIX = /\s*[([]\s*(?:[a-z]{3}|[$¥€£%]|[\u4e00-\u9fff]{1,3})\s*[)\]]$/;

/** A folded header without its unit suffix (`实付金额(元)` → `实付金额`, `amount (usd)` → `amount`); null when it has none. */
export function withoutUnit(folded: string): string | null {
  const bare = folded.replace(UNIT_SUFFIX, '');
  return bare === folded || bare === '' ? null : bare;
}
