// The Cohorts, Trends and Clusters screens of the built app on an imported workspace, in Chromium: from a navigation
// (an in-app route change, after the app has opened the workspace) or a control's click until the screen's
// `data-*-fresh` attribute is on and every chart has drawn; the longest main-thread task meanwhile; the marks each
// chart draws. Used by bench/run.mjs (`npm run bench`, and `BENCH_ONLY=screens npm run bench` alone).

export const SCREENS_HEADING = '## Cohorts, Trends and Clusters screens on the 1M-order workspace (the app in Chromium)';

/**
 * Runs in the page (page.evaluate): helpers that time one step. arm() starts watching (a MutationObserver on the
 * document, only while armed); wait() resolves once the fresh attribute is on, at least `charts` `[data-chart]`
 * elements hold an svg with marks, and neither the charts nor the fresh attribute changed for `quietMs`. The step
 * starts at the first hashchange or click after arm(), and ends at the first frame after the last change (the
 * attribute going on, or the last DOM mutation inside a chart): a rAF, then a task after it, i.e. after that
 * frame's style, layout and paint.
 */
function installHelpers() {
  if (window.__screens) return;
  const MARKS = '.mark-rect path, .mark-symbol path, .mark-line path, .mark-area path, .mark-text text, .mark-rule line';
  const state = { armedAt: 0, trigger: null, observer: null };
  const onTrigger = () => {
    if (state.armedAt && state.trigger === null) state.trigger = performance.now();
  };
  window.addEventListener('hashchange', onTrigger);
  document.addEventListener('click', onTrigger, true);
  const chartsDrawn = (min) => {
    const charts = [...document.querySelectorAll('[data-chart]')];
    return charts.length >= min && charts.every((chart) => chart.querySelector(`svg :is(${MARKS})`));
  };
  window.__screens = {
    arm(freshSelector) {
      const freshAttr = /^\[([^\]=]+)/.exec(freshSelector)[1];
      state.observer?.disconnect();
      Object.assign(state, {
        armedAt: performance.now(), trigger: null, freshAttr,
        lastChart: 0, chartMutations: 0, lastFresh: 0, staleSeen: false,
      });
      // Kept cheap, as it runs inside the tasks it times: an SVG node is taken to be a chart's (vega's renderer
      // makes thousands of them); only HTML nodes are looked up, and one chart record per batch is enough.
      const SVG = 'http://www.w3.org/2000/svg';
      state.observer = new MutationObserver((records) => {
        const now = performance.now();
        let inChart = false;
        for (const r of records) {
          if (r.type === 'attributes' && r.attributeName === state.freshAttr) {
            state.lastFresh = now;
            if (r.oldValue !== null) state.staleSeen = true; // it was on and went off
            continue;
          }
          if (inChart) continue;
          const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
          inChart = el !== null && (el.namespaceURI === SVG || el.closest('[data-chart]') !== null);
        }
        if (inChart) {
          state.lastChart = now;
          state.chartMutations++;
        }
      });
      state.observer.observe(document.body, {
        subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true,
      });
    },
    wait({ fresh, charts, quietMs = 1000, timeoutMs = 300_000, expectStale = false, expectRedraw = false }) {
      return new Promise((resolve, reject) => {
        const frames = [];
        let freshSeenAt = 0;
        const started = performance.now();
        const tick = () => requestAnimationFrame(() => setTimeout(check));
        const check = () => {
          const now = performance.now();
          frames.push(now);
          const isFresh = document.querySelector(fresh) !== null;
          if (isFresh && !freshSeenAt) freshSeenAt = now;
          if (!isFresh) freshSeenAt = 0;
          const drawn = chartsDrawn(charts);
          // The attribute may come with a new element (no attribute record): then the first frame it was seen in.
          const lastChange = Math.max(state.lastChart, state.lastFresh || freshSeenAt);
          const ok = isFresh && drawn && (!expectStale || state.staleSeen) && (!expectRedraw || state.chartMutations > 0);
          if (ok && now - Math.max(lastChange, freshSeenAt) >= quietMs) {
            state.observer.disconnect();
            const start = state.trigger ?? state.armedAt;
            const end = Math.max(start, lastChange);
            const doneAt = frames.find((t) => t > end) ?? now;
            resolve({ start, doneAt, ms: doneAt - start, freshAt: Math.max(state.lastFresh, 0), lastChartAt: state.lastChart,
              chartMutations: state.chartMutations, staleSeen: state.staleSeen, triggered: state.trigger !== null });
            return;
          }
          if (now - started > timeoutMs) {
            state.observer.disconnect();
            reject(new Error(`not fresh and drawn after ${timeoutMs} ms: fresh ${isFresh}, drawn ${drawn}, stale seen ${state.staleSeen}`));
            return;
          }
          tick();
        };
        tick();
      });
    },
    /** The marks of each chart on the page: data marks (outside axes, legends, titles) by mark type, all svg elements. */
    marks() {
      const each = [...document.querySelectorAll('[data-chart]')].map((chart) => {
        let owner = chart.parentElement;
        const named = (el) => [...el.attributes].find((a) => a.name.startsWith('data-') && a.name !== 'data-chart');
        while (owner && !named(owner)) owner = owner.parentElement;
        const byType = {};
        let guides = 0;
        for (const el of chart.querySelectorAll(`svg :is(${MARKS})`)) {
          const group = el.closest('g[class*="mark-"]');
          if (/role-(axis|legend|title)/.test(group?.getAttribute('class') ?? '')) {
            guides++;
            continue;
          }
          const type = /mark-(\w+)/.exec(group?.getAttribute('class') ?? '')?.[1] ?? 'other';
          byType[type] = (byType[type] ?? 0) + 1;
        }
        const data = Object.values(byType).reduce((a, b) => a + b, 0);
        return { chart: owner ? named(owner).name : '?', data, byType, guides, svgElements: chart.querySelectorAll('svg *').length };
      });
      // Small multiples are one chart per group under one name: summed, with their number.
      const merged = new Map();
      for (const m of each) {
        const seen = merged.get(m.chart);
        if (!seen) {
          merged.set(m.chart, { ...m, charts: 1 });
          continue;
        }
        for (const [type, n] of Object.entries(m.byType)) seen.byType[type] = (seen.byType[type] ?? 0) + n;
        seen.data += m.data;
        seen.guides += m.guides;
        seen.svgElements += m.svgElements;
        seen.charts += 1;
      }
      return [...merged.values()].map((m) => (m.charts > 1 ? { ...m, chart: `${m.chart} (${m.charts} charts)` } : m));
    },
  };
}

