import { afterAll, describe, expect, it } from 'vitest';
import type { ClusterTrait } from '../../src/core/clustering/cluster-types';
import { locale } from '../../src/i18n';
import { clusterDescription, clusterNote, featureValue } from '../../src/state/cluster-words';

afterAll(() => locale.set('en'));

const trait = (
  feature: ClusterTrait['feature'], direction: ClusterTrait['direction'], z: number,
): ClusterTrait => ({ feature, direction, z });

describe('clusterDescription', () => {
  // Frequent buyers of small orders who bought lately: the issue's own example.
  const traits = [trait('frequency', 'high', 1.4), trait('aov', 'low', -1.1), trait('recency', 'low', -0.9)];

  it('says how a cluster differs from the average, strongest trait first, in English', () => {
    locale.set('en');
    expect(clusterDescription(traits)).toBe('Buy often, spend little per order, recently active');
    expect(clusterDescription([trait('recency', 'high', 1.2)])).toBe('Inactive for a long time');
    expect(clusterDescription([])).toBe('Close to the average customer');
  });

  it('and in Chinese', () => {
    locale.set('zh-CN');
    expect(clusterDescription(traits)).toBe('购买频繁，客单价低，近期活跃');
    expect(clusterDescription([])).toBe('接近平均客户');
  });
});

describe('featureValue and clusterNote', () => {
  it('writes each feature in its unit and the notes with translated feature names', () => {
    locale.set('en');
    expect(featureValue('recency', 41.6, 'USD')).toBe('42 days');
    expect(featureValue('monetary', 123456, 'USD')).toBe('$1,234.56');
    expect(featureValue('frequency', 2.25, null)).toBe('2.3 purchases');
    expect(featureValue('frequency', 1.02, null)).toBe('1 purchase');
    expect(featureValue('breadth', 1, null)).toBe('1 category');
    expect(featureValue('interval', Number.NaN, null)).toBe('–');
    expect(clusterNote({ key: 'cluster.constant', params: { feature: 'breadth' } }, null))
      .toBe('Categories bought is the same for every customer, so it was left out.');
    expect(clusterNote(
      { key: 'cluster.imputed', params: { feature: 'interval', customers: 1226, value: 21 } }, null,
    )).toBe(
      'Days between purchases is unknown for 1,226 customers (one purchase only); ' +
      'they were given the median, 21 days.',
    );
    locale.set('zh-CN');
    expect(clusterNote({ key: 'cluster.tooFew', params: { customers: 3 } }, null))
      .toBe('只有 3 位有购买的客户，不足以聚类。');
  });
});
