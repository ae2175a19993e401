import { describe, expect, it } from 'vitest';
import { isQuotaError } from '../../src/storage/is-quota-error';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const abort = () => new DOMException('The transaction was aborted.', 'AbortError');

describe('isQuotaError', () => {
  it.each([
    ['a QuotaExceededError', quota()],
    ['Dexie wrapping it (err.inner)',
      Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError', inner: quota() })],
    ['an AbortError with an inner quota error (Dexie)',
      Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota() })],
    ['an AbortError whose cause is the quota error', Object.assign(abort(), { cause: quota() })],
    ['a transaction abort carrying the quota error in `error`', { name: 'AbortError', error: quota() }],
    ['two levels of wrapping', { name: 'DatabaseClosedError', inner: { name: 'AbortError', inner: quota() } }],
    ['Firefox legacy name', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }],
    ['a legacy code 22 exception', { name: 'Error', code: 22 }],
  ])('recognises %s', (_, err) => {
    expect(isQuotaError(err)).toBe(true);
  });

  const selfWrapped: { name: string; inner?: unknown } = { name: 'AbortError' };
  selfWrapped.inner = selfWrapped;
  it.each([
    ['a plain AbortError (cancelled)', abort()],
    ['an AbortError wrapping a constraint error', { name: 'AbortError', inner: { name: 'ConstraintError' } }],
    ['a generic Error', new Error('disk on fire')],
    ['a string', 'QuotaExceededError'],
    ['undefined', undefined],
    ['null', null],
    ['an error that wraps itself', selfWrapped],
  ])('does not mistake %s for a full disk', (_, err) => {
    expect(isQuotaError(err)).toBe(false);
  });
});
