import type { TopLevelSpec } from 'vega-lite';
import type { KCurvePoint } from '../core/clustering/cluster-types';
import { vegaNumberLocale } from './vega-locale';

/** Translated texts of the silhouette curve: `best` and `chosen` tag the best-scoring and the used k. */
export interface SilhouetteCurveLabels {
  description: string;
  k: string;
  silhouette: string;
  best: string;
  chosen: string;
}

/** How the silhouette (−1…1) is written. */
export interface SilhouetteCurveFormat {
  locale: string;
  number: (value: number) => string;
}

/** The point selection a click on a point sets; its value names the point's k (a number). */
export const SILHOUETTE_SIGNAL = 'pickK';

const ACCENT = '#e4572e';

/**
 * Line and points of the mean silhouette by number of clusters k, one tick per k; the chosen k's point is
 * larger and in the accent colour, and the best and chosen points are tagged above. Same input, same spec.
 */
export function silhouetteCurveSpec(
  curve: KCurvePoint[],
  k: number,
  bestK: number,
  labels: SilhouetteCurveLabels,
  format: SilhouetteCurveFormat,
): TopLevelSpec {
  const values = curve.map((point) => {
    const tags = [point.k === bestK ? labels.best : '', point.k === k ? labels.chosen : ''].filter(Boolean);
    const silhouetteLabel = format.number(point.silhouette);
    const tag = tags.join(', ');
    return {
      k: point.k, silhouette: point.silhouette, silhouetteLabel, chosen: point.k === k, tag,
      pointLabel: `k = ${point.k}, ${labels.silhouette}: ${silhouetteLabel}${tag ? ` (${tag})` : ''}`,
    };
  });
  // the other points and tags keep the theme's mark and text colours
  const accent = { condition: { test: 'datum.chosen', value: ACCENT } } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    width: 'container',
    height: 200,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    encoding: {
      x: {
        field: 'k', type: 'ordinal', title: labels.k, scale: { domain: values.map((v) => v.k) },
        axis: { labelAngle: 0 },
      },
      // the k's differ in the second decimal: an axis from 0 would flatten the curve they are chosen on
      y: {
        field: 'silhouette', type: 'quantitative', title: labels.silhouette,
        // room above the highest point for its tag, clear of the axis title
        scale: { zero: false, nice: true, padding: 18 },
      },
    },
    layer: [
      { mark: { type: 'line', aria: false } },
      {
        params: [{
          name: SILHOUETTE_SIGNAL, select: { type: 'point', fields: ['k'], on: 'click', clear: false },
        }],
        mark: { type: 'point', filled: true, opacity: 1, tooltip: true, cursor: 'pointer' },
        encoding: {
          size: { condition: { test: 'datum.chosen', value: 160 }, value: 60 },
          color: accent,
          description: { field: 'pointLabel', type: 'nominal' },
          tooltip: [
            { field: 'k', type: 'ordinal', title: labels.k },
            { field: 'silhouetteLabel', type: 'nominal', title: labels.silhouette },
          ],
        },
      },
      {
        transform: [{ filter: 'datum.tag' }],
        mark: { type: 'text', dy: -12, fontSize: 11, aria: false },
        encoding: {
          text: { field: 'tag', type: 'nominal' },
          color: accent,
        },
      },
    ],
    config: { locale: { number: vegaNumberLocale(format.locale) } },
  } as TopLevelSpec;
}