import { profileStep } from './screens-profile.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The long tasks (Long Tasks API, buffered, installed before the page loaded) that overlap [start, end]. */
async function longTasksIn(page, start, end) {
  return page.evaluate(([from, to]) => (window.__longTaskEntries ?? [])
    .filter((e) => e.start < to && e.start + e.duration > from)
    .map((e) => ({ at: Math.round(e.start - from), ms: Math.round(e.duration) })), [start, end]);
}

const SCREENS = {
  cohorts: { fresh: '[data-cohorts-fresh]', charts: 1 },
  trends: { fresh: '[data-trends-fresh]', charts: 2 },
  clusters: { fresh: '[data-clusters-fresh]', charts: 2 },
  overview: { fresh: '[data-overview-fresh]', charts: 1 },
};

/** One timed step: arms the page, runs `action` (a navigation or a click), waits until fresh and drawn. */
async function timed(page, screen, action, options = {}) {
  const { fresh, charts } = SCREENS[screen];
  await page.evaluate(installHelpers);
  await page.evaluate((f) => window.__screens.arm(f), fresh);
  await action();
  const step = await page.evaluate((o) => window.__screens.wait(o), { fresh, charts, ...options });
  const longTasks = await longTasksIn(page, step.start, step.doneAt);
  const marks = await page.evaluate(() => window.__screens.marks());
  return { ms: step.ms, longest: Math.max(0, ...longTasks.map((t) => t.ms)), longTasks, marks, step };
}

/** Goes to the Overview and lets it settle, so every timed visit starts from the same screen. */
async function toOverview(page, base, workspaceId) {
  await timed(page, 'overview', () => page.goto(`${base}#/w/${workspaceId}/overview`), { quietMs: 500 });
}

