import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDb, type Dataset } from '../../src/storage/db';
import { CHUNK_ROWS, encodeOrders } from '../../src/storage/encode-orders';
import { decodeOrders } from '../../src/storage/decode-orders';
import { rowsOf, tableOf } from '../core/orders/orders-fixture';
import type { OrderTable } from '../../src/core/types';

const datasetOf = (table: OrderTable, chunkCount: number): Dataset => ({
  id: 'd1', workspaceId: 'w1', kind: 'orders', rows: table.length, customers: table.customer.values.length,
  chunkCount, textColumns: Object.keys(table.text), sourceFiles: ['a.csv'], firstDay: null, lastDay: null,
  createdAt: '2024-01-01T00:00:00.000Z',
});

describe('encodeOrders / decodeOrders', () => {
  it('round-trips a small table through IndexedDB, dictionaries stored once', async () => {
    const table = tableOf([
      { customer: '张三', day: 19800, amountCents: 12345, quantity: 2, time: 3600,
        text: { orderId: 'A-1', category: '茶' } },
      { customer: 'bob', day: 19801, amountCents: -500, text: { orderId: 'A-2' } },
      { customer: '张三', day: 19802 },
    ], ['status']);
    const { chunks, dicts } = encodeOrders(table, 'd1');
    expect(chunks.length).toBe(1);
    expect(dicts.map((d) => [d.id, d.values])).toEqual([
      ['d1:customer', ['张三', 'bob']],
      ['d1:text:status', []],
      ['d1:text:orderId', ['A-1', 'A-2']],
      ['d1:text:category', ['茶']],
    ]);
    const db = openDb('columnar-small');
    await db.transaction('rw', db.chunks, db.dicts, async () => {
      await db.chunks.bulkAdd(chunks);
      await db.dicts.bulkAdd(dicts);
    });
    const back = decodeOrders(
      datasetOf(table, 1),
      await db.chunks.where({ datasetId: 'd1' }).toArray(),
      await db.dicts.where({ datasetId: 'd1' }).toArray(),
    );
    expect(rowsOf(back)).toEqual(rowsOf(table));
    expect(Object.keys(back.text)).toEqual(['status', 'orderId', 'category']);
    expect(back.amountCents).toBeInstanceOf(Float64Array);
    await db.delete();
  });

  it('splits a large table into chunks of CHUNK_ROWS rows and reassembles it in order', () => {
    const n = CHUNK_ROWS * 2 + 5;
    const table: OrderTable = {
      length: n,
      customer: { codes: Int32Array.from({ length: n }, (_, i) => i % 3), values: ['a', 'b', 'c'] },
      day: Int32Array.from({ length: n }, (_, i) => i),
      time: new Int32Array(n).fill(-1),
      amountCents: Float64Array.from({ length: n }, (_, i) => i * 10),
      quantity: new Float64Array(n).fill(NaN),
      line: Int32Array.from({ length: n }, (_, i) => i + 2),
      text: { orderId: { codes: Int32Array.from({ length: n }, (_, i) => (i === n - 1 ? -1 : 0)), values: ['x'] } },
    };
    const { chunks, dicts } = encodeOrders(table, 'd1');
    expect(chunks.map((c) => [c.index, c.start, c.length, c.day.buffer.byteLength]))
      .toEqual([
        [0, 0, CHUNK_ROWS, CHUNK_ROWS * 4],
        [1, CHUNK_ROWS, CHUNK_ROWS, CHUNK_ROWS * 4],
        [2, CHUNK_ROWS * 2, 5, 20], // exact-size copies: no chunk stores the whole column's buffer
      ]);
    const back = decodeOrders(datasetOf(table, 3), [chunks[2]!, chunks[0]!, chunks[1]!], dicts.reverse());
    expect(back.length).toBe(n);
    // toEqual over half a million elements is slow; compare element by element instead
    const firstDifference = (a: ArrayLike<number>, b: ArrayLike<number>) =>
      a.length !== b.length ? -2 : Array.prototype.findIndex.call(a, (v: number, i: number) => !Object.is(v, b[i]));
    for (const k of ['day', 'time', 'amountCents', 'quantity', 'line'] as const) {
      expect([k, firstDifference(back[k], table[k])]).toEqual([k, -1]);
    }
    expect(firstDifference(back.customer.codes, table.customer.codes)).toBe(-1);
    expect(back.customer.values).toEqual(['a', 'b', 'c']);
    expect(firstDifference(back.text.orderId!.codes, table.text.orderId!.codes)).toBe(-1);
    expect(back.text.orderId!.values).toEqual(['x']);
    expect(Number.isNaN(back.quantity[n - 1])).toBe(true);
  });

  it('stores an empty table as one empty chunk', () => {
    const { chunks } = encodeOrders(tableOf([]), 'd0');
    expect(chunks.map((c) => [c.id, c.length])).toEqual([['d0:0', 0]]);
  });
});
