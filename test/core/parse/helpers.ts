import { readFileSync } from 'node:fs';
import { inspect } from '../../../src/core/parse/inspect';
import { createOrderParser } from '../../../src/core/parse/order-parser';
import type { ParsedOrders } from '../../../src/core/parse/order-parser';
import type { Delimiter, Encoding, FileFailure, ImportOptions, Inspection, OrderTable } from '../../../src/core/types';

/** Bytes of a fixture under test/fixtures. */
export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));
}

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
}

/** UTF-16 bytes, little or big endian, with or without a byte-order mark. */
export function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = bom ? `\ufeff${text}` : text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = c & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** The role of each mapped column, by header; kept columns left out. */
export function roles(inspection: Inspection): Record<string, string> {
  return Object.fromEntries(inspection.mapping.filter((m) => m.role !== 'keep').map((m) => [m.header, m.role]));
}

function iso(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

/** A table as plain rows: customer, ISO date, time (s), cents, quantity, line and the text columns. */
export function rows(table: OrderTable): Record<string, string | number | null>[] {
  const out: Record<string, string | number | null>[] = [];
  for (let i = 0; i < table.length; i++) {
    const row: Record<string, string | number | null> = {
      customer: table.customer.values[table.customer.codes[i]!]!,
      date: iso(table.day[i]!),
      time: table.time[i]!,
      cents: table.amountCents[i]!,
      quantity: table.quantity[i]!,
      line: table.line[i]!,
    };
    for (const [key, col] of Object.entries(table.text)) {
      const code = col.codes[i]!;
      row[key] = code < 0 ? null : col.values[code]!;
    }
    out.push(row);
  }
  return out;
}

/** Inspects bytes, then parses the whole file with the proposed options (plus `patch`) in one push. */
export function importBytes(
  bytes: Uint8Array,
  fileName = 'orders.csv',
  overrides?: { encoding?: Encoding; delimiter?: Delimiter },
  patch: Partial<ImportOptions> = {},
): { inspection: Inspection | FileFailure; parsed: ParsedOrders | FileFailure | null } {
  const inspection = inspect(bytes.subarray(0, 1 << 20), fileName, bytes.length, overrides);
  if (!('mapping' in inspection)) return { inspection, parsed: null };
  const parser = createOrderParser(fileName, { ...inspection, ...patch });
  parser.push(new TextDecoder(inspection.encoding).decode(bytes));
  return { inspection, parsed: parser.finish() };
}
