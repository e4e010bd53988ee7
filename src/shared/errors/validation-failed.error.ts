import { validationErrorText, type ValidationError } from '../domain/validation.js';
import { DomainError } from './domain-error.js';

/** A record failed its domain validation: 400 with the reference's `Field: message` lines. */
export class ValidationFailedError extends DomainError {
  constructor(errors: readonly ValidationError[]) {
    super('invalid', validationErrorText(errors), errors);
  }
}

/** Throws ValidationFailedError when `errors` is not empty. */
export function assertValid(errors: readonly ValidationError[]): void {
  if (errors.length > 0) throw new ValidationFailedError(errors);
}
