import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../src/core/types';
import { assignRole } from '../../src/state/assign-role';

const mapping: ColumnMapping[] = [
  { index: 0, header: '订单号', role: 'orderId' },
  { index: 1, header: '客户编号', role: 'customerId' },
  { index: 2, header: '下单时间', role: 'orderDate' },
  { index: 3, header: '备注', role: 'keep' },
  { index: 4, header: '买家', role: 'ignore' },
];

describe('assignRole', () => {
  it('moves a role that another column held; that column is kept as an attribute', () => {
    expect(assignRole(mapping, 4, 'customerId').map((c) => c.role)).toEqual([
      'orderId', 'keep', 'orderDate', 'keep', 'customerId',
    ]);
  });

  it('lets keep and ignore repeat', () => {
    expect(assignRole(assignRole(mapping, 0, 'ignore'), 3, 'ignore').map((c) => c.role)).toEqual([
      'ignore', 'customerId', 'orderDate', 'ignore', 'ignore',
    ]);
  });

  it('assigns an unused role without touching the others, and leaves the input unchanged', () => {
    const before = structuredClone(mapping);
    expect(assignRole(mapping, 3, 'amount')).toEqual([
      mapping[0], mapping[1], mapping[2], { index: 3, header: '备注', role: 'amount' }, mapping[4],
    ]);
    expect(mapping).toEqual(before);
  });
});
