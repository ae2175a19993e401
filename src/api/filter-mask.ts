import type { Condition } from '../core/customer-types';
import { isoToDay } from '../core/dates';
import { buyersInRange } from '../core/orders/buyers-in-range';
import { rowKinds } from '../core/orders/row-kinds';
import type { DateRange, OrderTable } from '../core/types';
import { conditionMask } from '../core/query/condition-mask';
import { validateCondition } from '../core/query/validate-condition';
import type { AtlasDb } from '../storage/db';
import type { PreparedFrame } from './customer-frame-cache';
import type { CustomerFilter } from './customers-api';

/** Row kinds per order table, and the buyers of the last range asked: a list pages many times over them. */
const kindsOf = new WeakMap<OrderTable, Uint8Array>();
const buyersOf = new WeakMap<OrderTable, { from: number; to: number; byCode: Uint8Array }>();

/** Orders customer code of each profile row (−1 = no orders), per profiles (built from one orders table). */
const codesOf = new WeakMap<object, Int32Array>();

/** The orders customer code of every profile row of a prepared frame, −1 for customers without orders. */
export function orderCodeOfRow(prepared: PreparedFrame): Int32Array {
  const { profiles } = prepared.frame;
  let codes = codesOf.get(profiles);
  if (!codes) {
    codes = new Int32Array(profiles.length).fill(-1);
    const codeOf = new Map((prepared.orders?.customer.values ?? []).map((id, code) => [id, code]));
    for (let i = 0; i < profiles.length; i++) codes[i] = codeOf.get(profiles.ids[i]!) ?? -1;
    codesOf.set(profiles, codes);
  }
  return codes;
}

/** One 0/1 flag per profile row: 1 when the customer bought within `range` (open ends: no bound). */
function activeMask(prepared: PreparedFrame, range: DateRange): Uint8Array {
  const mask = new Uint8Array(prepared.frame.profiles.length);
  const orders = prepared.orders;
  if (!orders) return mask;
  let kinds = kindsOf.get(orders);
  if (!kinds) kindsOf.set(orders, (kinds = rowKinds(orders)));
  const fromDay = range.from ? isoToDay(range.from) : Number.NaN;
  const toDay = range.to ? isoToDay(range.to) : Number.NaN;
  const [from, to] = [Number.isNaN(fromDay) ? -Infinity : fromDay, Number.isNaN(toDay) ? Infinity : toDay];
  let held = buyersOf.get(orders);
  if (held?.from !== from || held.to !== to) {
    held = { from, to, byCode: buyersInRange(orders, kinds, from, to) };
    buyersOf.set(orders, held);
  }
  const { byCode } = held;
  const codes = orderCodeOfRow(prepared);
  for (let i = 0; i < mask.length; i++) mask[i] = codes[i]! >= 0 ? byCode[codes[i]!]! : 0;
  return mask;
}

/**
 * Which profile rows of a prepared frame a filter keeps before search (a grouping and group, a saved segment
 * `segment:<id>` of the same workspace, an unsaved condition, purchases within `activeIn` — all must hold),
 * as one 0/1 flag per profile
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
  const activeIn = filter.activeIn && (filter.activeIn.from || filter.activeIn.to) ? filter.activeIn : null;
  const key = JSON.stringify({
    none, grouping: groupMask ? grouping : null, group: filter.group, parts, activeIn,
  });
  if (none) return { mask: new Uint8Array(n), key };
  let mask = groupMask;
  if (activeIn) {
    const active = activeMask(prepared, activeIn);
    if (!mask) mask = active;
    else for (let i = 0; i < n; i++) mask[i]! &= active[i]!;
  }
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
  const codes = orderCodeOfRow(prepared);
  const only = new Uint8Array(prepared.orders.customer.values.length);
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0 && mask[i] === 1) only[codes[i]!] = 1;
  return only;
}
