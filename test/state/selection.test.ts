import { describe, expect, it } from 'vitest';
import { SegmentSelection } from '../../src/state/selection.svelte';

describe('SegmentSelection', () => {
  it('selects a group, clears it on a second click, and belongs to one workspace', () => {
    const selection = new SegmentSelection();
    selection.toggle('ws', 'rfm', 'lost');
    expect([selection.of('ws'), selection.of('other')]).toEqual([{ workspaceId: 'ws', grouping: 'rfm', group: 'lost' }, null]);
    selection.toggle('ws', 'rfm', 'champions');
    expect(selection.of('ws')?.group).toBe('champions');
    selection.toggle('ws', 'rfm', 'champions');
    expect(selection.current).toBeNull();
  });
});
