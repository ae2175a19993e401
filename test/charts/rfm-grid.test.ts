import { describe, expect, it } from 'vitest';
import { rfmGridSpec, RFM_GRID_SIGNAL } from '../../src/charts/rfm-grid';
import { pickedValue } from '../../src/charts/vega-locale';
import { renderSpec } from './render-spec';

const grid = [
  { r: 5, fm: 5, customers: 120, revenueCents: 1234500, segment: 'champions' },
  { r: 1, fm: 1, customers: 3000, revenueCents: 99900, segment: 'lost' },
  { r: 3, fm: 2, customers: 7, revenueCents: 0, segment: 'needAttention' },
];
const labels = {
  description: 'RFM grid', r: 'Recency score', fm: 'Frequency–monetary score', segment: 'Segment',
  customers: 'Customers', revenue: 'Revenue',
  segments: { champions: 'Champions', lost: 'Lost', needAttention: 'Need attention' },
};
const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;
const count = (n: number) => n.toLocaleString('en-US');
const format = { locale: 'en-US', money, count };

describe('rfmGridSpec', () => {
  it('draws one square per cell, sized by customers and coloured by revenue in currency units', async () => {
    const spec = rfmGridSpec(grid, null, labels, format);
    expect(spec).toMatchObject({
      description: 'RFM grid',
      encoding: {
        x: { field: 'fm', type: 'ordinal', title: 'Frequency–monetary score', scale: { domain: [1, 2, 3, 4, 5] } },
        y: { field: 'r', type: 'ordinal', title: 'Recency score', scale: { domain: [5, 4, 3, 2, 1] } },
      },
      layer: [
        { mark: { type: 'square' }, encoding: { size: { field: 'customers' }, color: { field: 'revenue' } } },
        { mark: { type: 'text' }, encoding: { text: { field: 'name' } } },
      ],
    });
    const drawn = await renderSpec(spec, 'square');
    expect(drawn.warnings).toEqual([]);
    expect(drawn.marks).toEqual([
      'R 5, FM 5: Champions, 120, $12345.00', 'R 1, FM 1: Lost, 3,000, $999.00', 'R 3, FM 2: Need attention, 7, $0.00',
    ]);
    expect(drawn.svg).toMatch(/<tspan>Need<\/tspan><tspan x="0" dy="\d+">/); // a name wraps at its spaces
    const data = drawn.view.data('data_0') as Array<{ revenue: number; dim: boolean }>;
    expect(data.map((d) => [d.revenue, d.dim])).toEqual([[12345, false], [999, false], [0, false]]);
    drawn.view.finalize();
  });

  it('dims the cells of other segments when one is selected', () => {
    const spec = rfmGridSpec(grid, 'lost', labels, format) as { data: { values: Array<{ dim: boolean }> } };
    expect(spec.data.values.map((v) => v.dim)).toEqual([true, false, true]);
  });

  it('reports the clicked segment through its selection signal', async () => {
    const drawn = await renderSpec(rfmGridSpec(grid, null, labels, format), 'square');
    const seen: Array<string | null> = [];
    drawn.view.addSignalListener(RFM_GRID_SIGNAL, (_name, value) => void seen.push(pickedValue(value, 'segment')));
    drawn.view.data(`${RFM_GRID_SIGNAL}_store`, [
      { unit: 'layer_0', fields: [{ type: 'E', field: 'segment' }], values: ['lost'] },
    ]);
    await drawn.view.runAsync();
    expect(seen).toEqual(['lost']);
    drawn.view.finalize();
  });

  it('draws an empty grid without warnings', async () => {
    const drawn = await renderSpec(rfmGridSpec([], null, labels, format), 'square');
    expect([drawn.warnings, drawn.marks, drawn.description]).toEqual([[], [], 'RFM grid']);
  });
});

describe('pickedValue', () => {
  it.each([
    [{ segment: ['lost'], vlPoint: {} }, 'lost'],
    [{ segment: [3] }, '3'],
    [{}, null],
    [null, null],
    [{ segment: [] }, null],
  ])('%j → %s', (value, expected) => {
    expect(pickedValue(value, 'segment')).toBe(expected);
  });
});
