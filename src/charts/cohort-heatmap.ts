import type { TopLevelSpec } from 'vega-lite';
import type { CohortCells, CohortTable } from '../core/cohorts/cohort-types';
import { vegaNumberLocale } from './vega-locale';

export const COHORT_MEASURES = [
  'retention', 'active', 'revenue', 'revenuePerCustomer', 'cumulativePerCustomer',
] as const;
export type CohortMeasure = (typeof COHORT_MEASURES)[number];

/** Translated texts of the cohort heatmap. */
export interface CohortHeatmapLabels {
  description: string;
  /** Title of the rows (cohorts) and of the offsets across, e.g. 'Months after first purchase'. */
  cohort: string;
  offset: string;
  /** Name of the first row, all cohorts together, e.g. 'All cohorts'. */
  all: string;
  /** Legend and tooltip title of the measure. */
  value: string;
  /** The sentence a cell is read out and hovered with; the totals row comes with key ''. */
  sentence: (row: { key: string; size: number }, offset: number, measure: CohortMeasure) => string;
}

/** How cells are written: `money` formats cents, `percent` a 0–1 share, `period` a key like '2024-Q2'. */
export interface CohortHeatmapFormat {
  locale: string;
  money: (cents: number) => string;
  count: (value: number) => string;
  percent: (share: number) => string;
  period: (key: string) => string;
}

/** Cells past which the heatmap is drawn without the values written in them. */
export const MAX_TEXT_CELLS = 1200;

/** The point selection a click on a cell sets; its value names the cohort's key ('' for the totals row). */
export const COHORT_HEATMAP_SIGNAL = 'pickCohort';

const CELLS: Record<CohortMeasure, keyof CohortCells> = {
  retention: 'retention',
  active: 'active',
  revenue: 'revenueCents',
  revenuePerCustomer: 'revenuePerCustomerCents',
  cumulativePerCustomer: 'cumulativePerCustomerCents',
};

/**
 * Heatmap of one cohort measure: the totals row first, then one row per cohort oldest first (labelled with
 * its size), one column per period offset; money is coloured in currency units (cents / 100). Colours span
 * the cohorts' cells; summed totals (customers, revenue) take the darkest. `selected` dims the other
 * cohorts' rows, the totals row stays as the reference. Same input, same spec.
 */
export function cohortHeatmapSpec(
  table: CohortTable,
  measure: CohortMeasure,
  selected: string | null,
  labels: CohortHeatmapLabels,
  format: CohortHeatmapFormat,
): TopLevelSpec {
  const kind = measure === 'retention' ? 'share' : measure === 'active' ? 'count' : 'money';
  const write = kind === 'share' ? format.percent : kind === 'count' ? format.count : format.money;
  const rows = table.cohorts.length === 0 ? [] : [
    { key: '', name: labels.all, cells: table.totals },
    ...table.cohorts.map((cohort) => ({ key: cohort.key, name: format.period(cohort.key), cells: cohort })),
  ];
  const cells = rows.flatMap(({ key, name, cells: row }) => {
    const rowLabel = `${name} · ${format.count(row.size)}`;
    return row[CELLS[measure]].flatMap((raw, offset) => {
      if (!Number.isFinite(raw)) return [];
      const sentence = labels.sentence({ key, size: row.size }, offset, measure);
      return [{
        key, rowLabel, offset, value: kind === 'money' ? raw / 100 : raw, valueLabel: write(raw), sentence,
        dim: selected !== null && key !== '' && key !== selected,
      }];
    });
  });
  // Customers and revenue add up over cohorts, so the totals row would outshine every cohort: the colours
  // span the cohorts' cells only, and the totals cells take the darkest colour.
  const additive = measure === 'active' || measure === 'revenue';
  // Every cohort buys in its first period (100%): colouring later periods against that would leave them all
  // pale, so the first period takes the darkest colour and the scale spans the later ones.
  const later = cells.some((cell) => cell.offset > 0);
  const firstFull = (measure === 'retention' || measure === 'active') && later;
  const scaled = cells
    .filter((cell) => (!additive || cell.key !== '') && (!firstFull || cell.offset > 0))
    .map((cell) => cell.value);
  const high = Math.max(kind === 'share' && !firstFull ? 1 : 0, ...scaled);
  const low = Math.min(0, ...scaled);
  const [from, to] = high > low ? [low, high] : [0, 1];
  // Text turns white where the colour is dark enough that dark text would fade into it.
  const values = cells.map((cell) => ({ ...cell, dark: (cell.value - from) / (to - from) > 0.6 }));
  const offsets = Math.max(1, ...values.map((cell) => cell.offset + 1));
  const tooltip = [
    // vega-tooltip shows an entry titled 'title' as the tooltip's heading
    { field: 'sentence', type: 'nominal', title: 'title' },
    { field: 'rowLabel', type: 'nominal', title: labels.cohort },
    { field: 'offset', type: 'ordinal', title: labels.offset },
    { field: 'valueLabel', type: 'nominal', title: labels.value },
  ] as const;
  const dim = { condition: { test: 'datum.dim', value: 0.3 }, value: 1 } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    width: 'container',
    height: { step: 22 },
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    encoding: {
      y: {
        field: 'rowLabel', type: 'ordinal', sort: null, title: labels.cohort, scale: { paddingInner: 0.08 },
        // the title sits in the corner above the row labels, clear of the offsets' axis on top
        axis: {
          labelLimit: 180, ticks: false, domain: false,
          titleAlign: 'right', titleX: -6, titleY: -6, titleBaseline: 'bottom',
        },
      },
      x: {
        // gaps between cells, rather than white strokes, work on a light and a dark page alike
        field: 'offset', type: 'ordinal', title: labels.offset, scale: { paddingInner: 0.04 },
        axis: { orient: 'top', labelAngle: 0, labelOverlap: 'greedy', ticks: false, domain: false },
      },
    },
    layer: [
      {
        params: [{
          name: COHORT_HEATMAP_SIGNAL, select: { type: 'point', fields: ['key'], on: 'click', clear: false },
        }],
        mark: { type: 'rect', tooltip: true, cursor: 'pointer' },
        encoding: {
          color: {
            field: 'value', type: 'quantitative', title: labels.value,
            scale: { scheme: kind === 'money' ? 'teals' : 'blues', domain: [from, to], clamp: true },
            legend: { format: kind === 'share' ? '.0%' : '~s', orient: 'bottom', gradientLength: 160 },
          },
          opacity: dim,
          description: { field: 'sentence', type: 'nominal' },
          tooltip: [...tooltip],
        },
      },
      // Past MAX_TEXT_CELLS (years of monthly cohorts) the cells are too small to write in, and a text mark
      // per cell would double what the browser draws: colour and tooltip tell the value.
      ...(values.length > MAX_TEXT_CELLS ? [] : [{
        mark: {
          type: 'text', aria: false, cursor: 'pointer',
          // a cell too narrow for its number stays plain colour; the tooltip still tells it
          fontSize: { expr: `width / ${offsets} < 34 ? 0 : 10` },
          limit: { expr: `width / ${offsets} - 2` },
        },
        encoding: {
          text: { field: 'valueLabel', type: 'nominal' },
          color: { condition: { test: 'datum.dark', value: '#ffffff' }, value: '#1f2933' },
          opacity: dim,
          tooltip: [...tooltip],
        },
      }]),
    ],
    config: {
      locale: { number: vegaNumberLocale(format.locale) }, axis: { grid: false }, view: { stroke: null },
    },
  } as TopLevelSpec;
}
