import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../../src/core/parse/parse-quantity';

describe('parseQuantity', () => {
  it.each([
    ['3', 3], ['2件', 2], ['1 个', 1], ['3 pcs', 3], ['2 units', 2], ['×2', 2], ['x 4', 4], ['1,5', 1.5], ['-1', -1],
    ['1,000', 1000], ['2.5', 2.5], ['２件', 2],
  ])('%j → %d', (text, units) => {
    expect(parseQuantity(text)).toBe(units);
  });

  it('reads a decimal comma when the column writes them', () => {
    expect(parseQuantity('1,000', true)).toBe(1);
  });

  it.each(['两件', 'pcs', 'abc', '', '2 apples'])('rejects %j', (text) => {
    expect(parseQuantity(text)).toBeNaN();
  });
});
