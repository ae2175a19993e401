import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { silhouetteCurveSpec, SILHOUETTE_SIGNAL } from '../../src/charts/silhouette-curve';
import { pickedValue } from '../../src/charts/vega-locale';
import { markItems, renderSpec } from './render-spec';

const curve = [
  { k: 2, silhouette: 0.312, inertia: 900 },
  { k: 3, silhouette: 0.4567, inertia: 600 },
  { k: 4, silhouette: 0.401, inertia: 450 },
  { k: 5, silhouette: -0.05, inertia: 400 },
];
const labels = {
  description: 'Silhouette by k', k: 'Number of clusters k', silhouette: 'Silhouette', best: 'best',
  chosen: 'chosen',
};
const format = {
  locale: 'de-DE', number: (x: number) => x.toLocaleString('de-DE', { maximumFractionDigits: 2 }),
};

describe('silhouetteCurveSpec', () => {
  it('draws the silhouette per k, the chosen k larger and in the accent colour, both k tagged', async () => {
    const spec = silhouetteCurveSpec(curve, 4, 3, labels, format);
    expect(spec).toMatchObject({
      description: 'Silhouette by k',
      encoding: {
        x: { field: 'k', type: 'ordinal', title: 'Number of clusters k' }, y: { field: 'silhouette' },
      },
    });
    const drawn = await renderSpec(spec, 'point');
    expect(drawn.warnings).toEqual([]);
    expect(drawn.marks).toEqual([
      'k = 2, Silhouette: 0,31', 'k = 3, Silhouette: 0,46 (best)', 'k = 4, Silhouette: 0,4 (chosen)',
      'k = 5, Silhouette: -0,05',
    ]);
    const points = markItems(drawn.view, 'symbol');
    expect(points.map((p) => [p.datum.k, p.size, p.fill])).toEqual([
      [2, 60, '#4c78a8'], [3, 60, '#4c78a8'], [4, 160, '#e4572e'], [5, 60, '#4c78a8'],
    ]);
    expect(points[1]!.tooltip).toEqual({ 'Number of clusters k': 3, Silhouette: '0,46' });
    expect(points.every((p) => (p.y as number) >= 0 && (p.y as number) <= 200)).toBe(true);
    const tags = markItems(drawn.view, 'text');
    expect(tags.map((t) => [t.text, t.fill, t.x])).toEqual([
      ['best', 'black', points[1]!.x], ['chosen', '#e4572e', points[2]!.x],
    ]);
    const ticks = /aria-label="X-axis[^"]*"/.exec(drawn.svg)?.[0];
    expect(ticks).toContain('4 values: 2, 3, 4, 5');
    drawn.view.finalize();
  });

  it('keeps the theme\'s colours for the points and tags that are not chosen', async () => {
    const spec = silhouetteCurveSpec(curve, 4, 3, labels, format) as TopLevelSpec & { config: object };
    const theme = { point: { color: '#6ea8fe' }, text: { color: '#c9d1db' } }; // as the dark theme's config
    const dark = { ...spec, config: { ...spec.config, ...theme } };
    const drawn = await renderSpec(dark, 'point');
    expect(markItems(drawn.view, 'symbol').map((p) => p.fill))
      .toEqual(['#6ea8fe', '#6ea8fe', '#e4572e', '#6ea8fe']);
    expect(markItems(drawn.view, 'text').map((t) => t.fill)).toEqual(['#c9d1db', '#e4572e']);
    drawn.view.finalize();
  });

  it('tags one point once when the chosen k is the best one', async () => {
    const drawn = await renderSpec(silhouetteCurveSpec(curve, 3, 3, labels, format), 'point');
    expect(drawn.marks[1]).toBe('k = 3, Silhouette: 0,46 (best, chosen)');
    expect(markItems(drawn.view, 'text').map((t) => [t.text, t.fill])).toEqual([['best, chosen', '#e4572e']]);
    drawn.view.finalize();
  });

  it('reports the clicked k through its selection signal', async () => {
    const drawn = await renderSpec(silhouetteCurveSpec(curve, 3, 3, labels, format), 'point');
    const seen: Array<number | null> = [];
    drawn.view.addSignalListener(SILHOUETTE_SIGNAL, (_name, value) => {
      const k = pickedValue(value, 'k');
      seen.push(k === null ? null : Number(k));
    });
    drawn.view.data(`${SILHOUETTE_SIGNAL}_store`, [
      { unit: 'layer_1', fields: [{ type: 'E', field: 'k' }], values: [5] },
    ]);
    await drawn.view.runAsync();
    expect(seen).toEqual([5]);
    drawn.view.finalize();
  });

  it('draws an empty curve without warnings', async () => {
    const drawn = await renderSpec(silhouetteCurveSpec([], 0, 0, labels, format), 'point');
    expect([drawn.warnings, drawn.marks, drawn.description]).toEqual([[], [], 'Silhouette by k']);
    drawn.view.finalize();
  });
});
