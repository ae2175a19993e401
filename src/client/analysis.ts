import { wrap, type Remote } from 'comlink';
import type { AnalysisApi } from '../api/analysis-api';

/** The only `new Worker` in the app. */
export const analysis: Remote<AnalysisApi> = wrap<AnalysisApi>(
  new Worker(new URL('../../workers/analysis.worker.ts', import.meta.url), { type: 'module' }),
);
