/** The columns that identify a row for merging; codes come from dictionaries shared by both tables. */
export interface RowIdentity {
  length: number;
  /** Order id codes, or null when the table has no order id; a code < 0 means this row has none. */
  order: Int32Array | null;
  customer: Int32Array;
  day: Int32Array;
  amountCents: Float64Array;
}

/**
 * For each incoming row, the existing row it is (−1 when new). A row with an order id matches by order id,
 * a row without by (customer, day, amount in cents). The k-th incoming row with a given id or content
 * matches the k-th existing one, so identical rows of one file stay distinct and re-importing a file
 * matches every row to itself. `orderValues` is the size of the shared order-id dictionary.
 */
export function matchRows(existing: RowIdentity, incoming: RowIdentity, orderValues: number): Int32Array {
  const n = existing.length;
  // Rows with the same identity form a chain in row order: group head → next → next … (−1 ends it).
  const next = new Int32Array(n).fill(-1);
  const tail = new Int32Array(n).fill(-1); // indexed by a chain's head row

  const orderHead = new Int32Array(orderValues).fill(-1);
  const contentSlots = new Int32Array(tableSize(n)).fill(-1); // head row of each content chain
  const mask = contentSlots.length - 1;
  const sameContent = (a: RowIdentity, i: number, j: number) => a.customer[i] === existing.customer[j]
    && a.day[i] === existing.day[j] && Object.is(a.amountCents[i], existing.amountCents[j]);
  /** The slot holding the content chain of row i of `side`, or the empty slot where it would go. */
  const slotOf = (side: RowIdentity, i: number) => {
    let slot = contentHash(side.customer[i]!, side.day[i]!, side.amountCents[i]!) & mask;
    for (let head = contentSlots[slot]!; head >= 0 && !sameContent(side, i, head); head = contentSlots[slot]!) {
      slot = (slot + 1) & mask;
    }
    return slot;
  };

  for (let j = 0; j < n; j++) {
    const code = existing.order ? existing.order[j]! : -1;
    let head: number;
    if (code >= 0) {
      head = orderHead[code]!;
      if (head < 0) orderHead[code] = j;
    } else {
      const slot = slotOf(existing, j);
      head = contentSlots[slot]!;
      if (head < 0) contentSlots[slot] = j;
    }
    if (head < 0) {
      tail[j] = j;
    } else {
      next[tail[head]!] = j;
      tail[head] = j;
    }
  }

  // Matching consumes each chain from its head: the chain's cursor moves on after every match. The heads
  // stay, because probing compares against them.
  const cursor = contentSlots.slice();
  const match = new Int32Array(incoming.length);
  for (let i = 0; i < incoming.length; i++) {
    const code = incoming.order ? incoming.order[i]! : -1;
    if (code >= 0) {
      const j = code < orderValues ? orderHead[code]! : -1;
      match[i] = j;
      if (j >= 0) orderHead[code] = next[j]!;
    } else {
      const slot = slotOf(incoming, i);
      const j = cursor[slot]!;
      match[i] = j;
      if (j >= 0) cursor[slot] = next[j]!;
    }
  }
  return match;
}

/** A power of two at least twice `n`, for open addressing with short probes. */
function tableSize(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

function contentHash(customer: number, day: number, amountCents: number): number {
  const amount = Number.isFinite(amountCents) ? amountCents : 0;
  let h = Math.imul(customer, 0x9e3779b1) ^ Math.imul(day, 0x85ebca77) ^ Math.imul(amount | 0, 0xc2b2ae3d);
  h ^= Math.floor(amount / 4294967296);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}
