import { describe, expect, it } from 'vitest';
import { betaSample } from '../../../../src/core/models/simulate/beta-sample';
import { gammaSample } from '../../../../src/core/models/simulate/gamma-sample';
import { standardNormal } from '../../../../src/core/models/simulate/standard-normal';
import { mulberry32 } from '../../../../src/core/sample/mulberry32';

const N = 200_000;
function moments(draw: () => number): { mean: number; variance: number } {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < N; i++) {
    const v = draw();
    sum += v;
    squares += v * v;
  }
  const mean = sum / N;
  return { mean, variance: squares / N - mean * mean };
}

describe('samplers (200,000 draws; means within 4 standard errors, variances within 3%)', () => {
  it('standardNormal has mean 0 and variance 1', () => {
    const random = mulberry32(3);
    const { mean, variance } = moments(() => standardNormal(random));
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(N));
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
  });

  it.each([
    [0.243, 4.414],
    [0.606, 11.669],
    [2.5, 0.5],
    [30, 3],
  ])('gammaSample(shape %f, rate %f) has mean shape/rate and variance shape/rate²', (shape, rate) => {
    const random = mulberry32(11);
    const { mean, variance } = moments(() => gammaSample(random, shape, rate));
    const sd = Math.sqrt(shape) / rate;
    expect(Math.abs(mean - shape / rate)).toBeLessThan((4 * sd) / Math.sqrt(N));
    expect(Math.abs(variance / (shape / rate ** 2) - 1)).toBeLessThan(0.03 * Math.max(1, 1 / shape));
  });

  it.each([
    [0.793, 2.426],
    [2, 5],
  ])('betaSample(%f, %f) has mean a/(a+b) and variance ab/((a+b)²(a+b+1))', (a, b) => {
    const random = mulberry32(5);
    const { mean, variance } = moments(() => betaSample(random, a, b));
    const expectedVariance = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expect(Math.abs(mean - a / (a + b))).toBeLessThan((4 * Math.sqrt(expectedVariance)) / Math.sqrt(N));
    expect(Math.abs(variance / expectedVariance - 1)).toBeLessThan(0.03);
  });
});
