import { expose } from 'comlink';
import { createAnalysisApi } from '../src/api/analysis-api';
import { openDb } from '../src/storage/db';

expose(createAnalysisApi(openDb()));
