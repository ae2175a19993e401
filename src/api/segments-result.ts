import type { GroupSummary } from '../core/customer-types';
import { dayToIso } from '../core/dates';
import { dominantCurrency } from '../core/metrics/dominant-currency';
import { groupSummaries } from '../core/segments/group-summaries';
import { lifecycleHistory } from '../core/segments/lifecycle-history';
import { rfmGrid } from '../core/segments/rfm-grid';
import type { PreparedFrame } from './customer-frame-cache';
import type { SegmentsResult } from './customers-api';

/**
 * The Segments screen's result for a built frame: customer counts (orders only, file only, both), the RFM
 * summary with its grid, every grouping's group summaries, the attribute groupings offered and the monthly
 * lifecycle trend from the first order's month to the as-of month. `currency` is the workspace's when the
 * orders name none. Money in cents.
 */
export function segmentsResult(prepared: PreparedFrame, workspaceCurrency: string | null): SegmentsResult {
  const { frame, orders, settings, workspaceId } = prepared;
  const { profiles, scores } = frame;
  let purchasers = 0;
  let ordersOnly = 0;
  let fileOnly = 0;
  let inBoth = 0;
  let revenueCents = 0;
  for (let i = 0; i < profiles.length; i++) {
    if (profiles.orders[i]! > 0) purchasers++;
    const hasOrders = profiles.hasOrders[i] === 1;
    const inFile = profiles.inCustomerFile[i] === 1;
    if (hasOrders && inFile) inBoth++;
    else if (hasOrders) ordersOnly++;
    else if (inFile) fileOnly++;
    const cents = profiles.revenueCents[i]!;
    if (Number.isFinite(cents)) revenueCents += cents;
  }
  const groupings: Record<string, GroupSummary[]> = {};
  for (const [key, grouping] of Object.entries(frame.groupings)) {
    groupings[key] = groupSummaries(grouping, profiles);
  }
  const firstDay = prepared.ordersDataset?.firstDay ?? null;
  const asOfDay = profiles.asOfDay;
  const trend = orders && firstDay !== null && Number.isFinite(asOfDay) && firstDay <= asOfDay
    ? lifecycleHistory(orders, settings.rules, firstDay, asOfDay)
    : [];
  return {
    workspaceId,
    settings,
    asOf: Number.isFinite(asOfDay) ? dayToIso(asOfDay) : '',
    currency: (orders ? dominantCurrency(orders.text['currency']) : null) ?? workspaceCurrency,
    counts: { customers: profiles.length, purchasers, ordersOnly, fileOnly, inBoth, revenueCents },
    rfm: { cuts: scores.cuts, bins: scores.bins, notes: scores.notes, grid: rfmGrid(scores, profiles) },
    groupings,
    attributes: Object.keys(frame.groupings).filter((k) => k.startsWith('attr:')).map((k) => k.slice(5)),
    trend,
    cached: false,
  };
}

