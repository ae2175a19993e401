import { CUSTOMER_ROLES } from '../customer-types';
import { normalizeHeader, withoutUnit } from '../parse/normalize-header';
import type { ColumnMapping, KnownSource } from '../types';
import { CUSTOMER_SOURCE_PROFILES } from './customer-sources';
import { CUSTOMER_SYNONYMS, type CustomerColumnRole } from './customer-synonyms';

/** The recognised customers export and its proposed column roles. */
export interface CustomerMappingProposal {
  source: KnownSource;
  mapping: ColumnMapping[];
}

const FIELD_ROLES = CUSTOMER_ROLES.filter((r): r is CustomerColumnRole => r !== 'keep' && r !== 'ignore');

/**
 * Proposes a customers-file role for every header column: the known export's roles when the header is
 * recognised, then synonyms. Each role goes to one column at most; every other column is kept. Without an
 * id column the email is the key; a name split in two columns stays split (the parser joins it).
 */
export function proposeCustomerMapping(header: readonly string[]): CustomerMappingProposal {
  const folded = header.map(normalizeHeader);
  const bare = folded.map(withoutUnit);
  const present = new Set([...folded, ...bare.filter((b) => b !== null)]);
  const indexOf = (name: string) => {
    const exact = folded.indexOf(name);
    return exact >= 0 ? exact : bare.indexOf(name);
  };
  const profile = CUSTOMER_SOURCE_PROFILES.find((p) =>
    p.requires.every((alt) => alt.split('|').some((name) => present.has(name))));
  const roles: (CustomerColumnRole | undefined)[] = header.map(() => undefined);
  const taken = new Set<CustomerColumnRole>();
  const assign = (column: number, role: CustomerColumnRole) => {
    if (column < 0 || roles[column] !== undefined || taken.has(role)) return;
    roles[column] = role;
    taken.add(role);
  };
  if (profile) {
    for (const role of FIELD_ROLES) {
      const column = (profile.roles[role] ?? []).map(indexOf).find((i) => i >= 0 && roles[i] === undefined);
      if (column !== undefined) assign(column, role);
    }
  }
  const candidates: { column: number; role: CustomerColumnRole; rank: number }[] = [];
  folded.forEach((name, column) => {
    const unitless = bare[column];
    for (const role of FIELD_ROLES) {
      let rank = CUSTOMER_SYNONYMS[role].indexOf(name);
      if (rank < 0 && unitless !== null && unitless !== undefined) {
        rank = CUSTOMER_SYNONYMS[role].indexOf(unitless);
      }
      if (rank >= 0) candidates.push({ column, role, rank });
    }
  });
  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
  for (const { column, role } of candidates) assign(column, role);
  if (!taken.has('customerId')) {
    const email = roles.indexOf('email');
    if (email >= 0) roles[email] = 'customerId';
  }
  const mapping = header.map((h, index) => ({ index, header: h, role: roles[index] ?? ('keep' as const) }));
  return { source: profile?.source ?? 'generic-customers', mapping };
}
