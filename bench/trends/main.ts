// The page side of the trends benchmark: runs the worker, watches the main thread for long tasks.
const longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });

declare global {
  interface Window {
    runTrendsBench: (runs: number) => Promise<unknown>;
  }
}

window.runTrendsBench = (runs) =>
  new Promise((resolve, reject) => {
    longTasks.length = 0;
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event) => {
      worker.terminate();
      resolve({ ...event.data, longestMainTask: Math.max(0, ...longTasks) });
    };
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage({ runs });
  });

export {};
