import type { CustomerColumn, CustomerFrame } from '../customer-types';

/** Customer-list columns read from the frame's predictions rather than its profiles. */
export const PREDICTION_COLUMNS = ['pAlive', 'expectedPurchases', 'predictedClvCents'] as const;
type PredictionColumn = (typeof PREDICTION_COLUMNS)[number];

const isPrediction = (column: CustomerColumn): column is PredictionColumn =>
  (PREDICTION_COLUMNS as readonly string[]).includes(column);

/**
 * The numbers of a number, money or day column by profile row (NaN = no value): a profile column, or a
 * prediction (P(alive) 0–1, expected purchases, predicted CLV in cents) — null while no predictions were
 * computed for the frame.
 */
export function numberColumn(frame: CustomerFrame, column: CustomerColumn): ArrayLike<number> | null {
  if (isPrediction(column)) return frame.predictions?.[column] ?? null;
  const values = (frame.profiles as unknown as Record<string, unknown>)[column];
  return values !== null && typeof values === 'object' && 'length' in values ? values as ArrayLike<number> : null;
}
