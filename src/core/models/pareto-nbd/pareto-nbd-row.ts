/** Slots of the `out` array of paretoNbdRow: ln L less ln Γ(r+x)/Γ(r) + r ln α + s ln β, which depend on no times. */
export const ROW_LOG_KERNEL = 0;
export const ROW_LOG_P_ALIVE = 1;
/** The kernel's ∂/∂(r, alpha, s, beta) start at this slot when a gradient is asked for. */
export const ROW_GRADIENT = 2;

const series = new Float64Array(4);
const tauParts = new Float64Array(5);

/**
 * One customer's Pareto/NBD log-likelihood kernel and ln P(alive) (and, with `withGradient`, the kernel's
 * partial derivatives in r, alpha, s, beta), written into `out` at the ROW_* slots; time in the unit of
 * alpha and beta. With Eτ = −(r+x) ln(α+τ) − s ln(β+τ), the likelihood is
 *   Γ(r+x)/Γ(r) αʳ βˢ [e^{E_T} + s ∫_{tₓ}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ],
 * whose integral is (s/ρ)(e^{E_tx} S̃(tₓ) − e^{E_T} S̃(T)) with ρ = r+s+x and S̃ the ₂F₁ terms of Fader &
 * Hardie's note, taken through Euler's transformation to series ₂F₁(1, p; ρ+1; z) with 0 ≤ z < 1 and ratios
 * below z (α ≥ β: p = r+x, z = (α−β)/(α+τ); α < β: p = s+1, z = (β−α)/(β+τ), times (α+τ)/(β+τ)).
 * Everything is in logs relative to e^{E_T}, so large x or long tenure cannot overflow.
 */
export function paretoNbdRow(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
  out: Float64Array,
  withGradient: boolean,
): void {
  const rx = r + x;
  const rho = rx + s;
  const laT = Math.log(alpha + T);
  const lbT = Math.log(beta + T);
  const laX = Math.log(alpha + tx);
  const lbX = Math.log(beta + tx);
  const eT = -rx * laT - s * lbT;
  const eX = -rx * laX - s * lbX;
  logTilde(r, alpha, s, beta, x, T, withGradient);
  const vT = Math.exp(tauParts[0]!);
  const vTr = tauParts[1]!;
  const vTa = tauParts[2]!;
  const vTs = tauParts[3]!;
  const vTb = tauParts[4]!;
  logTilde(r, alpha, s, beta, x, tx, withGradient);
  const D = eX - eT + tauParts[0]!;
  const m = D > 0 ? D : 0;
  const k = s / rho;
  const u = Math.exp(D - m);
  const v = vT * Math.exp(-m);
  // Q = 1 + K (e^D − S̃_T), kept as e^{−m} Q.
  const scaledQ = Math.exp(-m) + k * (u - v);
  const logQ = m + Math.log(scaledQ);
  out[ROW_LOG_KERNEL] = eT + logQ;
  out[ROW_LOG_P_ALIVE] = -logQ;
  if (!withGradient) return;
  // d ln Q = [∂K (U − V) + K (U ∂D − V ∂ln S̃_T)] / Q, numerator and Q both scaled by e^{−m}; K = s/ρ.
  const dKr = -s / (rho * rho);
  const dKs = rx / (rho * rho);
  const diff = u - v;
  const dDr = laT - laX + tauParts[1]!;
  const dDa = rx / (alpha + T) - rx / (alpha + tx) + tauParts[2]!;
  const dDs = lbT - lbX + tauParts[3]!;
  const dDb = s / (beta + T) - s / (beta + tx) + tauParts[4]!;
  out[ROW_GRADIENT] = -laT + (dKr * diff + k * (u * dDr - v * vTr)) / scaledQ;
  out[ROW_GRADIENT + 1] = -rx / (alpha + T) + (k * (u * dDa - v * vTa)) / scaledQ;
  out[ROW_GRADIENT + 2] = -lbT + (dKs * diff + k * (u * dDs - v * vTs)) / scaledQ;
  out[ROW_GRADIENT + 3] = -s / (beta + T) + (k * (u * dDb - v * vTb)) / scaledQ;
}

