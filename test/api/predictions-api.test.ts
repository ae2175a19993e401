import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalysisApi } from '../../src/api/analysis-api';
import type { CustomerPageQuery } from '../../src/api/customers-api';
import { DEFAULT_CUSTOMER_SETTINGS } from '../../src/core/customer-types';
import { DEFAULT_PREDICTION_SETTINGS, type PredictionSettings } from '../../src/core/prediction-types';
import type { Inspection } from '../../src/core/types';
import { openDb } from '../../src/storage/db';
import { bgnbdConditionalExpected } from '../../src/core/models/bgnbd/bgnbd-conditional-expected';
import { paretoNbdConditionalExpected } from '../../src/core/models/pareto-nbd/pareto-nbd-conditional-expected';

const CDNOW = new URL('../../../shared/data/cdnow/cdnow_sample_transactions.csv', import.meta.url);
const db = openDb('predictions-api');
const api = createAnalysisApi(db, {});
let workspaceId = '';

async function importText(id: string, text: string, name: string): Promise<void> {
  const file = new Blob([text]);
  const inspection = await api.inspectFile(file, name) as Inspection;
  const { encoding, delimiter, mapping, dayOrder, groupLineItems } = inspection;
  const result = await api.importOrders(id, file, name, { encoding, delimiter, mapping, dayOrder, groupLineItems });
  expect(result.ok).toBe(true);
}

beforeAll(async () => {
  workspaceId = (await api.createWorkspace('CDNOW sample')).id;
  await importText(workspaceId, readFileSync(CDNOW, 'utf8'), 'cdnow_sample_transactions.csv');
});
afterAll(async () => {
  db.close();
  await Dexie.delete('predictions-api');
});

const CDNOW_SETTINGS: PredictionSettings = { ...DEFAULT_PREDICTION_SETTINGS, calibrationEnd: '1997-09-30', unit: 'weeks' };
const sig3 = (v: number | undefined) => Number((v ?? Number.NaN).toPrecision(3));

