import type { CodedStrings } from '../types';

/** The most common currency code over all rows (upper case, ties to the alphabetically first); null when none. */
export function dominantCurrency(currency: CodedStrings | undefined): string | null {
  if (!currency) return null;
  const perCode = new Float64Array(currency.values.length);
  for (const code of currency.codes) if (code >= 0) perCode[code]! += 1;
  // Dictionary entries that differ only in case or spacing ('usd', 'USD ') are one currency.
  const perName = new Map<string, number>();
  currency.values.forEach((value, code) => {
    const name = value.trim().toUpperCase();
    if (name !== '' && perCode[code]! > 0) perName.set(name, (perName.get(name) ?? 0) + perCode[code]!);
  });
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of perName) {
    const better = count > bestCount || (count === bestCount && best !== null && name < best);
    if (better) [best, bestCount] = [name, count];
  }
  return best;
}