// The series at τ = 0 is the same for every customer with the same x (all one-time buyers share it): keep the last.
const memoKey = new Float64Array([Number.NaN, 0, 0, 0, 0, 0]);
const memoParts = new Float64Array(5);

// tauParts ← [ln S̃(τ), ∂ ln S̃/∂r, ∂/∂alpha, ∂/∂s, ∂/∂beta].
function logTilde(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tau: number,
  withGradient: boolean,
): void {
  if (tau === 0) {
    const g = withGradient ? 1 : 0;
    const same = memoKey[0] === r && memoKey[1] === alpha && memoKey[2] === s && memoKey[3] === beta;
    if (same && memoKey[4] === x && memoKey[5]! >= g) {
      tauParts.set(memoParts);
      return;
    }
    logTildeOf(r, alpha, s, beta, x, tau, withGradient);
    memoKey.set([r, alpha, s, beta, x, g]);
    memoParts.set(tauParts);
    return;
  }
  logTildeOf(r, alpha, s, beta, x, tau, withGradient);
}

function logTildeOf(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tau: number,
  withGradient: boolean,
): void {
  const q = r + s + x + 1;
  if (alpha >= beta) {
    const z = (alpha - beta) / (alpha + tau);
    sumSeries(r + x, q, z, withGradient);
    const S = series[0]!, Sp = series[1]!, Sq = series[2]!, Sz = series[3]!;
    tauParts[0] = Math.log(S);
    if (!withGradient) return;
    tauParts[1] = Sp + Sq;
    tauParts[2] = (Sz * (beta + tau)) / ((alpha + tau) * (alpha + tau));
    tauParts[3] = Sq;
    tauParts[4] = -Sz / (alpha + tau);
  } else {
    const z = (beta - alpha) / (beta + tau);
    sumSeries(s + 1, q, z, withGradient);
    const S = series[0]!, Sp = series[1]!, Sq = series[2]!, Sz = series[3]!;
    tauParts[0] = Math.log(S) + Math.log(alpha + tau) - Math.log(beta + tau);
    if (!withGradient) return;
    tauParts[1] = Sq;
    tauParts[2] = 1 / (alpha + tau) - Sz / (beta + tau);
    tauParts[3] = Sp + Sq;
    tauParts[4] = -1 / (beta + tau) + (Sz * (alpha + tau)) / ((beta + tau) * (beta + tau));
  }
}

// series ← [S, ∂ln S/∂p, ∂ln S/∂q, ∂ln S/∂z] of S = ₂F₁(1, p; q; z) = Σ_k z^k Π_{j<k} (p+j)/(q+j), q > p, 0 ≤ z < 1.
function sumSeries(p: number, q: number, z: number, withGradient: boolean): void {
  let term = 1;
  let S = 1;
  let sumP = 0;
  let sumQ = 0;
  let sumZ = 0;
  let harmonicP = 0;
  let harmonicQ = 0;
  if (z > 0) {
    // Capped: only z within ~1e−3 of 1 (alpha and beta orders of magnitude apart) needs more terms than this.
    for (let k = 0; k < 20_000; k++) {
      term *= ((p + k) / (q + k)) * z;
      S += term;
      if (withGradient) {
        harmonicP += 1 / (p + k);
        harmonicQ += 1 / (q + k);
        sumP += term * harmonicP;
        sumQ += term * harmonicQ;
        sumZ += (k + 1) * term;
      }
      // Ratios are below z, so the rest is below term · z / (1 − z) (times k for the derivative sums).
      if (term * (k + 2) <= 1e-16 * (1 - z) * S) break;
    }
  }
  series[0] = S;
  series[1] = sumP / S;
  series[2] = -sumQ / S;
  series[3] = z > 0 ? sumZ / z / S : withGradient ? p / q : 0;
}
