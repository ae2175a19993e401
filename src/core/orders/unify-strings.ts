import type { CodedStrings } from '../types';

/**
 * One dictionary for two coded columns: `values` starts with `base`'s values (so its codes stay valid)
 * and appends the new values of `added`; `recode[c]` is the unified code of `added`'s code `c`.
 */
export function unifyStrings(
  base: readonly string[],
  added: readonly string[],
): { values: string[]; recode: Int32Array } {
  const values = base.slice();
  const index = new Map<string, number>();
  for (let i = 0; i < values.length; i++) if (!index.has(values[i]!)) index.set(values[i]!, i);
  const recode = new Int32Array(added.length);
  for (let c = 0; c < added.length; c++) {
    const value = added[c]!;
    let code = index.get(value);
    if (code === undefined) {
      code = values.length;
      values.push(value);
      index.set(value, code);
    }
    recode[c] = code;
  }
  return { values, recode };
}
