import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/state/group-labels';

const saved = [{
  id: 's1', workspaceId: 'ws', name: '上海 复购/VIP', condition: { kind: 'and' as const, children: [] },
  createdAt: '', updatedAt: '',
}];

describe('exportFileName', () => {
  it.each([
    [null, 'customers-all'],
    [{ grouping: 'tier', group: 'mid' }, 'customers-Mid-value'],
    [{ grouping: 'rfm', group: 'cantLose' }, 'customers-Can-t-lose-them'],
    [{ grouping: 'segment:s1', group: '' }, 'customers-上海-复购-VIP'],
    [{ grouping: 'attr:region', group: '华东' }, 'customers-华东'],
  ])('names the export of %j after what the person sees: %s', (selected, expected) => {
    expect(exportFileName(selected, saved)).toBe(expected);
  });
});
