import type { ClusterFeature, ClusterNote, ClusterTrait } from '../core/clustering/cluster-types';
import { formatMoney, formatNumber, locale, t } from '../i18n';

/** A feature's name in the current language. */
export function featureLabel(feature: ClusterFeature): string {
  return t(`cluster.feature.${feature}`);
}

/**
 * How a cluster differs from the average purchaser, in words: its traits as phrases, strongest first
 * ("Buy often, spend little per order, recently active" / "购买频繁，客单价低，近期活跃"); an average cluster says so.
 */
export function clusterDescription(traits: readonly ClusterTrait[]): string {
  if (traits.length === 0) return t('cluster.average');
  const phrases = traits.map((trait) => t(`cluster.trait.${trait.feature}.${trait.direction}`));
  const text = phrases.join(t('cluster.traitSeparator'));
  return locale.language === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A feature's mean raw value in its unit: days, purchases, money, categories; '–' when unknown. */
export function featureValue(
  feature: ClusterFeature, raw: number | undefined, currency: string | null,
): string {
  if (raw === undefined || !Number.isFinite(raw)) return '–';
  // "1 purchase", "1.4 purchases": the singular only when the number shown is exactly one
  const one = (n: string) => Number(n.replace(/[^\d.]/g, '')) === 1;
  switch (feature) {
    case 'recency': case 'tenure': case 'interval': {
      const n = formatNumber(raw);
      return t(one(n) ? 'cluster.value.day' : 'cluster.value.days', { n });
    }
    case 'monetary': case 'aov':
      return formatMoney(Math.round(raw), currency);
    case 'frequency': {
      const n = formatNumber(raw, 1);
      return t(one(n) ? 'cluster.value.purchase' : 'cluster.value.purchases', { n });
    }
    case 'breadth': {
      const n = formatNumber(raw, 1);
      return t(one(n) ? 'cluster.value.category' : 'cluster.value.categories', { n });
    }
  }
}

/** A note of the clustering (a dropped or filled feature, too few customers) as a sentence. */
export function clusterNote(note: ClusterNote, currency: string | null): string {
  const params = note.params ?? {};
  const feature = typeof params.feature === 'string' ? (params.feature as ClusterFeature) : null;
  switch (note.key) {
    case 'cluster.constant':
      return t('cluster.note.constant', { feature: feature ? featureLabel(feature) : '' });
    case 'cluster.imputed':
      return t('cluster.note.imputed', {
        feature: feature ? featureLabel(feature) : '', customers: formatNumber(Number(params.customers ?? 0)),
        value: feature ? featureValue(feature, Number(params.value), currency) : String(params.value ?? ''),
      });
    case 'cluster.tooFew':
      return t('cluster.note.tooFew', { customers: formatNumber(Number(params.customers ?? 0)) });
    default:
      return note.key;
  }
}
