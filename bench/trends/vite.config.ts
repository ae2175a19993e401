import { defineConfig } from 'vite';

/**
 * A separate page for the cohorts / KPIs / clusters benchmark, built apart from the app so the app ships none
 * of it. It builds into bench/.data/ (ignored by git) rather than a folder of its own.
 */
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  worker: { format: 'es' },
  build: { outDir: '../.data/trends-dist', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
