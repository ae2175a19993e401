// Where the main thread's long tasks go: a Chrome trace (CDP Tracing, through Playwright's browser.startTracing)
// of one step, with the V8 sampling profiler's samples in it. Each task ≥ 50 ms on the page's main thread is split
// into the trace's own phases (scripting, style, layout, paint, GC) and its JS samples are named by the source they
// run in, through the hidden source maps of the bench build (bench/.data/app-dist/assets/*.js.map): a vega package
// (chart rendering), svelte (the component updates), a file of src/, …
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
];

const PHASE = [
  [/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet)$/, 'style'],
  [/^(Layout|UpdateLayout|LayoutShift)$/, 'layout'],
  [/^(Paint|PrePaint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|RasterTask|Decode.*)$/, 'paint'],
  [/GC|GarbageCollect|V8\.GC/, 'gc'],
  [/^(ParseHTML)$/, 'parse HTML'],
  [/^(FunctionCall|EvaluateScript|RunMicrotasks|v8\.run|v8\.callFunction|V8\.Execute|TimerFire|FireAnimationFrame|EventDispatch|v8\.compile|v8\.produceCache|v8\.evaluateModule|V8\.CompileCode|V8\.StackGuard|FireIdleCallback|HandlePostMessage)$/, 'scripting'],
];
const phaseOf = (name) => PHASE.find(([re]) => re.test(name))?.[1] ?? null;

/** Loads @jridgewell/trace-mapping (a dependency of the toolchain) when it is there; null otherwise. */
async function traceMapping() {
  try {
    return await import('@jridgewell/trace-mapping');
  } catch {
    return null;
  }
}

