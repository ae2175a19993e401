import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerPage, CustomerPageQuery } from '../../src/api/customers-api';
import { DEFAULT_CUSTOMER_SETTINGS } from '../../src/core/customer-types';
import { CustomerListState, PAGE_SIZE } from '../../src/state/customers.svelte';

/** A fake api whose page replies are released by hand, in any order. */
function controlledApi() {
  const pending: { query: CustomerPageQuery; resolve: (page: CustomerPage) => void }[] = [];
  return {
    pending,
    api: {
      customerSettings: async () => DEFAULT_CUSTOMER_SETTINGS,
      customerPage: (_ws: string, _s: unknown, query: CustomerPageQuery) =>
        new Promise<CustomerPage>((resolve) => pending.push({ query, resolve })),
      exportCustomers: async () => new Uint8Array([0xef, 0xbb, 0xbf]),
    },
  };
}

const page = (total: number, offset: number, id: string): CustomerPage => ({ total, offset, rows: [{ id }] });
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('CustomerListState', () => {
  it('pages forward and back by 50 and stops at the ends', async () => {
    const { api, pending } = controlledApi();
    const list = new CustomerListState(api as never);
    void list.open('ws', DEFAULT_CUSTOMER_SETTINGS);
    pending[0]!.resolve(page(120, 0, 'a'));
    await flush();
    list.next();
    pending[1]!.resolve(page(120, 50, 'b'));
    await flush();
    list.next();
    pending[2]!.resolve(page(120, 100, 'c'));
    await flush();
    list.next(); // no page after 101–120
    list.prev();
    expect(pending.map((p) => [p.query.offset, p.query.limit])).toEqual([[0, PAGE_SIZE], [50, 50], [100, 50], [50, 50]]);
    expect([list.hasNext, list.hasPrev, list.offset]).toEqual([true, true, 50]);
  });

  it('keeps the newest request: a late reply to an older sort is dropped', async () => {
    const { api, pending } = controlledApi();
    const list = new CustomerListState(api as never);
    void list.open('ws', DEFAULT_CUSTOMER_SETTINGS);
    pending[0]!.resolve(page(10, 0, 'first'));
    await flush();
    list.sortBy('orders');
    list.sortBy('orders');
    expect(pending.map((p) => p.query.sort)).toEqual([
      { column: 'revenueCents', direction: 'desc' },
      { column: 'orders', direction: 'desc' },
      { column: 'orders', direction: 'asc' },
    ]);
    pending[2]!.resolve(page(10, 0, 'ascending'));
    await flush();
    pending[1]!.resolve(page(10, 0, 'descending'));
    await flush();
    expect([list.page?.rows[0]?.id, list.status]).toEqual(['ascending', 'idle']);
  });

  it('goes back to the first page when the filter or the sort changes; text columns sort A→Z first', async () => {
    const { api, pending } = controlledApi();
    const list = new CustomerListState(api as never);
    void list.open('ws', DEFAULT_CUSTOMER_SETTINGS);
    pending[0]!.resolve(page(500, 0, 'a'));
    await flush();
    list.next();
    list.setFilter({ grouping: 'rfm', group: 'lost' });
    list.setFilter({ grouping: 'rfm', group: 'lost' }); // the same filter asks nothing
    list.next();
    list.sortBy('name');
    list.setFilter({ grouping: 'segment:s1', group: '' });
    expect(pending.slice(1).map((p) => [p.query.offset, p.query.filter, p.query.sort.column, p.query.sort.direction]))
      .toEqual([
        [50, {}, 'revenueCents', 'desc'],
        [0, { grouping: 'rfm', group: 'lost' }, 'revenueCents', 'desc'],
        [50, { grouping: 'rfm', group: 'lost' }, 'revenueCents', 'desc'],
        [0, { grouping: 'rfm', group: 'lost' }, 'name', 'asc'],
        [0, { grouping: 'segment:s1' }, 'name', 'asc'],
      ]);
  });

  it('searches once the typing pauses, from the first page', async () => {
    const { api, pending } = controlledApi();
    const list = new CustomerListState(api as never, 250);
    void list.open('ws', DEFAULT_CUSTOMER_SETTINGS);
    pending[0]!.resolve(page(500, 0, 'a'));
    await flush();
    list.next();
    list.setSearch('l');
    await vi.advanceTimersByTimeAsync(100);
    list.setSearch('li ');
    await vi.advanceTimersByTimeAsync(249);
    expect(pending).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(pending.slice(2).map((p) => [p.query.offset, p.query.filter])).toEqual([[0, { search: 'li' }]]);
  });

  it('exports the shown columns in order with the current filter and sort', async () => {
    const { api } = controlledApi();
    const exportCustomers = vi.fn(api.exportCustomers);
    const list = new CustomerListState({ ...api, exportCustomers } as never);
    void list.open('ws', DEFAULT_CUSTOMER_SETTINGS);
    list.setColumns(['id', 'rfm']);
    list.setFilter({ grouping: 'tier', group: 'high' });
    const bytes = await list.exportCsv({ id: 'ID', rfm: 'RFM' }, { 'rfm.lost': 'Lost' });
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf]);
    expect(exportCustomers.mock.calls[0]).toEqual([
      'ws', DEFAULT_CUSTOMER_SETTINGS, { grouping: 'tier', group: 'high' }, ['id', 'rfm'], { id: 'ID', rfm: 'RFM' },
      { 'rfm.lost': 'Lost' }, { column: 'revenueCents', direction: 'desc' },
    ]);
  });
});
