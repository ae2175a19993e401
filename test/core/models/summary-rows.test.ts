import { describe, expect, it } from 'vitest';
import { compressSummary } from '../../../src/core/models/summary-rows';

const f64 = (values: number[]) => Float64Array.from(values);

describe('compressSummary', () => {
  it('merges identical (x, t_x, T) rows with a weight and maps every input row to its merged row', () => {
    const result = compressSummary(f64([0, 2, 0, 2, 2, 0]), f64([0, 5, 0, 5, 4, 0]), f64([10, 9, 10, 9, 9, 11]));
    expect(result).toEqual({
      x: f64([0, 2, 2, 0]),
      tx: f64([0, 5, 4, 0]),
      T: f64([10, 9, 9, 11]),
      weight: f64([2, 2, 1, 1]),
      rowOf: Int32Array.from([0, 1, 0, 1, 2, 3]),
    });
  });

  it('adds up given weights', () => {
    const result = compressSummary(f64([1, 1, 3]), f64([2, 2, 2]), f64([5, 5, 5]), f64([3, 0.5, 2]));
    expect([...result.weight]).toEqual([3.5, 2]);
    expect([...result.rowOf]).toEqual([0, 0, 1]);
  });

  it('keeps an empty summary empty', () => {
    const result = compressSummary(f64([]), f64([]), f64([]));
    expect([result.x.length, result.weight.length, result.rowOf.length]).toEqual([0, 0, 0]);
  });

  it('refuses columns of different lengths', () => {
    expect(() => compressSummary(f64([1, 2]), f64([1]), f64([3, 4]))).toThrow(RangeError);
  });
});
