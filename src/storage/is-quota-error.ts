/**
 * True when a storage write failed for lack of space: a QuotaExceededError itself, or one that Dexie or
 * the browser wrapped (Dexie's `inner`, an AbortError of a transaction whose `error`/`cause` is the
 * quota error, or Firefox's legacy NS_ERROR_DOM_QUOTA_REACHED).
 */
export function isQuotaError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  const e = err as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; error?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (e.code === 22 && e.name !== 'AbortError') return true; // DOMException.QUOTA_EXCEEDED_ERR
  return [e.inner, e.cause, e.error].some((inner) => inner !== err && isQuotaError(inner, depth + 1));
}
