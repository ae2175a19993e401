import type { Condition } from '../core/customer-types';
import { conditionMask } from '../core/query/condition-mask';
import { validateCondition } from '../core/query/validate-condition';
import type { AtlasDb } from '../storage/db';
import type { PreparedFrame } from './customer-frame-cache';
import type { CustomerFilter } from './customers-api';

/**
 * Which profile rows of a prepared frame a filter keeps before search (a grouping and group, a saved segment
 * `segment:<id>` of the same workspace, an unsaved condition — all must hold), as one 0/1 flag per profile
 * row (null = everyone), and a key naming that choice. An unknown grouping, group or segment keeps no one,
 * and so does a condition the frame cannot read (a saved one naming an attribute no longer imported).
 * `search` is not applied here.
 */
export async function filterMask(
  db: AtlasDb, prepared: PreparedFrame, filter: CustomerFilter,
): Promise<{ mask: Uint8Array | null; key: string }> {
  const { frame } = prepared;
  const n = frame.profiles.length;
  const parts: Condition[] = [];
  let none = false;
  const grouping = filter.grouping;
  let groupMask: Uint8Array | null = null;
  if (grouping?.startsWith('segment:')) {
    const saved = await db.segments.get(grouping.slice('segment:'.length));
    if (saved && saved.workspaceId === prepared.workspaceId) parts.push(saved.condition);
    else none = true;
  } else if (grouping) {
    const held = Object.hasOwn(frame.groupings, grouping) ? frame.groupings[grouping] : undefined;
    const code = held?.groups.indexOf(filter.group ?? '') ?? -1;
    if (!held || code < 0) none = true;
    else {
      groupMask = new Uint8Array(n);
      for (let i = 0; i < n; i++) groupMask[i] = held.codes[i] === code ? 1 : 0;
    }
  }
  if (filter.condition) parts.push(filter.condition);
  const key = JSON.stringify({ none, grouping: groupMask ? grouping : null, group: filter.group, parts });
  if (none) return { mask: new Uint8Array(n), key };
  let mask = groupMask;
  for (const condition of parts) {
    const part = validateCondition(condition, frame) === null
      ? conditionMask(condition, frame)
      : new Uint8Array(n);
    if (!mask) mask = part;
    else for (let i = 0; i < n; i++) mask[i]! &= part[i]!;
  }
  return { mask, key };
}

/**
 * A profile-row mask turned into one 0/1 flag per customer code of the orders (profiles.ids[i] is
 * orders.customer.values[code]), as the order-level core functions take it; null stays null (everyone).
 */
export function maskByOrderCode(
  prepared: PreparedFrame, mask: Uint8Array | null,
): Uint8Array | null {
  if (!mask || !prepared.orders) return null;
  const { profiles } = prepared.frame;
  const values = prepared.orders.customer.values;
  const codeOf = new Map(values.map((id, code) => [id, code]));
  const only = new Uint8Array(values.length);
  for (let i = 0; i < profiles.length; i++) {
    const code = codeOf.get(profiles.ids[i]!);
    if (code !== undefined && mask[i] === 1) only[code] = 1;
  }
  return only;
}
