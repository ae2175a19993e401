import type { Config } from 'vega-lite';

/** The system font stack, CJK fonts included, so chart labels match the page in both languages. */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", ' +
  '"Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

/** Chart colours and fonts for the current theme; muted axes so the data carries the contrast. */
export function chartConfig(dark: boolean): Config {
  const text = dark ? '#c9d1db' : '#3d4652';
  const grid = dark ? '#2c333d' : '#e6e9ee';
  const mark = dark ? '#6ea8fe' : '#2563c9';
  return {
    background: 'transparent',
    font: FONT_STACK,
    view: { stroke: null },
    axis: {
      labelColor: text, titleColor: text, gridColor: grid, domainColor: grid, tickColor: grid,
      labelFontSize: 12, titleFontSize: 12, titleFontWeight: 500,
    },
    legend: { labelColor: text, titleColor: text },
    // the panel titles of small multiples
    header: { labelColor: text, titleColor: text },
    title: { color: text },
    line: { color: mark, strokeWidth: 2 },
    point: { color: mark, filled: true },
    // a gap between monthly bars reads as separate months (Vega-Lite accepts a relative band width in the
    // bar config at run time, though its config type lists only numbers)
    bar: {
      color: mark, width: { band: 0.78 }, cornerRadiusTopLeft: 2, cornerRadiusTopRight: 2,
    } as unknown as Config['bar'],
    axisX: { grid: false },
    // the value's title sits level above the axis: rotated Chinese text reads sideways
    axisY: {
      titleAngle: 0, titleAlign: 'left', titleAnchor: 'end', titleBaseline: 'bottom', titleX: 0, titleY: -10,
      titleFontWeight: 600,
    },
    area: { color: mark },
    // text marks (names on the RFM grid) follow the theme like axis labels
    text: { color: text },
    mark: { color: mark },
    range: { category: [mark, '#e07a2f', '#2f9e6e', '#9b59b6', '#c2415b'] },
  };
}
