import { compile, type TopLevelSpec } from 'vega-lite';
import * as vega from 'vega';

/** Compiles with vega-lite (collecting warnings), runs it headless, returns what a reader meets. */
export async function renderSpec(spec: TopLevelSpec, role = 'bar') {
  const warnings: string[] = [];
  const logger = {
    level: () => logger, error: (...m: unknown[]) => void warnings.push(m.join(' ')),
    warn: (...m: unknown[]) => void warnings.push(m.join(' ')), info: () => logger, debug: () => logger,
  };
  const compiled = compile(spec, { logger: logger as never }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  await view.runAsync();
  const svg = await view.toSVG();
  const marks = [...svg.matchAll(new RegExp(`<[^>]*aria-roledescription="${role}"[^>]*>`, 'g'))]
    .map((m) => /aria-label="([^"]*)"/.exec(m[0])?.[1]);
  return { warnings, svg, marks, view, description: compiled.description };
}

/** A drawn mark item's encoded properties (fill, opacity, text, tooltip…) and its datum. */
export type DrawnItem = Record<string, unknown> & { datum: Record<string, unknown> };
interface SceneMark { marktype: string; role: string; items: Array<DrawnItem & { items?: SceneMark[] }> }

/** The items of the data marks of one Vega mark type (rect, symbol, line, text…), in drawing order. */
export function markItems(view: vega.View, marktype: string): DrawnItem[] {
  const found: DrawnItem[] = [];
  const walk = (mark: SceneMark) => {
    if (mark.marktype === marktype && mark.role === 'mark') found.push(...mark.items);
    for (const item of mark.items) for (const child of item.items ?? []) walk(child);
  };
  walk((view.scenegraph() as unknown as { root: SceneMark }).root);
  return found;
}
