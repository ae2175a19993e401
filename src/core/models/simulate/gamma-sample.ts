import { standardNormal } from './standard-normal';

/**
 * A Gamma(shape, rate) draw (mean shape / rate, in the reciprocal of the rate's unit) by Marsaglia & Tsang
 * (2000); a shape below 1 is boosted to shape + 1 and scaled back by U^(1/shape).
 */
export function gammaSample(random: () => number, shape: number, rate = 1): number {
  if (shape < 1) return gammaSample(random, shape + 1, rate) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = standardNormal(random);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (u < 1 - 0.0331 * z * z * z * z || Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}