describe('predictions on the CDNOW sample, calibration to 1997-09-30 in weeks', () => {
  it('fits BG/NBD on the calibration period to the published r 0.243, α 4.414, a 0.793, b 2.426', async () => {
    expect(await api.cachedPredictions(workspaceId)).toBeNull();
    const result = await api.predictions(workspaceId, CDNOW_SETTINGS);
    const holdout = result!.holdout!;
    expect([holdout.calibrationEnd, holdout.holdoutEnd, holdout.customers]).toEqual(['1997-09-30', '1998-06-30', 2357]);
    const bg = holdout.fits.bgnbd!;
    expect([bg.params.r, bg.params.alpha, bg.params.a, bg.params.b].map(sig3)).toEqual([0.243, 4.41, 0.793, 2.43]);
    expect(bg.logLikelihood).toBeCloseTo(-9582.4, 0);
    expect(bg.converged).toBe(true);
    const pn = holdout.fits.paretoNbd!;
    expect(pn.params.r).toBeCloseTo(0.553, 2);
    expect(pn.params.s).toBeCloseTo(0.606, 2);
    expect(pn.logLikelihood).toBeCloseTo(-9595.0, 0);
    expect(holdout.errors.bgnbd!.totalError).toBeLessThan(0.1);
    // 1,882 repeat purchase-days in the holdout, 2,457 in calibration (README of the data).
    const actual = holdout.byFrequency.reduce((sum, g) => sum + g.actual * g.customers, 0);
    expect(Math.round(actual)).toBe(1882);
    expect(holdout.cumulative.at(-1)).toMatchObject({ day: '1998-06-30', actual: 1882 + 2457 });
    expect(holdout.byFrequency.map((g) => g.x)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(holdout.byFrequency.at(-1)!.orMore).toBe(true);
    // Customers by calibration repeat purchases: 1,411 never came back (FHL 2005, figure 3).
    expect(holdout.byFrequency.map((g) => g.customers)).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
  });

  it('scores every customer on the whole period and caches the result by its inputs', async () => {
    const result = (await api.predictions(workspaceId, CDNOW_SETTINGS))!;
    expect(result.cached).toBe(true);
    expect(result.fallback).toBe(false);
    expect(['bgnbd', 'paretoNbd']).toContain(result.model);
    expect(result.totals.customers).toBe(2357);
    expect(result.pAliveBins.reduce((a, b) => a + b, 0)).toBe(2357);
    expect(result.clvBins.reduce((a, b) => a + b.customers, 0)).toBe(2357);
    expect(result.top).toHaveLength(20);
    const clvs = result.top.map((t) => t.clvCents);
    expect(clvs).toEqual([...clvs].sort((a, b) => b - a));
    expect(result.fits.gammaGamma!.customers).toBeGreaterThan(900);
    expect(result.spendFrequencyCorrelation).not.toBeNull();
    expect(result.totals.predictedClvCents).toBeGreaterThan(0);
    await api.savePredictionSettings(workspaceId, CDNOW_SETTINGS);
    expect(await api.predictionSettings(workspaceId)).toEqual(CDNOW_SETTINGS);
    expect((await api.cachedPredictions(workspaceId))?.totals).toEqual(result.totals);
  });
});

describe('prediction columns of the customer list', () => {
  it('sorts, shows and exports P(alive), expected purchases and predicted CLV once predictions exist', async () => {
    const result = (await api.predictions(workspaceId, CDNOW_SETTINGS))!;
    const columns = ['id', 'pAlive', 'expectedPurchases', 'predictedClvCents'] as const;
    const page = await api.customerPage(workspaceId, DEFAULT_CUSTOMER_SETTINGS, {
      filter: {}, sort: { column: 'predictedClvCents', direction: 'desc' }, offset: 0, limit: 2, columns: [...columns],
    });
    const [first, second] = result.top;
    expect(page.rows).toEqual([
      { id: first!.id, pAlive: first!.pAlive, expectedPurchases: first!.expectedPurchases, predictedClvCents: first!.clvCents },
      { id: second!.id, pAlive: second!.pAlive, expectedPurchases: second!.expectedPurchases, predictedClvCents: second!.clvCents },
    ]);
    const bytes = await api.exportCustomers(workspaceId, DEFAULT_CUSTOMER_SETTINGS, {}, [...columns],
      { id: 'Customer', pAlive: 'P(alive)', expectedPurchases: 'Expected', predictedClvCents: 'CLV' }, {},
      { column: 'predictedClvCents', direction: 'desc' });
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[0]).toBe('Customer,P(alive),Expected,CLV');
    expect(lines[1]).toBe([
      first!.id, Math.round(first!.pAlive * 100) / 100, Math.round(first!.expectedPurchases * 100) / 100,
      (first!.clvCents / 100).toFixed(2),
    ].join(','));
  });
});

