import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DAY_ORDERS,
  DELIMITERS,
  ENCODINGS,
  FILE_PROBLEMS,
  KNOWN_SOURCES,
  KPI_KEYS,
  ORDER_FIELDS,
  REJECT_REASONS,
} from '../../src/core/types';
import { TREND_METRICS } from '../../src/charts/monthly-trend';
import {
  BEHAVIOURS, CN_EIGHT, CUSTOMER_COLUMNS, CUSTOMER_FIELDS, GROUPINGS, LIFECYCLE_STAGES, RFM_SEGMENTS, VALUE_TIERS,
} from '../../src/core/customer-types';
import { PROFILE_NUMBER_FIELDS } from '../../src/core/query/condition-fields';
import { DELIMITER_NAMES } from '../../src/i18n/delimiter-names';
import { en } from '../../src/i18n/en';
import { LANGUAGES } from '../../src/i18n/languages';
import { zhCN } from '../../src/i18n/zh-CN';
import { RANGE_PRESETS } from '../../src/state/date-presets';
import { SCREENS } from '../../src/state/route';
import { THEMES } from '../../src/state/theme.svelte';

const catalogs = { en: en as Record<string, string>, 'zh-CN': zhCN as Record<string, string> };
const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

/** Keys written literally as t('a.b') or t(`a.b`) (no ${}) anywhere under src/. */
function literalKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*(['"`])([\w.-]+)\1/g)) keys.add(match[2]!);
  }
  return keys;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe('message catalogs', () => {
  it('have exactly the same keys in English and Chinese', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries(catalogs))('%s has no empty message', (_language, catalog) => {
    const empty = Object.entries(catalog).filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same {placeholders} for each key in both languages', () => {
    const mismatched = Object.keys(en).filter(
      (key) => placeholders(catalogs.en[key]!).join() !== placeholders(catalogs['zh-CN'][key]!).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('translate the Chinese catalog rather than copy English (beyond names and codes)', () => {
    const same = Object.keys(en).filter((key) => catalogs.en[key] === catalogs['zh-CN'][key]);
    expect(same.sort()).toEqual([
      'app.name', 'encoding.utf-16be', 'encoding.utf-16le', 'encoding.utf-8', 'lang.en', 'lang.zh-CN',
    ]);
  });

  it('hold every key used literally in the source', () => {
    const used = literalKeys();
    expect(used.size).toBeGreaterThan(100); // the scan itself works
    const missing = [...used].filter((key) => !(key in en) || !(key in zhCN));
    expect(missing).toEqual([]);
  });

  it('hold every key built from the shared constant lists', () => {
    const built = [
      ...REJECT_REASONS.map((r) => `reject.${r}`),
      ...FILE_PROBLEMS.map((p) => `problem.${p}`),
      ...[...ORDER_FIELDS, 'keep', 'ignore'].map((r) => `role.${r}`),
      ...KPI_KEYS.flatMap((k) => [`kpi.${k}`, `kpiDef.${k}`]),
      ...KNOWN_SOURCES.map((s) => `source.${s}`),
      ...ENCODINGS.map((e) => `encoding.${e}`),
      ...DELIMITERS.map((d) => `delimiter.${DELIMITER_NAMES[d]}`),
      ...DAY_ORDERS.map((d) => `dayOrder.${d}`),
      ...TREND_METRICS.map((m) => `metric.${m}`),
      ...RANGE_PRESETS.map((p) => `overview.preset.${p}`),
      ...SCREENS.map((s) => `nav.${s}`),
      ...THEMES.map((th) => `theme.${th}`),
      ...LANGUAGES.map((l) => `lang.${l}`),
      ...['reading', 'parsing', 'merging', 'saving', 'done'].map((p) => `phase.${p}`),
      ...['demo', 'cdnow'].map((s) => `sample.${s}`),
      ...RFM_SEGMENTS.flatMap((s) => [`rfm.segment.${s}`, `rfm.action.${s}`]),
      ...CN_EIGHT.map((s) => `cnEight.${s}`),
      ...VALUE_TIERS.map((s) => `tier.${s}`),
      ...BEHAVIOURS.map((s) => `behaviour.${s}`),
      ...LIFECYCLE_STAGES.map((s) => `lifecycle.${s}`),
      ...GROUPINGS.map((g) => `grouping.${g}`),
      ...CUSTOMER_COLUMNS.map((c) => `column.${c}`),
      ...PROFILE_NUMBER_FIELDS.map((c) => `column.${c}`),
      ...CUSTOMER_FIELDS.map((f) => `attribute.${f}`),
      ...['recency', 'frequency', 'monetary'].map((d) => `rfm.dim.${d}`),
      ...['fewDistinctValues', 'mostCommonValue'].map((r) => `rfm.collapsed.${r}`),
      ...['badDay', 'badDays', 'badNumber', 'minAboveMax', 'noValues', 'unknownField'].map((p) => `condition.${p}`),
      ...['numbers', 'scores', 'groupings', 'attributes', 'dates'].map((l) => `builder.fields.${l}`),
      ...['customers', 'purchasers', 'inBoth', 'ordersOnly', 'fileOnly'].map((c) => `segments.count.${c}`),
      ...['high', 'mid', 'churnDays', 'atRiskDays', 'loyalOccasions'].map((f) => `thresholds.${f}`),
    ];
    const missing = built.filter((key) => !(key in en) || !(key in zhCN));
    expect(missing).toEqual([]);
  });

  it('use the agreed Chinese terms for the core business words', () => {
    expect([
      zhCN['nav.overview'], zhCN['nav.import'], zhCN['workspace.label'], zhCN['kpi.revenue'],
      zhCN['kpi.aov'], zhCN['kpi.repeatRate'], zhCN['kpi.arpa'], zhCN['sample.demo'], zhCN['sample.cdnow'],
    ]).toEqual([
      '概览', '导入', '工作区', '营收', '客单价', '复购率', '每客户平均收入（ARPA）', '演示商店', 'CDNOW（音乐商店，1997–98）',
    ]);
    // RFM segment names as REFERENCE.md §2 writes them, and the 中国八类 in its table's order
    expect(RFM_SEGMENTS.map((s) => zhCN[`rfm.segment.${s}`])).toEqual([
      '冠军客户', '忠诚客户', '潜力客户', '新客户', '有望客户', '需关注客户', '即将沉睡', '流失风险', '不能失去', '沉睡客户', '已流失',
    ]);
    expect(CN_EIGHT.map((s) => zhCN[`cnEight.${s}`])).toEqual([
      '重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户', '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户',
    ]);
  });
});
