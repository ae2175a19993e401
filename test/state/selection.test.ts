import { describe, expect, it } from 'vitest';
import { SegmentSelection } from '../../src/state/selection.svelte';

describe('SegmentSelection', () => {
  it('selects a group, clears it on a second click, and belongs to one workspace', () => {
    const selection = new SegmentSelection();
    selection.toggle('ws', 'rfm', 'lost');
    expect([selection.of('ws'), selection.of('other')])
      .toEqual([{ workspaceId: 'ws', grouping: 'rfm', group: 'lost' }, null]);
    selection.toggle('ws', 'rfm', 'champions');
    expect(selection.of('ws')?.group).toBe('champions');
    selection.toggle('ws', 'rfm', 'champions');
    expect(selection.current).toBeNull();
  });

  it('keeps a cohort and a range beside the group, each cleared on its own or all at once', () => {
    const selection = new SegmentSelection();
    selection.select('ws', 'tier', 'high');
    selection.toggleCohort('ws', 'month', '2024-02');
    selection.setRange('ws', { from: '2024-03-31', to: '2024-03-01' }); // given backwards
    expect(selection.cohortOf('ws')).toEqual({ workspaceId: 'ws', period: 'month', key: '2024-02' });
    expect(selection.rangeOf('ws')).toEqual({ workspaceId: 'ws', from: '2024-03-01', to: '2024-03-31' });
    expect([selection.cohortOf('other'), selection.rangeOf('other')]).toEqual([null, null]);

    selection.toggleCohort('ws', 'month', '2024-02'); // the same cohort again clears it
    expect(selection.cohort).toBeNull();
    selection.clear(); // the group only
    expect([selection.current, selection.rangeOf('ws')?.from]).toEqual([null, '2024-03-01']);
    selection.toggleCohort('ws', 'quarter', '2024-Q1');
    selection.clearAll();
    expect([selection.current, selection.cohort, selection.range]).toEqual([null, null, null]);
  });

  it('keeps the same range object when the same range is set again (no needless reloads)', () => {
    const selection = new SegmentSelection();
    selection.setRange('ws', { from: '2024-01-01', to: '2024-01-31' });
    const before = selection.range;
    selection.setRange('ws', { from: '2024-01-01', to: '2024-01-31' });
    expect(selection.range).toBe(before);
    selection.setRange('ws', null);
    expect(selection.range).toBeNull();
  });
});
