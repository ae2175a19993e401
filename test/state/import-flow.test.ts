import { describe, expect, it } from 'vitest';
import type {
  FileFailure, ImportOptions, ImportProgress, ImportResult, Inspection,
} from '../../src/core/types';
import { CUSTOMER_ROLES } from '../../src/core/customer-types';
import { ENCODINGS, IMPORT_KINDS, KNOWN_SOURCES, REJECT_REASONS } from '../../src/core/types';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';
import { ImportFlow } from '../../src/state/import-flow.svelte';

const inspection: Inspection = {
  fileName: 'orders.csv', bytes: 120, encoding: 'gb18030', encodingFromBom: false, delimiter: ',',
  source: 'generic', header: ['订单号', '买家', '下单时间'], headerLine: 1,
  preview: [['A1', 'c1', '2024/5/1']],
  mapping: [
    { index: 0, header: '订单号', role: 'orderId' },
    { index: 1, header: '买家', role: 'keep' },
    { index: 2, header: '下单时间', role: 'orderDate' },
  ],
  dayOrder: 'mdy', dayOrderEvidence: null, dayOrderAmbiguous: false, groupLineItems: false,
  kind: 'orders',
  proposals: {
    orders: { source: 'generic', mapping: [
      { index: 0, header: '订单号', role: 'orderId' },
      { index: 1, header: '买家', role: 'keep' },
      { index: 2, header: '下单时间', role: 'orderDate' },
    ] },
    customers: { source: 'generic-customers', mapping: [
      { index: 0, header: '订单号', role: 'keep' },
      { index: 1, header: '买家', role: 'customerId' },
      { index: 2, header: '下单时间', role: 'keep' },
    ] },
  },
};

function fakeApi(importResult: ImportResult) {
  const calls: { inspect: unknown[]; import: ImportOptions[]; customers: ImportOptions[] } = {
    inspect: [], import: [], customers: [],
  };
  return {
    calls,
    api: {
      async inspectFile(_file: Blob, _name: string, overrides?: object) {
        calls.inspect.push(overrides);
        return inspection;
      },
      async importOrders(_ws: string, _file: Blob, _name: string, options: ImportOptions,
        onProgress?: (p: ImportProgress) => void) {
        calls.import.push(options);
        onProgress?.({ phase: 'parsing', bytesRead: 60, bytesTotal: 120, rows: 1 });
        return importResult;
      },
      async importCustomers(_ws: string, _file: Blob, _name: string, options: ImportOptions) {
        calls.customers.push(options);
        return importResult;
      },
      async cancelImport() {},
    },
  };
}

const file = new File(['x'], 'orders.csv');
const summary: ImportResult = {
  ok: true, datasetId: 'd', rowsRead: 1, ordersRead: 1, added: 1, updated: 0, unchanged: 0, rejected: 0,
  rejectedRows: [], timings: { readMs: 1, parseMs: 1, persistMs: 1 },
};

describe('ImportFlow', () => {
  it('keeps Import disabled until customer id and order date are mapped, then imports the corrected mapping', async () => {
    const { api, calls } = fakeApi(summary);
    const flow = new ImportFlow(api as never);
    await flow.choose(file);
    expect([flow.phase, flow.encoding, flow.missing]).toEqual(['review', 'gb18030', ['customerId']]);

    await flow.start('ws');
    expect(calls.import).toEqual([]); // nothing runs while a required role is missing

    flow.setRole(1, 'customerId');
    flow.groupLineItems = true;
    expect(flow.missing).toEqual([]);
    await flow.start('ws');
    expect(calls.import).toEqual([{
      encoding: 'gb18030', delimiter: ',', dayOrder: 'mdy', groupLineItems: true, decimalComma: false, headerLine: 1,
      mapping: [
        { index: 0, header: '订单号', role: 'orderId' },
        { index: 1, header: '买家', role: 'customerId' },
        { index: 2, header: '下单时间', role: 'orderDate' },
      ],
    }]);
    expect([flow.phase, flow.result, flow.progress]).toEqual([
      'done', summary, { phase: 'parsing', bytesRead: 60, bytesTotal: 120, rows: 1 },
    ]);
  });

  it('passes the overrides the person chose when reading the file again', async () => {
    const { api, calls } = fakeApi(summary);
    const flow = new ImportFlow(api as never);
    await flow.choose(file);
    await flow.override({ encoding: 'utf-16le' });
    await flow.override({ delimiter: ';' });
    expect(calls.inspect).toEqual([{}, { encoding: 'utf-16le' }, { encoding: 'utf-16le', delimiter: ';' }]);
  });

  it('returns to the review after a cancelled import, and fails on any other problem', async () => {
    const cancelled: FileFailure = { ok: false, problem: 'cancelled' };
    const flow = new ImportFlow(fakeApi(cancelled).api as never);
    await flow.choose(file);
    flow.setRole(1, 'customerId');
    await flow.start('ws');
    expect([flow.phase, flow.failure]).toEqual(['review', { ok: false, problem: 'cancelled', during: 'import' }]);

    const quota: FileFailure = { ok: false, problem: 'quota', detail: { needed: 10 } };
    const failing = new ImportFlow(fakeApi(quota).api as never);
    await failing.choose(file);
    failing.setRole(1, 'customerId');
    await failing.start('ws');
    expect([failing.phase, failing.failure?.problem]).toEqual(['failed', 'quota']);
  });

  it('switches the file to customers: that proposal, only the customer id required, imported as customers', async () => {
    const { api, calls } = fakeApi({ ...summary, kind: 'customers' });
    const flow = new ImportFlow(api as never);
    await flow.choose(file);
    flow.groupLineItems = true;
    flow.setKind('customers');
    expect([flow.kind, flow.source, flow.missing, flow.groupLineItems, flow.mapping.map((m) => m.role)])
      .toEqual(['customers', 'generic-customers', [], false, ['keep', 'customerId', 'keep']]);
    flow.setRole(2, 'signupDate');
    flow.setRole(0, 'customerId'); // the id moves: the column that had it is kept
    expect(flow.mapping.map((m) => m.role)).toEqual(['customerId', 'keep', 'signupDate']);
    await flow.start('ws');
    expect([calls.import.length, calls.customers.map((o) => o.mapping.map((m) => m.role)), flow.phase])
      .toEqual([0, [['customerId', 'keep', 'signupDate']], 'done']);
    flow.setRole(0, 'keep');
    expect(flow.missing).toEqual(['customerId']);
    flow.setKind('orders');
    expect([flow.source, flow.missing]).toEqual(['generic', ['customerId']]);
  });

  it('has a label in both languages for every customers role, kind and source', () => {
    const keys = [
      ...CUSTOMER_ROLES.map((r) => `role.${r}`), ...IMPORT_KINDS.map((k) => `kind.${k}`),
      ...KNOWN_SOURCES.map((s) => `source.${s}`), ...REJECT_REASONS.map((r) => `reject.${r}`),
      ...ENCODINGS.map((e) => `encoding.${e}`),
    ];
    const catalogs = [en as Record<string, string>, zhCN as Record<string, string>];
    expect(keys.filter((key) => catalogs.some((c) => !c[key]))).toEqual([]);
  });

  it('shows a file that cannot be read as a failure of the inspection', async () => {
    const { api } = fakeApi(summary);
    api.inspectFile = async () => ({ ok: false, problem: 'binary' }) as never;
    const flow = new ImportFlow(api as never);
    await flow.choose(file);
    expect([flow.phase, flow.failure, flow.inspection]).toEqual([
      'failed', { ok: false, problem: 'binary', during: 'inspect' }, null,
    ]);
  });
});
