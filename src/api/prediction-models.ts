import { fitBgnbd } from '../core/models/bgnbd/fit-bgnbd';
import { bgnbdConditionalExpected } from '../core/models/bgnbd/bgnbd-conditional-expected';
import { bgnbdExpected } from '../core/models/bgnbd/bgnbd-expected';
import { bgnbdPAlive } from '../core/models/bgnbd/bgnbd-p-alive';
import { fitParetoNbd } from '../core/models/pareto-nbd/fit-pareto-nbd';
import { paretoNbdConditionalExpected } from '../core/models/pareto-nbd/pareto-nbd-conditional-expected';
import { paretoNbdExpected } from '../core/models/pareto-nbd/pareto-nbd-expected';
import { paretoNbdPAlive } from '../core/models/pareto-nbd/pareto-nbd-p-alive';
import type { PurchaseModel } from '../core/prediction-types';

/** A per-customer summary in model time units (x repeat purchases, t_x, T), optionally weighted rows. */
export interface ModelSummary {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  weight?: Float64Array;
}

/** What a purchase-model fit reports. */
export interface PurchaseFit {
  params: Record<string, number>;
  logLikelihood: number;
  converged: boolean;
  iterations: number;
}

/** The four things the api asks of a purchase model, in model time units. */
export interface PurchaseModelFunctions {
  fit(summary: ModelSummary): PurchaseFit;
  pAlive(params: Record<string, number>, x: number, tx: number, T: number): number;
  /** Expected purchases in the next `t` units of a customer with summary (x, t_x, T). */
  conditionalExpected(params: Record<string, number>, t: number, x: number, tx: number, T: number): number;
  /** Expected repeat purchases of a new customer in `t` units after the first purchase. */
  expected(params: Record<string, number>, t: number): number;
}

type Loose = (...args: never[]) => unknown;
const call = <F extends Loose>(f: F) => f as unknown as (...args: unknown[]) => number;

/** The core's BG/NBD and Pareto/NBD functions behind one face, so the api treats both alike. */
export const PURCHASE_MODEL_FUNCTIONS: Record<PurchaseModel, PurchaseModelFunctions> = {
  bgnbd: {
    fit: (summary) => fitBgnbd(summary) as unknown as PurchaseFit,
    pAlive: (params, x, tx, T) => call(bgnbdPAlive)(params, x, tx, T),
    conditionalExpected: (params, t, x, tx, T) => call(bgnbdConditionalExpected)(params, t, x, tx, T),
    expected: (params, t) => call(bgnbdExpected)(params, t),
  },
  paretoNbd: {
    fit: (summary) => fitParetoNbd(summary) as unknown as PurchaseFit,
    pAlive: (params, x, tx, T) => call(paretoNbdPAlive)(params, x, tx, T),
    conditionalExpected: (params, t, x, tx, T) => call(paretoNbdConditionalExpected)(params, t, x, tx, T),
    expected: (params, t) => call(paretoNbdExpected)(params, t),
  },
};