/** Names a profile frame by its source: `vega-scenegraph`, `svelte`, `src/views/Cohorts.svelte`, `(garbage collector)` … */
function sourceNamer(distDir, tm) {
  const maps = new Map();
  const mapOf = (url) => {
    if (!maps.has(url)) {
      const file = `${distDir}/assets/${url.split('/').pop()}.map`;
      maps.set(url, tm && existsSync(file) ? new tm.TraceMap(readFileSync(file, 'utf8')) : null);
    }
    return maps.get(url);
  };
  const cache = new Map();
  return (frame) => {
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}:${frame.functionName}`;
    if (cache.has(key)) return cache.get(key);
    let named;
    if (!frame.url) {
      const special = frame.functionName?.startsWith('(');
      named = {
        source: special ? frame.functionName : `(native ${frame.functionName || '?'})`,
        fn: special ? frame.functionName : `${frame.functionName || '(anonymous)'} (native)`,
      };
    }
    else {
      const map = mapOf(frame.url);
      const pos = map ? tm.originalPositionFor(map, { line: frame.lineNumber + 1, column: Math.max(0, frame.columnNumber) }) : null;
      const path = pos?.source ?? frame.url;
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
      const src = /(?:^|\/)(src\/.*)$/.exec(path)?.[1];
      const source = pkg ?? src ?? `(${frame.url.split('/').pop()})`;
      named = { source, fn: `${pos?.name || frame.functionName || '(anonymous)'} (${source}${pos?.line ? `:${pos.line}` : ''})` };
    }
    cache.set(key, named);
    return named;
  };
}

const round = (x) => Math.round(x);
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => [k, round(v)]);

/** The V8 samples of one thread (its Profile and ProfileChunk events), oldest first, with their nodes. */
function samplesOf(events, thread) {
  const nodes = new Map();
  const samples = [];
  for (const profile of events.filter((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid)) {
    let time = profile.args.data.startTime;
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === profile.pid && e.id === profile.id)) {
      const { cpuProfile = {}, timeDeltas = [] } = chunk.args.data;
      for (const node of cpuProfile.nodes ?? []) nodes.set(`${profile.id}:${node.id}`, node);
      (cpuProfile.samples ?? []).forEach((id, i) => {
        time += timeDeltas[i] ?? 0;
        samples.push({ node: `${profile.id}:${id}`, profile: profile.id, time });
      });
    }
  }
  samples.sort((a, b) => a.time - b.time);
  return { nodes, samples };
}

/** The samples within [from, to] (µs), by the source and the function running (self) and every source on the stack. */
function sampled({ nodes, samples }, from, to, name) {
  const self = new Map();
  const inclusive = new Map();
  const fns = new Map();
  const chain = new Map();
  let total = 0;
  const inside = samples.filter((s) => s.time >= from && s.time <= to);
  inside.forEach((s, i) => {
    const next = inside[i + 1]?.time ?? Math.min(to, s.time + 100);
    const w = Math.max(0, next - s.time) / 1000;
    let node = nodes.get(s.node);
    const leaf = node ? name(node.callFrame) : { source: '?', fn: '?' };
    if (leaf.source === '(idle)') return;
    total += w;
    self.set(leaf.source, (self.get(leaf.source) ?? 0) + w);
    fns.set(leaf.fn, (fns.get(leaf.fn) ?? 0) + w);
    const seen = new Set();
    const path = [];
    while (node) {
      const { source } = name(node.callFrame);
      if (!source.startsWith('(')) {
        seen.add(source);
        if (path.at(-1) !== source) path.push(source);
      }
      node = nodes.get(`${s.profile}:${node.parent}`);
    }
    for (const source of seen) inclusive.set(source, (inclusive.get(source) ?? 0) + w);
    // The sources from the task's entry (outermost) towards the running function, e.g. svelte → src/… → vega-…
    const entry = path.reverse().slice(0, 4).join(' → ') || leaf.source;
    chain.set(entry, (chain.get(entry) ?? 0) + w);
  });
  return {
    sampledMs: round(total),
    selfBySource: top(self, 8),
    inclusiveBySource: top(inclusive, 10),
    entries: top(chain, 6),
    topFunctions: top(fns, 10),
  };
}

/** The phases of a task: the self time of the trace events inside it, by phase (ms). */
function phasesOf(task, onMain) {
  const end = task.ts + task.dur;
  const inside = onMain.filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && e !== task)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const phases = new Map();
  const stack = [];
  const selfOf = new Map();
  const phaseOfEvent = new Map();
  for (const e of inside) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) selfOf.set(parent, selfOf.get(parent) - e.dur);
    selfOf.set(e, e.dur);
    // An event with no phase of its own (e.g. a V8 internal) counts in the phase of the event around it.
    phaseOfEvent.set(e, phaseOf(e.name) ?? (parent ? phaseOfEvent.get(parent) : null) ?? `other (${e.name})`);
    stack.push(e);
  }
  let inPhases = 0;
  for (const e of inside) {
    const ms = Math.max(0, selfOf.get(e)) / 1000;
    phases.set(phaseOfEvent.get(e), (phases.get(phaseOfEvent.get(e)) ?? 0) + ms);
    inPhases += ms;
  }
  phases.set('task (outside events)', task.dur / 1000 - inPhases);
  return top(phases, 8).filter(([, v]) => v > 0);
}

/**
 * The step in a trace: [the `bench-step` mark, + stepMs]. The long tasks of the page's main thread in it (each with
 * its phases and JS samples by source), and how busy the main thread and the app's worker were.
 */
function analyse(trace, name, minMs, stepMs) {
  const events = trace.traceEvents ?? trace;
  const named = (n) => events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === n);
  const busy = (t, what) => events.reduce((s, e) => s + (e.pid === t.pid && e.tid === t.tid && e.name === what ? e.dur ?? 0 : 0), 0);
  // The page's main thread: the renderer main thread that ran the most script; its worker: the busiest one in it.
  const main = named('CrRendererMain').sort((a, b) => busy(b, 'FunctionCall') - busy(a, 'FunctionCall'))[0];
  if (!main) return { tasks: [] };
  const worker = named('DedicatedWorker thread').filter((t) => t.pid === main.pid)
    .sort((a, b) => busy(b, 'RunTask') - busy(a, 'RunTask'))[0];
  const from = events.find((e) => e.name === 'bench-step')?.ts ?? 0;
  const to = from + stepMs * 1000;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const runIn = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e.name === 'RunTask')
    .reduce((s, e) => s + Math.max(0, Math.min(to, e.ts + e.dur) - Math.max(from, e.ts)), 0) / 1000;

  const mainSamples = samplesOf(events, main);
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur >= minMs * 1000 && e.ts >= from && e.ts < to)
    .map((task) => ({
      at: round((task.ts - from) / 1000),
      ms: round(task.dur / 1000),
      phases: phasesOf(task, onMain),
      ...sampled(mainSamples, task.ts, task.ts + task.dur, name),
    }));
  return {
    tasks,
    mainBusyMs: round(runIn(main)),
    workerBusyMs: worker ? round(runIn(worker)) : null,
    worker: worker ? sampled(samplesOf(events, worker), from, to, name) : null,
  };
}

/** Runs `step` under a trace and returns the long tasks of the page's main thread during it. */
export async function profileStep(browser, page, step, { distDir, minMs = 50, saveTo = null } = {}) {
  const tm = await traceMapping();
  await browser.startTracing(page, { categories: CATEGORIES });
  let result;
  let buffer;
  try {
    // Starting the sampling profiler is itself a long task (V8.InvokeApiInterruptCallbacks): let it pass, then mark
    // the step's start in the trace (a user timing mark); only tasks after the mark are analysed.
    await new Promise((r) => setTimeout(r, 1000));
    const markAt = await page.evaluate(() => performance.mark('bench-step').startTime);
    result = await step();
    result.stepFromMark = result.step.doneAt - markAt;
  } finally {
    buffer = await browser.stopTracing();
  }
  if (saveTo) {
    mkdirSync(dirname(saveTo), { recursive: true });
    writeFileSync(saveTo, buffer); // opens in Chrome DevTools' Performance panel
  }
  const trace = JSON.parse(buffer.toString('utf8'));
  return { result, sourceMaps: tm !== null, ...analyse(trace, sourceNamer(distDir, tm), minMs, result.stepFromMark) };
}
