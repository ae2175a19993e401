import { describe, expect, it } from 'vitest';
import { segmentTrendSpec } from '../../src/charts/segment-trend';
import type { LifecycleStage } from '../../src/core/customer-types';
import { renderSpec } from './render-spec';

const rows: Array<{ month: string; stage: LifecycleStage; customers: number }> = [
  { month: '2024-01', stage: 'new', customers: 10 },
  { month: '2024-01', stage: 'churned', customers: 2 },
  { month: '2024-02', stage: 'new', customers: 4 },
  { month: '2024-02', stage: 'repeat', customers: 1234 },
];
const labels = {
  description: 'Stages by month', month: 'Month', customers: 'Customers', stage: 'Stage',
  stages: {
    prospect: 'Prospect', new: 'New', repeat: 'Repeat', loyal: 'Loyal', atRisk: 'At risk', churned: 'Churned',
  },
};

describe('segmentTrendSpec', () => {
  it('stacks stage sizes per month in lifecycle order with a fixed colour per stage', async () => {
    const spec = segmentTrendSpec(rows, null, labels, { locale: 'en-US', count: (n) => n.toLocaleString('en-US') });
    expect(spec).toMatchObject({
      description: 'Stages by month',
      encoding: {
        x: { field: 'tick', sort: null },
        y: { field: 'customers', stack: 'zero' },
        color: {
          field: 'name',
          scale: { domain: ['Prospect', 'New', 'Repeat', 'Loyal', 'At risk', 'Churned'] },
        },
        order: { field: 'order' },
      },
    });
    const drawn = await renderSpec(spec);
    expect(drawn.warnings).toEqual([]);
    expect(drawn.marks).toEqual([
      'January 2024, New: 10', 'January 2024, Churned: 2', 'February 2024, New: 4', 'February 2024, Repeat: 1,234',
    ]);
    drawn.view.finalize();
  });

  it('labels months in Chinese and dims stages that are not selected', async () => {
    const spec = segmentTrendSpec(rows, 'new', labels, { locale: 'zh-CN', count: String });
    const values = (spec as { data: { values: Array<{ tick: string; dim: boolean }> } }).data.values;
    expect(values.map((v) => [v.tick, v.dim])).toEqual([
      ['2024年1月', false], ['2024年1月', true], ['2024年2月', false], ['2024年2月', true],
    ]);
  });
});
