import type { Condition, CustomerFrame } from '../customer-types';
import { isoToDay } from '../dates';
import { dateField } from './date-field';
import { groupField } from './group-field';
import { numberField } from './number-field';

/** The problems validateCondition reports, as i18n keys. */
export const CONDITION_PROBLEMS = [
  'condition.unknownField',
  'condition.noValues',
  'condition.badNumber',
  'condition.minAboveMax',
  'condition.badDay',
  'condition.badDays',
] as const;
export type ConditionProblem = (typeof CONDITION_PROBLEMS)[number];

/**
 * The first problem (an i18n key, depth first) that makes a condition select nothing or fail on `frame`:
 * a field the frame does not have, a oneOf with no values, a bound that is not a number or a minimum above
 * the maximum, an unreadable ISO day, or a `within` span that is not a positive number of days; null if none.
 * Empty `and`/`or` are valid (everyone / no one).
 */
export function validateCondition(condition: Condition, frame: CustomerFrame): ConditionProblem | null {
  switch (condition.kind) {
    case 'and':
    case 'or': {
      for (const child of condition.children) {
        const problem = validateCondition(child, frame);
        if (problem !== null) return problem;
      }
      return null;
    }
    case 'not':
      return validateCondition(condition.child, frame);
    case 'range': {
      if (!isNumberField(frame, condition.field)) return 'condition.unknownField';
      const { min, max } = condition;
      if ((min !== null && Number.isNaN(min)) || (max !== null && Number.isNaN(max))) return 'condition.badNumber';
      if (min !== null && max !== null && min > max) return 'condition.minAboveMax';
      return null;
    }
    case 'oneOf':
      if (groupField(frame, condition.field) === null) return 'condition.unknownField';
      return condition.values.length === 0 ? 'condition.noValues' : null;
    case 'date':
      if (dateField(frame.profiles, condition.field) === null) return 'condition.unknownField';
      if (condition.op === 'within') {
        return Number.isFinite(condition.days) && condition.days > 0 ? null : 'condition.badDays';
      }
      return Number.isNaN(isoToDay(condition.day)) ? 'condition.badDay' : null;
    default:
      return 'condition.unknownField';
  }
}

// Resolving a score builds a column; checking the name is enough here.
function isNumberField(frame: CustomerFrame, field: string): boolean {
  return field.startsWith('score:') ? /^score:[rfm]$/.test(field) : numberField(frame, field) !== null;
}
