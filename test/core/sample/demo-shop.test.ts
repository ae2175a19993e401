import { describe, expect, it } from 'vitest';
import { demoShopCsv } from '../../../src/core/sample/demo-shop';
import { overviewOf } from '../../../src/core/metrics/overview';
import { isoToDay } from '../../../src/core/dates';
import { orderTable } from '../metrics/order-table';

const csv = demoShopCsv();
const [header, ...lines] = csv.slice(0, -1).split('\n');
const rows = lines.map((line) => line.split(','));
const column = (name: string) => header!.split(',').indexOf(name);
const values = (name: string) => rows.map((row) => row[column(name)]!);

describe('demoShopCsv', () => {
  it('writes the same text for the same seed and another for another seed', () => {
    expect(demoShopCsv(20240501)).toBe(csv);
    expect(demoShopCsv(7)).not.toBe(csv);
    expect(demoShopCsv(7)).toBe(demoShopCsv(7));
  });

  it('has the documented header, one newline-terminated line per order, and about 2,500 customers', () => {
    expect(header).toBe(
      'order_id,customer_id,customer_name,order_date,amount,currency,quantity,category,status,region,channel',
    );
    expect(csv.endsWith('\n') && !csv.includes('\r')).toBe(true);
    expect(rows.length).toBeGreaterThanOrEqual(12_000);
    expect(rows.length).toBeLessThanOrEqual(20_000);
    expect(rows.every((row) => row.length === 11)).toBe(true);
    expect(new Set(values('customer_id')).size).toBe(2500);
  });

  it.each([
    ['order_id', /^(SO|RF)\d{6}$/],
    ['customer_id', /^C\d{5}$/],
    ['customer_name', /^([\u4e00-\u9fff]{2,3}|[A-Z][a-zë]+ [A-Z][a-zü]+)$/],
    ['order_date', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/],
    ['amount', /^-?\d+\.\d{2}$/],
    ['currency', /^CNY$/],
    ['quantity', /^[1-9]\d*$/],
    ['category', /^(Tea|Teaware|Coffee|Snacks|Gift sets|Stationery)$/],
    ['status', /^(completed|processing|cancelled|refunded)$/],
    ['region', /^(华东|华北|华南|西南|华中|North America|Europe)$/],
    ['channel', /^(Online store|微信小程序|Marketplace|Retail)$/],
  ])('writes every %s well-formed', (name, pattern) => {
    expect(values(name).filter((value) => !pattern.test(value))).toEqual([]);
  });

  it('dates every order from 2024-05-01 to 2025-10-31 in file order, with unique order ids', () => {
    const dates = values('order_date');
    expect(dates.every((date) => isoToDay(date.slice(0, 10)) >= isoToDay('2024-05-01'))).toBe(true);
    expect(dates.every((date) => date.slice(0, 10) <= '2025-10-31')).toBe(true);
    expect(dates.every((date, i) => i === 0 || dates[i - 1]! <= date)).toBe(true);
    expect(dates[0]!.slice(0, 7)).toBe('2024-05');
    expect(dates.at(-1)!.slice(0, 7)).toBe('2025-10');
    expect(new Set(values('order_id')).size).toBe(rows.length);
  });

  it('has cancellations, negative refunds, and names in both languages', () => {
    const byStatus = (status: string) => rows.filter((row) => row[column('status')] === status);
    expect(byStatus('cancelled').length).toBeGreaterThan(100);
    expect(byStatus('refunded').length).toBeGreaterThan(100);
    expect(byStatus('refunded').every((row) => row[column('amount')]!.startsWith('-'))).toBe(true);
    const negative = rows.filter((row) => row[column('amount')]!.startsWith('-'));
    expect(negative.filter((row) => row[column('status')] !== 'refunded')).toEqual([]);
    const names = values('customer_name');
    expect(names.some((name) => /^[\u4e00-\u9fff]+$/.test(name))).toBe(true);
    expect(names.some((name) => /^[A-Za-zë]+ [A-Za-zü]+$/.test(name))).toBe(true);
  });

  it('reads like a real shop in the Overview: Double 11, many one-timers, some loyal buyers', () => {
    const table = orderTable(rows.map((row) => ({
      customer: row[column('customer_id')]!,
      date: row[column('order_date')]!.slice(0, 10),
      amount: Number(row[column('amount')]),
      status: row[column('status')]!,
      currency: row[column('currency')]!,
    })));
    const overview = overviewOf(table, { from: null, to: null });
    const month = (key: string) => overview.monthly.find((m) => m.month === key)!;
    expect([overview.dataFrom, overview.dataTo, overview.currency]).toEqual(['2024-05-01', '2025-10-31', 'CNY']);
    expect(overview.monthly).toHaveLength(18);
    expect(month('2024-11').revenueCents).toBeGreaterThan(1.5 * month('2024-10').revenueCents);
    expect(month('2025-02').orders).toBeLessThan(month('2025-01').orders);
    expect(overview.kpis.repeatRate).toBeGreaterThan(0.3);
    expect(overview.kpis.repeatRate).toBeLessThan(0.7);
    const perCustomer = new Map<string, number>();
    for (const row of rows) if (row[column('status')] === 'completed') {
      perCustomer.set(row[1]!, (perCustomer.get(row[1]!) ?? 0) + 1);
    }
    expect([...perCustomer.values()].filter((n) => n >= 20).length).toBeGreaterThan(50);
  });
});
