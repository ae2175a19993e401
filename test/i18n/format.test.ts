import { afterAll, describe, expect, it } from 'vitest';
import {
  formatBytes, formatDate, formatList, formatMoney, formatNumber, formatPercent, formatSeconds,
} from '../../src/i18n/format';
import { locale, t } from '../../src/i18n/locale.svelte';

afterAll(() => locale.set('en'));

describe('formatters follow the chosen language', () => {
  it('in English', () => {
    locale.set('en');
    expect([
      formatNumber(1234567),
      formatMoney(123456, 'USD'),
      formatMoney(1234567800, 'USD'),
      formatMoney(-2500, 'EUR'),
      formatMoney(199, null),
      formatPercent(0.1234),
      formatDate('2024-05-01'),
      formatBytes(512),
      formatBytes(41_943_040),
      formatList(['Customer ID', 'Order date']),
      t('import.doneCounts', { added: '3', updated: '1', unchanged: '0' }),
    ]).toEqual([
      '1,234,567', '$1,234.56', '$12,345,678', '-€25.00', '1.99', '12.3%', 'May 1, 2024', '512 B', '40 MB',
      'Customer ID and Order date', '3 new, 1 updated, 0 already known',
    ]);
  });

  it('in Simplified Chinese', () => {
    locale.set('zh-CN');
    expect([
      formatNumber(1234567),
      formatMoney(123456, 'CNY'),
      formatPercent(0.5),
      formatDate('2024-05-01'),
      formatList(['客户编号', '下单日期']),
      t('nav.overview'),
    ]).toEqual(['1,234,567', '¥1,234.56', '50.0%', '2024年5月1日', '客户编号和下单日期', '概览']);
  });

  it('keeps an unknown currency code readable as a plain number', () => {
    locale.set('en');
    expect(formatMoney(1050, 'not-a-code')).toBe('10.50');
  });
});

describe('formatSeconds', () => {
  it('writes short steps in milliseconds (never "0 sec") and longer ones in seconds', () => {
    locale.set('en');
    const english = [formatSeconds(0), formatSeconds(37.6), formatSeconds(999.4), formatSeconds(1244.9)];
    locale.set('zh-CN');
    const chinese = [formatSeconds(3), formatSeconds(2500)];
    expect([english, chinese]).toEqual([['0 ms', '38 ms', '999 ms', '1.24 sec'], ['3毫秒', '2.5秒']]);
  });
});
