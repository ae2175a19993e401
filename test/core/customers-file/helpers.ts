import { createCustomerParser, type ParsedCustomers } from '../../../src/core/customers-file/customer-parser';
import type { CustomerTable } from '../../../src/core/customer-types';
import { inspect } from '../../../src/core/parse/inspect';
import type { FileFailure, ImportOptions, Inspection } from '../../../src/core/types';

function iso(day: number): string | null {
  return Number.isNaN(day) ? null : new Date(day * 86400000).toISOString().slice(0, 10);
}

/** A customers table as plain rows: id, ISO signup and birthday, age, line, then the text columns present. */
export function customerRows(table: CustomerTable): Record<string, string | number | null>[] {
  const out: Record<string, string | number | null>[] = [];
  for (let i = 0; i < table.length; i++) {
    const row: Record<string, string | number | null> = {
      id: table.customer.values[table.customer.codes[i]!]!,
      signup: iso(table.signupDay[i]!),
      birthday: iso(table.birthday[i]!),
      age: Number.isNaN(table.age[i]!) ? null : table.age[i]!,
      line: table.line[i]!,
    };
    for (const [key, col] of Object.entries(table.text)) {
      const code = col.codes[i]!;
      if (code >= 0) row[key] = col.values[code]!;
    }
    out.push(row);
  }
  return out;
}

/** Inspects bytes, then parses the whole file as customers with the proposed options (plus `patch`). */
export function importCustomerBytes(
  bytes: Uint8Array, fileName = 'customers.csv', patch: Partial<ImportOptions> = {},
): { inspection: Inspection; parsed: ParsedCustomers | FileFailure } {
  const inspection = inspect(bytes.subarray(0, 1 << 20), fileName, bytes.length);
  if (!('mapping' in inspection)) throw new Error(`inspect failed: ${inspection.problem}`);
  const parser = createCustomerParser(fileName, { ...inspection, ...patch });
  parser.push(new TextDecoder(inspection.encoding).decode(bytes));
  return { inspection, parsed: parser.finish() };
}
