import type { Condition } from '../core/customer-types';

/** How a builder field is tested: a number range, one of some groups, or a date. */
export type FieldKind = 'range' | 'oneOf' | 'date';

/** One condition row as the person edits it; numbers and days stay text until they make a condition. */
export interface DraftRule {
  id: string;
  type: 'rule';
  negate: boolean;
  field: string;
  kind: FieldKind;
  /** range: bounds as typed, in display units (money in currency units, not cents) */
  min: string;
  max: string;
  /** oneOf: the chosen groups */
  values: string[];
  /** date */
  op: 'before' | 'after' | 'within';
  day: string;
  days: string;
}

/** A group of rules and groups joined by AND or OR, optionally negated (NOT). */
export interface DraftGroup {
  id: string;
  type: 'group';
  negate: boolean;
  join: 'and' | 'or';
  children: DraftNode[];
}

export type DraftNode = DraftRule | DraftGroup;

let counter = 0;
const nextId = () => `n${++counter}`;

export function newRule(field: string, kind: FieldKind): DraftRule {
  return { id: nextId(), type: 'rule', negate: false, field, kind, min: '', max: '', values: [], op: 'within', day: '', days: '' };
}

export function newGroup(join: 'and' | 'or' = 'and'): DraftGroup {
  return { id: nextId(), type: 'group', negate: false, join, children: [] };
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

function ruleCondition(rule: DraftRule, isMoney: (field: string) => boolean): Condition | null {
  if (rule.kind === 'range') {
    const scale = isMoney(rule.field) ? 100 : 1;
    const min = parseNumber(rule.min);
    const max = parseNumber(rule.max);
    if (min === null && max === null) return null;
    return {
      kind: 'range', field: rule.field,
      min: min === null ? null : Math.round(min * scale * 1e6) / 1e6,
      max: max === null ? null : Math.round(max * scale * 1e6) / 1e6,
    };
  }
  if (rule.kind === 'oneOf') {
    return rule.values.length === 0 ? null : { kind: 'oneOf', field: rule.field, values: [...rule.values] };
  }
  if (rule.op === 'within') {
    const days = parseNumber(rule.days);
    return days === null ? null : { kind: 'date', field: rule.field, op: 'within', days };
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(rule.day) ? { kind: 'date', field: rule.field, op: rule.op, day: rule.day } : null;
}

/**
 * The condition a draft stands for: unfinished rows (no bound, no group, no day) and empty groups leave it
 * out, a group of one child is that child, and a negated node is wrapped in NOT. Null when nothing is left.
 * `isMoney` names the fields typed in currency units, sent in cents.
 */
export function draftCondition(node: DraftNode, isMoney: (field: string) => boolean): Condition | null {
  let condition: Condition | null;
  if (node.type === 'rule') {
    condition = ruleCondition(node, isMoney);
  } else {
    const children = node.children
      .map((child) => draftCondition(child, isMoney))
      .filter((child): child is Condition => child !== null);
    if (children.length === 0) condition = null;
    else if (children.length === 1) condition = children[0]!;
    else condition = { kind: node.join, children };
  }
  if (condition === null) return null;
  return node.negate ? { kind: 'not', child: condition } : condition;
}

/** A saved condition back as a draft to edit (the inverse of draftCondition, up to empty rows). */
export function conditionDraft(
  condition: Condition,
  kindOf: (field: string) => FieldKind,
  isMoney: (field: string) => boolean,
): DraftGroup {
  const root = newGroup('and');
  const node = toNode(condition, kindOf, isMoney);
  if (node.type === 'group') return node;
  root.children.push(node);
  return root;
}

function toNode(condition: Condition, kindOf: (field: string) => FieldKind, isMoney: (field: string) => boolean): DraftNode {
  if (condition.kind === 'not') {
    const inner = toNode(condition.child, kindOf, isMoney);
    if (inner.negate) {
      const wrapper = newGroup('and');
      wrapper.negate = true;
      wrapper.children.push(inner);
      return wrapper;
    }
    inner.negate = true;
    return inner;
  }
  if ('children' in condition) {
    const group = newGroup(condition.kind);
    group.children = condition.children.map((child) => toNode(child, kindOf, isMoney));
    return group;
  }
  const rule = newRule(condition.field, kindOf(condition.field));
  if (condition.kind === 'range') {
    const scale = isMoney(condition.field) ? 100 : 1;
    rule.min = condition.min === null ? '' : String(condition.min / scale);
    rule.max = condition.max === null ? '' : String(condition.max / scale);
  } else if (condition.kind === 'oneOf') {
    rule.values = [...condition.values];
  } else if (condition.op === 'within') {
    [rule.op, rule.days] = ['within', String(condition.days)];
  } else {
    [rule.op, rule.day] = [condition.op, condition.day];
  }
  return rule;
}
