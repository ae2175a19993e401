import { describe, expect, it } from 'vitest';
import { holdoutCumulativeSpec } from '../../src/charts/holdout-cumulative';
import { holdoutFrequencySpec } from '../../src/charts/holdout-frequency';
import { valueHistogramSpec } from '../../src/charts/value-histogram';
import { renderSpec } from './render-spec';

const series = { actual: 'Actual', bgnbd: 'BG/NBD', paretoNbd: 'Pareto/NBD' };

describe('holdoutFrequencySpec', () => {
  it('draws three bars per calibration group, the last one labelled "n+", and skips a missing model', async () => {
    const rows = [
      { x: 0, orMore: false, customers: 10, actual: 0.2, bgnbd: 0.25, paretoNbd: 0.3 },
      { x: 1, orMore: true, customers: 5, actual: 1.5, bgnbd: 1.25, paretoNbd: Number.NaN },
    ];
    const spec = holdoutFrequencySpec(rows, {
      description: 'Holdout bars', group: 'Purchases', orMore: (n) => `${n}+`, value: 'Per customer', ...series,
    }, 'en');
    const drawn = await renderSpec(spec);
    expect(drawn.warnings).toEqual([]);
    expect(drawn.description).toBe('Holdout bars');
    expect(drawn.marks).toEqual([
      'Purchases 0, Actual: 0.2', 'Purchases 0, BG/NBD: 0.25', 'Purchases 0, Pareto/NBD: 0.3',
      'Purchases 1+, Actual: 1.5', 'Purchases 1+, BG/NBD: 1.25',
    ]);
  });
});

describe('holdoutCumulativeSpec', () => {
  it('draws one line per series and a rule at the calibration end', async () => {
    const rows = [
      { day: '1997-01-07', actual: 1, bgnbd: 2, paretoNbd: 3 },
      { day: '1997-01-14', actual: 4, bgnbd: 5, paretoNbd: 6 },
    ];
    const spec = holdoutCumulativeSpec(rows, '1997-01-10', {
      description: 'Cumulative', day: 'Day', value: 'Repeat purchases', calibrationEnd: 'Calibration end', ...series,
    }, 'zh-CN');
    const drawn = await renderSpec(spec, 'line mark');
    expect(drawn.warnings).toEqual([]);
    expect(drawn.marks).toHaveLength(3);
    expect(drawn.svg).toContain('aria-roledescription="rule mark"');
    expect((spec as { description?: string }).description).toBe('Cumulative');
    // Tooltips name the day in the chosen language.
    const first = (spec as { layer: Array<{ data: { values: Array<Record<string, unknown>> } }> }).layer[0]!.data.values[0];
    expect(first).toMatchObject({ day: '1997-01-07', dayLabel: '1997年1月7日', series: 'Actual', value: 1 });
  });
});

describe('valueHistogramSpec', () => {
  it('draws one column per bin in the given order with its count', async () => {
    const bins = [{ label: '0–0.1', customers: 1200 }, { label: '0.1–0.2', customers: 30 }];
    const spec = valueHistogramSpec(bins, { description: 'P(alive)', bin: 'P(alive)', customers: 'Customers' }, 'en');
    const drawn = await renderSpec(spec);
    expect(drawn.warnings).toEqual([]);
    expect(drawn.marks).toEqual(['0–0.1: 1,200', '0.1–0.2: 30']);
  });
});
