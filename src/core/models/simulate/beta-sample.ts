import { gammaSample } from './gamma-sample';

/** A Beta(a, b) draw in [0, 1] as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
export function betaSample(random: () => number, a: number, b: number): number {
  const x = gammaSample(random, a);
  const y = gammaSample(random, b);
  return x + y > 0 ? x / (x + y) : a / (a + b);
}
