/**
 * The merge identity of every row: `o<order code>#<n>` when the row has an order id, otherwise
 * `c<customer code>|<day>|<amount cents>#<n>`, where n counts earlier rows of the same table with the
 * same id or content, so identical rows of one file stay distinct and a re-imported file matches itself.
 * Codes must come from dictionaries shared by the tables being compared.
 */
export function orderKeys(
  length: number,
  orderCodes: Int32Array | null,
  customerCodes: Int32Array,
  day: Int32Array,
  amountCents: Float64Array,
): string[] {
  const keys = new Array<string>(length);
  const seen = new Map<string, number>();
  for (let i = 0; i < length; i++) {
    const order = orderCodes ? orderCodes[i]! : -1;
    const base = order >= 0 ? `o${order}` : `c${customerCodes[i]}|${day[i]}|${amountCents[i]}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    keys[i] = `${base}#${n}`;
  }
  return keys;
}