/**
 * The screens on `workspaceId` (already opened once by the app): `runs` visits of each from the Overview, with a
 * control switched on each visit (Cohorts: Show → Revenue; Trends: Per → Quarter), then switched back untimed.
 * Clusters: the first visit computes the clustering (k search) and is kept apart from the `runs` cached visits.
 */
export async function screensBench(page, base, workspaceId, { runs = 3, log = () => {}, profile = null } = {}) {
  const visit = (screen, options) =>
    timed(page, screen, () => page.goto(`${base}#/w/${workspaceId}/${screen}`), options);
  const choose = (group, label) => page.getByRole('radiogroup', { name: group, exact: true }).getByText(label, { exact: true }).click();
  const out = { cohorts: [], cohortsRevenue: [], trends: [], trendsQuarter: [], clustersFirst: null, clusters: [] };

  for (let i = 0; i < runs; i++) {
    await toOverview(page, base, workspaceId);
    out.cohorts.push(await visit('cohorts'));
    out.cohortsRevenue.push(await timed(page, 'cohorts', () => choose('Show', 'Revenue'), { expectRedraw: true }));
    await timed(page, 'cohorts', () => choose('Show', 'Retention'), { expectRedraw: true, quietMs: 300 });
    log(`screens cohorts ${i + 1}: visit ${Math.round(out.cohorts.at(-1).ms)} ms, → revenue ${Math.round(out.cohortsRevenue.at(-1).ms)} ms`);
  }
  for (let i = 0; i < runs; i++) {
    await toOverview(page, base, workspaceId);
    out.trends.push(await visit('trends'));
    out.trendsQuarter.push(await timed(page, 'trends', () => choose('Per', 'Quarter'), { expectStale: true, expectRedraw: true }));
    await timed(page, 'trends', () => choose('Per', 'Month'), { expectStale: true, expectRedraw: true, quietMs: 300 });
    log(`screens trends ${i + 1}: visit ${Math.round(out.trends.at(-1).ms)} ms, → quarter ${Math.round(out.trendsQuarter.at(-1).ms)} ms`);
  }
  for (let i = 0; i <= runs; i++) {
    await toOverview(page, base, workspaceId);
    const result = await visit('clusters', { timeoutMs: 600_000 });
    const workerMs = await page.locator('[data-clusters-fresh]').getAttribute('data-clusters-ms');
    result.workerMs = workerMs === null ? null : Number(workerMs);
    if (i === 0) out.clustersFirst = result;
    else out.clusters.push(result);
    log(`screens clusters ${i === 0 ? 'first' : i}: ${Math.round(result.ms)} ms (worker ${workerMs ?? 'cached'})`);
  }

  // Where the long tasks go: the same steps once more under a Chrome trace, after a reload (so the first visit of
  // each screen after the app opened is traced too), not counted in the figures above.
  const seen = [...out.cohorts, ...out.cohortsRevenue, ...out.trends, ...out.trendsQuarter, out.clustersFirst, ...out.clusters]
    .some((r) => r.longest > 0);
  if (profile && (seen || profile.always)) {
    await page.goto(`${base}#/w/${workspaceId}/overview`);
    await page.reload();
    await page.waitForSelector('[data-overview-fresh]', { timeout: 300_000 });
    await toOverview(page, base, workspaceId);
    const traced = [];
    const trace = async (label, step) => {
      const saveTo = profile.traceDir ? `${profile.traceDir}/${traced.length + 1}-${label.replace(/\W+/g, '-').replace(/-$/, '')}.json` : null;
      const { result, sourceMaps, ...found } = await profileStep(profile.browser, page, step, { distDir: profile.distDir, saveTo });
      traced.push({ label, ms: result.ms, sourceMaps, ...found });
      log(`traced ${label}: ${Math.round(result.ms)} ms (main thread busy ${found.mainBusyMs} ms, worker ${found.workerBusyMs} ms),`
        + ` long tasks ${found.tasks.map((t) => t.ms).join(', ') || 'none'}`);
    };
    await trace('Cohorts, first visit after the app opened', () => visit('cohorts'));
    await trace('Cohorts: Show → Revenue', () => timed(page, 'cohorts', () => choose('Show', 'Revenue'), { expectRedraw: true }));
    await toOverview(page, base, workspaceId);
    await trace('Cohorts, a later visit', () => visit('cohorts'));
    await toOverview(page, base, workspaceId);
    await trace('Trends, first visit after the app opened', () => visit('trends'));
    await trace('Trends: Per → Quarter', () => timed(page, 'trends', () => choose('Per', 'Quarter'), { expectStale: true, expectRedraw: true }));
    await timed(page, 'trends', () => choose('Per', 'Month'), { expectStale: true, expectRedraw: true, quietMs: 300 });
    await toOverview(page, base, workspaceId);
    await trace('Trends, a later visit', () => visit('trends'));
    await toOverview(page, base, workspaceId);
    await trace('Clusters (cached), first visit after the app opened', () => visit('clusters'));
    out.traced = traced;
  }
  return out;
}

