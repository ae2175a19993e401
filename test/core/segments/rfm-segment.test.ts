import { describe, expect, it } from 'vitest';
import { RFM_SEGMENTS } from '../../../src/core/customer-types';
import { rfmSegment } from '../../../src/core/segments/rfm-segment';

// REFERENCE.md §2, segment by segment, as the table lists the cells.
const REFERENCE: Record<string, Array<[number, number]>> = {
  champions: [[5, 5], [5, 4], [4, 5]],
  loyal: [[5, 3], [4, 4], [3, 5], [3, 4]],
  potentialLoyalists: [[5, 2], [4, 2], [4, 3], [3, 3]],
  newCustomers: [[5, 1]],
  promising: [[4, 1], [3, 1]],
  needAttention: [[3, 2], [2, 3], [2, 2]],
  aboutToSleep: [[2, 1]],
  atRisk: [[2, 5], [2, 4], [1, 3]],
  cantLose: [[1, 5], [1, 4]],
  hibernating: [[1, 2]],
  lost: [[1, 1]],
};

describe('rfmSegment', () => {
  it('names each of the 25 (R, FM) cells as the reference table does', () => {
    const expected = new Map<string, string>();
    for (const [segment, cells] of Object.entries(REFERENCE)) {
      for (const [r, fm] of cells) expected.set(`${r},${fm}`, segment);
    }
    expect(Object.keys(REFERENCE)).toEqual([...RFM_SEGMENTS]);
    // The reference itself covers every cell once: 25 distinct cells.
    expect(expected.size).toBe(25);
    for (let r = 1; r <= 5; r++) {
      for (let fm = 1; fm <= 5; fm++) {
        expect(rfmSegment(r, fm), `R ${r} FM ${fm}`).toBe(expected.get(`${r},${fm}`));
      }
    }
  });

  it('refuses scores outside 1–5 or not whole', () => {
    expect(() => rfmSegment(0, 3)).toThrow(RangeError);
    expect(() => rfmSegment(3, 6)).toThrow(RangeError);
    expect(() => rfmSegment(2.5, 3)).toThrow(RangeError);
  });
});
