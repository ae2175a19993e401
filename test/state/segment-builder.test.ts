import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SegmentEvaluation } from '../../src/api/customers-api';
import { DEFAULT_CUSTOMER_SETTINGS, type Condition, type SavedSegment } from '../../src/core/customer-types';
import { conditionDraft, draftCondition, newGroup, newRule } from '../../src/state/condition-draft';
import { fieldKind, isMoneyField, SegmentBuilder } from '../../src/state/segment-builder.svelte';

function fakeApi() {
  const asked: { condition: Condition; resolve: (e: SegmentEvaluation) => void }[] = [];
  const stored: SavedSegment[] = [];
  return {
    asked,
    stored,
    api: {
      evaluateCondition: (_ws: string, _s: unknown, condition: Condition) =>
        new Promise<SegmentEvaluation>((resolve) => asked.push({ condition, resolve })),
      listSegments: async () => [...stored],
      saveSegment: async (segment: Omit<SavedSegment, 'createdAt' | 'updatedAt'>) => {
        const saved = { ...segment, createdAt: 'c', updatedAt: 'u' };
        stored.push(saved);
        return saved;
      },
      deleteSegment: async (id: string) => void stored.splice(stored.findIndex((s) => s.id === id), 1),
    },
  };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('draftCondition', () => {
  it('builds AND / OR / NOT from the draft, money in cents, leaving out unfinished rows and empty groups', () => {
    const root = newGroup('and');
    const revenue = newRule('revenueCents', 'range');
    revenue.min = '1,000.5';
    const unfinished = newRule('orders', 'range');
    const either = newGroup('or');
    either.negate = true;
    const tier = newRule('tier', 'oneOf');
    tier.values = ['high', 'mid'];
    const recent = newRule('lastDay', 'date');
    recent.days = '30';
    const before = newRule('firstDay', 'date');
    [before.op, before.day] = ['before', '2024-01-01'];
    either.children = [tier, recent, newGroup('and')];
    root.children = [revenue, unfinished, either, before];
    expect(draftCondition(root, isMoneyField)).toEqual({
      kind: 'and',
      children: [
        { kind: 'range', field: 'revenueCents', min: 100050, max: null },
        {
          kind: 'not',
          child: {
            kind: 'or',
            children: [
              { kind: 'oneOf', field: 'tier', values: ['high', 'mid'] },
              { kind: 'date', field: 'lastDay', op: 'within', days: 30 },
            ],
          },
        },
        { kind: 'date', field: 'firstDay', op: 'before', day: '2024-01-01' },
      ],
    });
  });

  it('is null for an empty draft and the single condition for a group of one', () => {
    const root = newGroup('or');
    expect(draftCondition(root, isMoneyField)).toBeNull();
    const score = newRule('score:r', 'range');
    score.max = '2';
    root.children = [score];
    expect(draftCondition(root, isMoneyField)).toEqual({ kind: 'range', field: 'score:r', min: null, max: 2 });
  });

  it('reads a saved condition back into a draft that gives the same condition', () => {
    const condition: Condition = {
      kind: 'or',
      children: [
        { kind: 'not', child: { kind: 'range', field: 'aovCents', min: 2599, max: 10000 } },
        { kind: 'and', children: [{ kind: 'oneOf', field: 'attr:region', values: ['华东'] }, { kind: 'date', field: 'signupDay', op: 'after', day: '2023-05-01' }] },
      ],
    };
    const draft = conditionDraft(condition, fieldKind, isMoneyField);
    expect((draft.children[0] as { min: string }).min).toBe('25.99');
    expect(draftCondition(draft, isMoneyField)).toEqual(condition);
  });
});

describe('SegmentBuilder', () => {
  it('asks for the size 150 ms after the last edit and keeps only the newest reply', async () => {
    const { api, asked } = fakeApi();
    const builder = new SegmentBuilder(api as never, 150);
    await builder.open('ws');
    builder.addRule(builder.root, 'orders');
    const rule = builder.root.children[0] as { min: string };
    rule.min = '2';
    builder.evaluateSoon(DEFAULT_CUSTOMER_SETTINGS);
    await vi.advanceTimersByTimeAsync(100);
    rule.min = '3';
    builder.evaluateSoon(DEFAULT_CUSTOMER_SETTINGS);
    await vi.advanceTimersByTimeAsync(149);
    expect(asked).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    rule.min = '4';
    builder.evaluateSoon(DEFAULT_CUSTOMER_SETTINGS);
    await vi.advanceTimersByTimeAsync(150);
    expect(asked.map((a) => a.condition)).toEqual([
      { kind: 'range', field: 'orders', min: 3, max: null },
      { kind: 'range', field: 'orders', min: 4, max: null },
    ]);
    asked[1]!.resolve({ customers: 4, share: 0.4, revenueShare: 0.5 });
    await vi.advanceTimersByTimeAsync(0);
    asked[0]!.resolve({ customers: 3, share: 0.3, revenueShare: 0.6 });
    await vi.advanceTimersByTimeAsync(0);
    expect([builder.evaluation, builder.evaluating]).toEqual([{ customers: 4, share: 0.4, revenueShare: 0.5 }, false]);
  });

  it('saves under a name, edits the saved segment in place, and deletes it', async () => {
    const { api, stored } = fakeApi();
    const builder = new SegmentBuilder(api as never);
    await builder.open('ws');
    expect(await builder.save()).toBeNull(); // no condition, no name
    builder.addRule(builder.root, 'tier');
    (builder.root.children[0] as { values: string[] }).values = ['high'];
    builder.name = '  VIP ';
    const saved = await builder.save();
    expect([saved?.name, saved?.condition, builder.saved.map((s) => s.name)]).toEqual([
      'VIP', { kind: 'oneOf', field: 'tier', values: ['high'] }, ['VIP'],
    ]);
    builder.reset();
    builder.edit(builder.saved[0]!);
    builder.name = 'VIP 2';
    await builder.save();
    expect(stored.map((s) => [s.id, s.name])).toEqual([[saved!.id, 'VIP'], [saved!.id, 'VIP 2']]);
    await builder.deleteSaved(saved!.id);
    expect([builder.editingId, builder.name]).toEqual([null, '']);
  });
});
