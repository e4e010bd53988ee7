/** Why a fetch() failed: its own message is only "fetch failed"; the cause says why (ECONNREFUSED, ENOTFOUND …). */
export function fetchFailureReason(error: unknown): string {
  const cause = isErrorLike(error) && error.cause !== undefined ? error.cause : error;
  if (isErrorLike(cause) && Array.isArray((cause as Partial<AggregateError>).errors)) return (cause as AggregateError).errors.map(fetchFailureReason).join('; ');
  if (isErrorLike(cause)) return cause.message || ((cause as NodeJS.ErrnoException).code ?? cause.name);
  return String(cause);
}

/** Whether fetch() gave up at its AbortSignal.timeout. */
export const isFetchTimeout = (error: unknown): boolean => isErrorLike(error) && error.name === 'TimeoutError';

/** Structural, not instanceof: fetch's errors may come from another realm (a vm context, as under jest). */
function isErrorLike(value: unknown): value is Error {
  return typeof value === 'object' && value !== null && 'name' in value && 'message' in value;
}
