import { defineConfig } from 'vite';

/** A separate page for the model benchmark, built apart from the app so the app ships none of it. */
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  worker: { format: 'es' },
  build: { outDir: '../.models-dist', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