const NOT_JS = new Set(['(garbage collector)', '(program)', '(idle)', '(root)']);

/** What a long task was, from its trace: garbage collection, a chart drawn by vega-embed, or a Svelte update. */
function kindOf(task) {
  const phase = Object.fromEntries(task.phases);
  const on = Object.fromEntries(task.inclusiveBySource);
  const vega = Math.max(0, ...Object.entries(on).filter(([k]) => k.startsWith('vega')).map(([, v]) => v));
  const svelte = on.svelte ?? 0;
  if ((phase.gc ?? 0) >= task.ms * 0.6) return 'garbage collection';
  if (vega > svelte && vega > 0) return 'chart drawn (vega-embed: compile, parse, dataflow, SVG)';
  if (svelte > 0) return 'Svelte update of the screen (chart specs, table)';
  if ((phase['parse HTML'] ?? 0) + (phase.style ?? 0) + (phase.layout ?? 0) + (phase.paint ?? 0) >= task.ms * 0.5) return 'rendering';
  return 'other';
}

/** The traced long tasks as a table and notes for the section. */
function profileLines(traced) {
  if (!traced) return [];
  const list = (pairs, n) => pairs.filter(([, v]) => v >= 1).slice(0, n).map(([k, v]) => `${k} ${v}`).join(' · ');
  const fns = (task) => list(task.topFunctions.filter(([k]) => !NOT_JS.has(k)), 3);
  const rows = traced.flatMap((t) => {
    const label = `${t.label} (${Math.round(t.ms)} ms; busy: main ${t.mainBusyMs}, worker ${t.workerBusyMs ?? '?'})`;
    return t.tasks.length === 0
      ? [`| ${label} | none ≥ 50 ms | | | | |`]
      : t.tasks.map((task, i) => `| ${i === 0 ? label : ''} | ${task.ms} ms at +${task.at} | ${kindOf(task)} | ${list(task.phases, 4)} | ${list(task.inclusiveBySource, 5)} | ${fns(task)} |`);
  });
  // The heaviest functions over every traced long task, and what the worker ran meanwhile.
  const all = new Map();
  for (const task of traced.flatMap((t) => t.tasks)) {
    for (const [fn, ms] of task.topFunctions) if (!NOT_JS.has(fn)) all.set(fn, (all.get(fn) ?? 0) + ms);
  }
  const heaviest = [...all].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v}`).join(' · ');
  const workers = traced.filter((t) => t.worker && t.worker.sampledMs >= 50)
    .map((t) => `${t.label}: ${list(t.worker.selfBySource, 4)}`);
  return [
    'Where the long tasks go. The same steps once more, after a reload of the page (so each screen\'s first visit',
    'after the app opened is in it), under a Chrome trace (CDP `Tracing` through Playwright\'s `browser.startTracing`,',
    'with the V8 sampling profiler; the traces are kept in `bench/.data/traces-<rows>/` and open in DevTools\'',
    'Performance panel). Each task ≥ 50 ms of the page\'s main thread, from the step\'s start: what it was, its',
    'phases (self time of the trace\'s events, ms), the sources on the stack of its JS samples (ms; the source of a',
    'frame through the hidden source maps of the bench build), and its heaviest functions (self, ms). "Busy": the',
    'time the main thread and the app\'s worker ran tasks during the step. Tracing slows the page, so these run',
    'longer than the figures above.',
    ...(traced.some((t) => !t.sourceMaps) ? ['(Source maps unavailable: sources are named by chunk.)'] : []),
    '',
    '| traced step | long task | what | phases (ms) | JS, on the stack (ms) | heaviest functions (self ms) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Heaviest functions over all the traced long tasks (self, ms): ${heaviest || 'none'}.`,
    ...(workers.length ? [`The worker meanwhile (self, ms): ${workers.join('; ')}.`] : []),
  ];
}

