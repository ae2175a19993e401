import { ORDER_FIELDS } from '../types';
import type { ColumnMapping, KnownSource, OrderField } from '../types';
import { HEADER_SYNONYMS } from './header-synonyms';
import { SOURCE_PROFILES } from './known-sources';
import { normalizeHeader, withoutUnit } from './normalize-header';

/** The recognised export, its proposed column roles and whether its rows are line items. */
export interface MappingProposal {
  source: KnownSource;
  mapping: ColumnMapping[];
  groupLineItems: boolean;
}

/**
 * Proposes a role for every header column: the known export's roles when the header is recognised, then
 * English and Chinese synonyms. Each role goes to one column at most; every other column is kept.
 */
export function proposeMapping(header: readonly string[]): MappingProposal {
  const folded = header.map(normalizeHeader);
  // A header with a unit suffix (`实付金额(元)`, `Total (USD)`) also answers to its bare name.
  const bare = folded.map(withoutUnit);
  const present = new Set([...folded, ...bare.filter((b) => b !== null)]);
  const indexOf = (name: string) => {
    const exact = folded.indexOf(name);
    return exact >= 0 ? exact : bare.indexOf(name);
  };
  const profile = SOURCE_PROFILES.find((p) =>
    (p.columns === undefined || p.columns === header.length) &&
    p.requires.every((alt) => alt.split('|').some((name) => present.has(name))));
  const roles: (OrderField | undefined)[] = header.map(() => undefined);
  const taken = new Set<OrderField>();
  const assign = (column: number, role: OrderField) => {
    if (column < 0 || roles[column] !== undefined || taken.has(role)) return;
    roles[column] = role;
    taken.add(role);
  };
  if (profile) {
    for (const role of ORDER_FIELDS) {
      const names = profile.roles[role] ?? [];
      const column = names.map(indexOf).find((i) => i >= 0 && roles[i] === undefined);
      if (column !== undefined) assign(column, role);
    }
  }
  const candidates: { column: number; role: OrderField; rank: number }[] = [];
  folded.forEach((name, column) => {
    const unitless = bare[column];
    for (const role of ORDER_FIELDS) {
      let rank = HEADER_SYNONYMS[role].indexOf(name);
      if (rank < 0 && unitless !== null && unitless !== undefined) rank = HEADER_SYNONYMS[role].indexOf(unitless);
      if (rank >= 0) candidates.push({ column, role, rank });
    }
  });
  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
  for (const { column, role } of candidates) assign(column, role);
  // With no id column, the email is the best customer key there is.
  if (!taken.has('customerId')) {
    const email = roles.indexOf('email');
    if (email >= 0) {
      roles[email] = 'customerId';
      taken.delete('email');
      taken.add('customerId');
    }
  }
  const mapping = header.map((h, index) => ({ index, header: h, role: roles[index] ?? ('keep' as const) }));
  return { source: profile?.source ?? 'generic', mapping, groupLineItems: profile?.groupLineItems === true };
}
