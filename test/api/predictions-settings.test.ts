import { describe, expect, it } from 'vitest';
import { normalPredictionSettings } from '../../src/api/prediction-settings';
import { DEFAULT_PREDICTION_SETTINGS } from '../../src/core/prediction-types';

describe('normalPredictionSettings', () => {
  it('keeps valid settings, in one key order, with the horizon a whole number of units', () => {
    const given = {
      model: 'paretoNbd', margin: 0.25, discountPerYear: 0.08, horizon: 12.4, unit: 'months', calibrationEnd: '1997-09-30',
    } as const;
    const normal = normalPredictionSettings(given);
    expect(normal).toEqual({ ...given, horizon: 12 });
    expect(Object.keys(normal)).toEqual(Object.keys(DEFAULT_PREDICTION_SETTINGS));
  });

  it('replaces malformed parts by their defaults', () => {
    expect(normalPredictionSettings({
      calibrationEnd: '1997-02-30', unit: 'years' as never, horizon: 0, discountPerYear: -0.1, margin: 2,
      model: 'magic' as never,
    })).toEqual(DEFAULT_PREDICTION_SETTINGS);
    expect(normalPredictionSettings(null)).toEqual(DEFAULT_PREDICTION_SETTINGS);
  });
});
