/**
 * Errors raised by domain and application code. Each kind maps to one HTTP status in the single
 * error filter (shared/http/api-error.filter.ts); the message is what the client reads.
 */
export type DomainErrorKind = 'invalid' | 'not_found' | 'forbidden' | 'conflict' | 'not_supported' | 'failed_precondition';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** Per-field problems, for validation errors. */
    readonly fields: readonly { readonly field: string; readonly jsonField: string; readonly message: string }[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(message = 'pg: no rows in result set') {
    super('not_found', message);
  }
}

/** The reference's 405 for writes a record type does not allow (updates of insert-only records). */
export class NotSupportedError extends DomainError {
  constructor(message = 'operation not supported') {
    super('not_supported', message);
  }
}
