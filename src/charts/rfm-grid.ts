import type { TopLevelSpec } from 'vega-lite';
import type { RfmSummary } from '../core/customer-types';
import { vegaNumberLocale } from './vega-locale';

/** Translated texts of the RFM grid; `segments` maps a segment key to its name. */
export interface RfmGridLabels {
  description: string;
  /** Axis titles: recency score (5 = most recent) and the combined frequency–monetary score. */
  r: string;
  fm: string;
  segment: string;
  customers: string;
  revenue: string;
  segments: Record<string, string>;
}

/** How the tooltip writes values: `money` formats cents, `count` a whole number. */
export interface RfmGridFormat {
  locale: string;
  money: (cents: number) => string;
  count: (value: number) => string;
}

/** The Vega-Lite point selection a click on a cell sets; its value names the cell's segment. */
export const RFM_GRID_SIGNAL = 'pick';

/**
 * The 5×5 RFM grid: recency score up (5 on top), FM score across; each cell a square whose area grows with its
 * customers and whose colour darkens with its revenue (currency units), named by its segment. `selected`
 * dims the other segments' cells.
 */
export function rfmGridSpec(
  grid: RfmSummary['grid'],
  selected: string | null,
  labels: RfmGridLabels,
  format: RfmGridFormat,
): TopLevelSpec {
  const values = grid.map((cell) => {
    const name = labels.segments[cell.segment] ?? cell.segment;
    return {
      r: cell.r,
      fm: cell.fm,
      segment: cell.segment,
      name,
      customers: cell.customers,
      revenue: cell.revenueCents / 100,
      customersLabel: format.count(cell.customers),
      revenueLabel: format.money(cell.revenueCents),
      dim: selected !== null && cell.segment !== selected,
      cellLabel: `R ${cell.r}, FM ${cell.fm}: ${name}, ${format.count(cell.customers)}, ${format.money(cell.revenueCents)}`,
    };
  });
  const scores = [1, 2, 3, 4, 5];
  const x = {
    field: 'fm', type: 'ordinal', title: labels.fm, scale: { domain: scores },
    axis: { labelAngle: 0, labelPadding: 6 },
  } as const;
  const y = { field: 'r', type: 'ordinal', title: labels.r, scale: { domain: [...scores].reverse() } } as const;
  const tooltip = [
    { field: 'name', type: 'nominal', title: labels.segment },
    { field: 'customersLabel', type: 'nominal', title: labels.customers },
    { field: 'revenueLabel', type: 'nominal', title: labels.revenue },
  ] as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    width: 'container',
    height: 400,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    encoding: { x, y },
    layer: [
      {
        params: [{ name: RFM_GRID_SIGNAL, select: { type: 'point', fields: ['segment'], on: 'click', clear: false } }],
        mark: { type: 'square', tooltip: true, cursor: 'pointer', stroke: '#00000022', strokeWidth: 1 },
        encoding: {
          size: {
            field: 'customers', type: 'quantitative', title: labels.customers,
            scale: { type: 'sqrt', range: [30, { expr: 'width < 420 ? 700 : 1500' }], zero: true }, legend: null,
          },
          color: {
            field: 'revenue', type: 'quantitative', title: labels.revenue,
            // sqrt: one rich cell would otherwise leave every other cell the palest blue
            scale: { type: 'sqrt', scheme: 'blues', zero: true },
            legend: { format: '~s', orient: 'bottom', gradientLength: 160 },
          },
          opacity: { condition: { test: 'datum.dim', value: 0.25 }, value: 1 },
          description: { field: 'cellLabel', type: 'nominal' },
          tooltip: [...tooltip],
        },
      },
      {
        mark: {
          // two short lines fit above the square at 360 px; Chinese names are one line of four characters
          type: 'text', baseline: 'bottom', dy: -21, fontSize: { expr: 'width < 420 ? 8 : 10' }, lineBreak: ' ',
          cursor: 'pointer',
          limit: { expr: 'width / 5 - 2' }, aria: false,
        },
        encoding: {
          text: { field: 'name', type: 'nominal' },
          opacity: { condition: { test: 'datum.dim', value: 0.35 }, value: 1 },
          tooltip: [...tooltip],
        },
      },
    ],
    config: { locale: { number: vegaNumberLocale(format.locale) }, axis: { grid: false } },
  } as TopLevelSpec;
}