/** The section of docs/BENCHMARKS.md from screensBench's result. */
export function screensSection(s, { date, command, machine, workspace }) {
  const ms = (x) => `${Math.round(x)} ms`;
  const longest = (xs) => {
    const worst = Math.max(...xs);
    return worst > 0 ? `**${Math.round(worst)} ms**` : 'none ≥ 50 ms';
  };
  const marks = (list) => list.map((m) => `${m.chart.replace(/^data-/, '')} ${m.data}`).join(' · ');
  const row = (label, list, note = '') => {
    const times = list.map((r) => r.ms);
    const tasks = list.map((r) => r.longest);
    const all = list.flatMap((r) => r.longTasks.map((t) => t.ms));
    return `| ${label} | **${ms(median(times))}** | ${times.map(Math.round).join(' · ')} | ${longest(tasks)}${all.length ? ` (${all.length} in ${list.length} run${list.length > 1 ? 's' : ''}: ${all.join(', ')} ms)` : ''} | ${marks(list.at(-1).marks)}${note} |`;
  };
  const first = s.clustersFirst;
  const chartRows = [...s.cohorts.at(-1).marks, ...s.cohortsRevenue.at(-1).marks.map((m) => ({ ...m, chart: `${m.chart} (Revenue)` })),
    ...s.trends.at(-1).marks, ...s.trendsQuarter.at(-1).marks.map((m) => ({ ...m, chart: `${m.chart} (Quarter)` })),
    ...s.clusters.at(-1).marks];
  const lines = [
    SCREENS_HEADING,
    '',
    `Measured ${date} (\`${command}\`) on ${machine}.`,
    `The workspace: ${workspace}. Each screen is opened ${s.cohorts.length} times by an in-app navigation`,
    '(`page.goto` of `#/w/<id>/<screen>`, a hash change: the app and the worker already hold the workspace) from the',
    'Overview, which is let settle first. A step is timed in the page from the hashchange (or the click) to the first',
    'frame after both the screen\'s `data-*-fresh` attribute is on and the last DOM change inside a `[data-chart]`',
    '(every chart holds an svg with marks, nothing changed for 1 s after). Long tasks: the Long Tasks API (tasks ≥ 50',
    'ms), observed from before the page loaded (`page.addInitScript`, buffered), that overlap the step. "Data marks" are',
    'the `.mark-rect path`, `.mark-symbol path`, `.mark-line path`, `.mark-area path`, `.mark-text text`, `.mark-rule',
    'line` of a chart outside its axes, legends and title.',
    '',
    '| step | median | runs (ms) | longest main-thread task | data marks per chart |',
    '| --- | --- | --- | --- | --- |',
    row('Cohorts (by month, retention): navigation → heatmap drawn', s.cohorts),
    row('Cohorts: Show → Revenue (no worker call: the heatmap is redrawn)', s.cohortsRevenue),
    row('Trends (per month, RFM side by side): navigation → KPI chart and small multiples drawn', s.trends),
    row('Trends: Per → Quarter (two worker calls, both charts redrawn)', s.trendsQuarter),
    row(`Clusters, first visit: computes the clustering (k search; worker ${first.workerMs === null ? '?' : ms(first.workerMs)})`, [first]),
    row('Clusters, later visits: the clustering read from the cache', s.clusters),
    '',
    '| chart | data marks, by mark type | axis, legend and title marks | all svg elements |',
    '| --- | --- | --- | --- |',
    ...chartRows.map((m) => `| ${m.chart.replace(/^data-/, '')} | ${m.data}: ${Object.entries(m.byType).map(([k, v]) => `${k} ${v}`).join(', ')} | ${m.guides} | ${m.svgElements} |`),
    '',
  ];
  if (s.traced) lines.push(...profileLines(s.traced), '');
  return lines;
}
