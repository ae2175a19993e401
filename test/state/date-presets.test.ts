import { describe, expect, it } from 'vitest';
import { matchingPreset, presetRange } from '../../src/state/date-presets';

describe('presetRange', () => {
  it.each([
    ['all', '2024-05-10', { from: null, to: null }],
    ['last12', '2024-05-10', { from: '2023-05-11', to: '2024-05-10' }],
    ['last12', '2024-12-31', { from: '2024-01-01', to: '2024-12-31' }],
    ['last12', '2024-02-29', { from: '2023-03-01', to: '2024-02-29' }],
    ['thisYear', '2024-05-10', { from: '2024-01-01', to: '2024-05-10' }],
    ['last90', '2024-05-10', { from: '2024-02-11', to: '2024-05-10' }],
    ['last90', '1998-06-30', { from: '1998-04-02', to: '1998-06-30' }],
    ['last12', null, { from: null, to: null }],
  ] as const)('%s ending %s', (preset, dataTo, range) => {
    expect(presetRange(preset, dataTo)).toEqual(range);
  });
});

describe('matchingPreset', () => {
  it('recognises a preset range and calls anything else custom', () => {
    expect([
      matchingPreset({ from: null, to: null }, '2024-05-10'),
      matchingPreset({ from: '2024-02-11', to: '2024-05-10' }, '2024-05-10'),
      matchingPreset({ from: '2024-02-12', to: '2024-05-10' }, '2024-05-10'),
    ]).toEqual(['all', 'last90', 'custom']);
  });
});
