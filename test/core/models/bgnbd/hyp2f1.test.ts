import { describe, expect, it } from 'vitest';
import { hyp2f1 } from '../../../../src/core/models/bgnbd/hyp2f1';

describe('hyp2f1', () => {
  it.each([
    // closed forms: ₂F₁(1,1;2;z) = −ln(1−z)/z, ₂F₁(½,½;3/2;z²) = asin(z)/z
    [1, 1, 2, 0.5, -Math.log(0.5) / 0.5],
    [1, 1, 2, -0.5, Math.log(1.5) / 0.5],
    [0.5, 0.5, 1.5, 0.25, Math.asin(0.5) / 0.5],
    // mpmath.hyp2f1 at 40 digits
    [300, 200, 250, 0.6, 7.1938563758638517e96],
    [2, 3, 4, 0.999, 2967.4439006638379],
    [0.3, 2.5, 0.8, 0.97, 334.45058985484155],
    [-2.5, 1.3, 4.2, -3.5, 7.6663141097119828],
    [1, 220.4, 221.1, 0.995, 140.54282981934484],
    [-3, 2, 5, 0.7, 0.4148],
    [0.5, 0.5, 1.5, -0.9, 0.89030530707748936],
  ])('₂F₁(%f, %f; %f; %f) = %f', (a, b, c, z, expected) => {
    expect(Math.abs(hyp2f1(a, b, c, z) / expected - 1)).toBeLessThan(1e-10);
  });

  it('is 1 at z = 0 and NaN where the series does not converge or c is a pole', () => {
    expect([hyp2f1(2, 3, 4, 0), hyp2f1(2, 3, 4, 1), hyp2f1(2, 3, 4, 1.5), hyp2f1(2, 3, -2, 0.5)]).toEqual([
      1, Number.NaN, Number.NaN, Number.NaN,
    ]);
  });
});
