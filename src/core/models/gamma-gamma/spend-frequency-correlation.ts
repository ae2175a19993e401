/**
 * Pearson correlation (−1…1) between the number of repeat purchases `x` and their mean amount `mbar` among
 * repeaters (x > 0 and mbar > 0). Gamma-Gamma assumes these are independent; a value far from 0 means its
 * spend predictions lean the wrong way for frequent buyers. NaN with fewer than two repeaters or no spread.
 */
export function spendFrequencyCorrelation(x: Float64Array, mbar: Float64Array): number {
  let n = 0;
  let sx = 0;
  let sm = 0;
  for (let i = 0; i < x.length; i++) {
    if (!(x[i]! > 0 && mbar[i]! > 0 && Number.isFinite(x[i]!) && Number.isFinite(mbar[i]!))) continue;
    n++;
    sx += x[i]!;
    sm += mbar[i]!;
  }
  if (n < 2) return Number.NaN;
  const mx = sx / n;
  const mm = sm / n;
  let cxx = 0;
  let cmm = 0;
  let cxm = 0;
  for (let i = 0; i < x.length; i++) {
    if (!(x[i]! > 0 && mbar[i]! > 0 && Number.isFinite(x[i]!) && Number.isFinite(mbar[i]!))) continue;
    const dx = x[i]! - mx;
    const dm = mbar[i]! - mm;
    cxx += dx * dx;
    cmm += dm * dm;
    cxm += dx * dm;
  }
  return cxx > 0 && cmm > 0 ? cxm / Math.sqrt(cxx * cmm) : Number.NaN;
}
