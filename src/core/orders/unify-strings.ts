/**
 * One dictionary for two coded columns: `values` starts with `base`'s values (so its codes stay valid)
 * and appends the values of `added` that `base` lacks; `recode[c]` is the unified code of `added`'s code `c`.
 * A dictionary may hold a string twice (the parser stops de-duplicating near-unique columns), so
 * `baseRecode` maps each base code to the first code of its string, or is null when base has no repeats.
 * Values new to `base` are appended without de-duplicating among themselves: that would cost a hash-table
 * insert per value (~1 s per million) and changes nothing for merging, which matches only against `base`.
 */
export function unifyStrings(
  base: readonly string[],
  added: readonly string[],
): { values: string[]; recode: Int32Array; baseRecode: Int32Array | null } {
  const values = base.slice();
  const index = new Map<string, number>();
  let baseRecode: Int32Array | null = null;
  for (let i = 0; i < base.length; i++) {
    const first = index.get(base[i]!);
    if (first === undefined) {
      index.set(base[i]!, i);
    } else {
      baseRecode ??= Int32Array.from({ length: base.length }, (_, k) => k);
      baseRecode[i] = first;
    }
  }
  const recode = new Int32Array(added.length);
  for (let c = 0; c < added.length; c++) {
    const code = index.get(added[c]!);
    if (code === undefined) {
      recode[c] = values.length;
      values.push(added[c]!);
    } else {
      recode[c] = code;
    }
  }
  return { values, recode, baseRecode };
}
