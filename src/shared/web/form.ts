import { DomainError } from '../errors/domain-error.js';

/**
 * A form as the templates show it: the values to put back in the fields (what was typed, on a
 * failed post) and the problems per field, shown next to the field and summarised above the form.
 * Field names are the reference's form names (`Name`, `InstitutionID`), which domain validation
 * reports its problems under.
 */
export interface FormState {
  readonly values: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, readonly string[]>>;
  /** Problems that belong to no single field. */
  readonly formErrors: readonly string[];
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {}, formErrors: [] });

export function formWithErrors(values: Record<string, string>, errors: Record<string, readonly string[]>, formErrors: readonly string[] = []): FormState {
  return { values, errors, formErrors };
}

/** The field problems of a validation error (DomainError with fields), else one form-level message. */
export function formFromError(values: Record<string, string>, error: DomainError, knownFields: readonly string[]): FormState {
  const errors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const problem of error.fields) {
    if (knownFields.includes(problem.field)) (errors[problem.field] ??= []).push(problem.message);
    else formErrors.push(problem.message);
  }
  if (error.fields.length === 0) formErrors.push(error.message);
  return { values, errors, formErrors };
}
