// The worker side of the model benchmark: the same core code the app runs in its worker.
import { fitBgnbd } from '../../src/core/models/bgnbd/fit-bgnbd';
import { scoreBgnbd } from '../../src/core/models/bgnbd/score-bgnbd';
import { fitGammaGamma } from '../../src/core/models/gamma-gamma/fit-gamma-gamma';
import { gammaGammaExpectedSpends } from '../../src/core/models/gamma-gamma/gamma-gamma-expected-spends';
import { fitParetoNbd } from '../../src/core/models/pareto-nbd/fit-pareto-nbd';
import { scoreParetoNbd } from '../../src/core/models/pareto-nbd/score-pareto-nbd';
import { gammaSample } from '../../src/core/models/simulate/gamma-sample';
import { simulateBgnbd } from '../../src/core/models/simulate/simulate-bgnbd';
import { simulateParetoNbd } from '../../src/core/models/simulate/simulate-pareto-nbd';
import { mulberry32 } from '../../src/core/sample/mulberry32';
import type { RfmSummary } from '../../src/core/models/summary-rows';

const N = 100_000;
const BGNBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const PARETO = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const value = f();
  return [value, performance.now() - t0];
}
function uniformT(n: number, seed: number): Float64Array {
  const random = mulberry32(seed);
  return Float64Array.from({ length: n }, () => 26 + 26 * random());
}
/** Mean spend per repeater: ν ~ Gamma(q, γ), each transaction ~ Gamma(p, ν) (Fader, Hardie & Lee 2005). */
function simulateSpend(x: Float64Array, seed: number): Float64Array {
  const random = mulberry32(seed);
  return Float64Array.from(x, (count) => {
    if (count <= 0) return 0;
    const nu = gammaSample(random, GG.q, GG.gamma);
    let sum = 0;
    for (let k = 0; k < count; k++) sum += gammaSample(random, GG.p, nu);
    return sum / count;
  });
}
function cdnowSummary(csv: string): RfmSummary {
  const rows = csv.trim().split(/\r?\n/).slice(1).map((line) => line.split(',').map(Number));
  return {
    x: Float64Array.from(rows, (r) => r[1]!), tx: Float64Array.from(rows, (r) => r[2]!), T: Float64Array.from(rows, (r) => r[3]!),
  };
}
const off = (fit: Record<string, number>, truth: Record<string, number>) =>
  Object.fromEntries(Object.keys(truth).map((k) => [k, Math.abs(fit[k]! / truth[k]! - 1)]));

self.onmessage = (event: MessageEvent<{ cdnowCsv: string; runs: number }>) => {
  const { cdnowCsv, runs } = event.data;
  const cdnow = cdnowSummary(cdnowCsv);
  const bg = simulateBgnbd(BGNBD, N, uniformT(N, 11), 1);
  const pn = simulateParetoNbd(PARETO, N, uniformT(N, 12), 2);
  const spend = simulateSpend(bg.x, 3);
  const times: Record<string, number[]> = {
    cdnowBgnbd: [], cdnowPareto: [], bgnbd100k: [], pareto100k: [], gammaGamma100k: [], score100k: [],
  };
  let fits: Record<string, Record<string, number>> = {};
  for (let run = 0; run < runs; run++) {
    times.cdnowBgnbd!.push(timed(() => fitBgnbd(cdnow))[1]);
    times.cdnowPareto!.push(timed(() => fitParetoNbd(cdnow))[1]);
    const [bgFit, bgMs] = timed(() => fitBgnbd(bg));
    const [pnFit, pnMs] = timed(() => fitParetoNbd(pn));
    const [ggFit, ggMs] = timed(() => fitGammaGamma(bg.x, spend));
    times.bgnbd100k!.push(bgMs);
    times.pareto100k!.push(pnMs);
    times.gammaGamma100k!.push(ggMs);
    // Scoring every customer: P(alive), expected purchases over 52 weeks, expected spend.
    times.score100k!.push(timed(() => {
      scoreBgnbd(bgFit.params, bg, 52);
      scoreParetoNbd(pnFit.params, pn, 52);
      gammaGammaExpectedSpends(ggFit.params, bg.x, spend);
    })[1]);
    fits = {
      bgnbd: off(bgFit.params as never, BGNBD), paretoNbd: off(pnFit.params as never, PARETO),
      gammaGamma: off(ggFit.params as never, GG),
    };
  }
  self.postMessage({
    medians: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])),
    relativeError: fits,
  });
};
