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