describe('guards', () => {
  it('re-sorts a list already sorted by predicted CLV once predictions arrive', async () => {
    const id = (await api.createWorkspace('CDNOW again')).id;
    await importText(id, readFileSync(CDNOW, 'utf8'), 'cdnow_sample_transactions.csv');
    const query: CustomerPageQuery = {
      filter: {}, sort: { column: 'predictedClvCents', direction: 'desc' }, offset: 0, limit: 1, columns: ['id'],
    };
    const before = await api.customerPage(id, DEFAULT_CUSTOMER_SETTINGS, query);
    const result = (await api.predictions(id, CDNOW_SETTINGS))!;
    const after = await api.customerPage(id, DEFAULT_CUSTOMER_SETTINGS, query);
    expect([before.rows[0]!['id'], after.rows[0]!['id']]).toEqual(['1', result.top[0]!.id]);
  });

  it("gives each group its predicted value once predictions exist, and never fits for it", async () => {
    const id = (await api.createWorkspace('CDNOW for groups')).id;
    await importText(id, readFileSync(CDNOW, 'utf8'), 'cdnow_sample_transactions.csv');
    expect(await api.groupPredictions(id, 'tier')).toBeNull();
    await api.savePredictionSettings(id, CDNOW_SETTINGS);
    const result = (await api.predictions(id, CDNOW_SETTINGS))!;
    const tiers = (await api.groupPredictions(id, 'tier'))!;
    expect(tiers.map((t) => t.group)).toEqual(['high', 'mid', 'low']);
    const perCustomer = (t: { predictedClvCents: number; customers: number }) => t.predictedClvCents / t.customers;
    expect(perCustomer(tiers[0]!)).toBeGreaterThan(perCustomer(tiers[2]!));
    // Every customer with a tier is counted once, and their values add up to the screen's totals.
    const lifecycle = (await api.groupPredictions(id, 'lifecycle'))!;
    const sum = (rows: typeof tiers, key: 'customers' | 'predictedClvCents') => rows.reduce((a, r) => a + r[key], 0);
    expect(sum(lifecycle, 'customers')).toBe(result.totals.customers);
    expect(Math.abs(sum(lifecycle, 'predictedClvCents') - result.totals.predictedClvCents)).toBeLessThan(lifecycle.length);
  });

  it("computes a top customer's CLV as the discounted sum of the model's weekly purchases × spend × margin", async () => {
    const result = (await api.predictions(workspaceId, CDNOW_SETTINGS))!;
    const top = result.top[0]!;
    const model = result.model!;
    const params = result.fits[model]!.params;
    const expected = model === 'bgnbd'
      ? (t: number) => bgnbdConditionalExpected(params as never, t, top.x, top.tx, top.T)
      : (t: number) => paretoNbdConditionalExpected(params as never, t, top.x, top.tx, top.T);
    let clv = 0;
    for (let k = 1; k <= CDNOW_SETTINGS.horizon; k++) {
      const weekly = expected(k) - expected(k - 1);
      clv += weekly * (1 + CDNOW_SETTINGS.discountPerYear) ** (-(k * 7) / 365.2425);
    }
    clv *= top.spendCents * CDNOW_SETTINGS.margin;
    expect(top.clvCents).toBeCloseTo(clv, 6);
    expect(top.expectedPurchases).toBeCloseTo(expected(CDNOW_SETTINGS.horizon), 9);
  });

  it('says so when the calibration end lies outside the history, and still predicts with BG/NBD', async () => {
    const result = (await api.predictions(workspaceId, { ...CDNOW_SETTINGS, calibrationEnd: '1999-01-01' }))!;
    expect(result.notes).toEqual([{ key: 'predictions.note.holdoutOutside', params: { day: '1999-01-01' } }]);
    expect([result.holdout, result.model, result.fallback]).toEqual([null, 'bgnbd', false]);
  });

  it('falls back to historic values with a note when there are fewer than 100 customers', async () => {
    const lines = readFileSync(CDNOW, 'utf8').split('\n');
    const few = [lines[0], ...lines.slice(1).filter((l) => Number(l.split(',')[0]) <= 50)].join('\n');
    const id = (await api.createWorkspace('few')).id;
    await importText(id, few, 'few.csv');
    const result = (await api.predictions(id, DEFAULT_PREDICTION_SETTINGS))!;
    expect(result.fallback).toBe(true);
    expect(result.model).toBeNull();
    expect(result.notes).toEqual([{ key: 'predictions.note.tooFew', params: {
      customers: 50, repeaters: expect.any(Number), minCustomers: 100, minRepeaters: 20,
    } }]);
    expect(result.holdout).toBeNull();
    expect(result.top).toHaveLength(20);
    // No model: the customer list's prediction columns stay empty.
    const page = await api.customerPage(id, DEFAULT_CUSTOMER_SETTINGS, {
      filter: {}, sort: { column: 'id', direction: 'asc' }, offset: 0, limit: 1, columns: ['id', 'pAlive', 'predictedClvCents'],
    });
    expect(page.rows).toEqual([{ id: '1', pAlive: null, predictedClvCents: null }]);
  });
});
