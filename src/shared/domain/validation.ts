/**
 * Validation vocabulary shared by every context. Validators return `ValidationError[]` (empty means
 * valid), at most one error per field, in the field order the reference documents.
 */
export interface ValidationError {
  /** The reference's Go field name, e.g. `InstitutionID`; it prefixes each line of an API error. */
  readonly field: string;
  /** The snake_case JSON key of the same field, e.g. `institution_id`. */
  readonly jsonField: string;
  readonly message: string;
}

export interface FieldRef {
  readonly field: string;
  readonly jsonField: string;
}

export const fieldRef = (field: string, jsonField: string): FieldRef => ({ field, jsonField });

export const violation = (ref: FieldRef, message: string): ValidationError => ({ ...ref, message });

/** The error when `failed`, otherwise `undefined`; pair it with `collectErrors`. */
export function failIf(failed: boolean, ref: FieldRef, message: string): ValidationError | undefined {
  return failed ? violation(ref, message) : undefined;
}

/** The first message whose condition holds, for fields that have several rules but report one error. */
export function firstFailure(ref: FieldRef, rules: readonly (readonly [failed: boolean, message: string])[]): ValidationError | undefined {
  const failing = rules.find(([failed]) => failed);
  return failing ? violation(ref, failing[1]) : undefined;
}

export function collectErrors(...results: readonly (ValidationError | undefined)[]): ValidationError[] {
  return results.filter((result): result is ValidationError => result !== undefined);
}

/** The reference's error text: one `<Field>: <message>` line per error. */
export function validationErrorText(errors: readonly ValidationError[]): string {
  return errors.map((error) => `${error.field}: ${error.message}`).join('\n');
}

/** Empty after trimming whitespace; null and undefined count as blank. */
export function isBlank(value: string | null | undefined): boolean {
  return value == null || value.trim() === '';
}

const utf8 = new TextEncoder();

/** Length in UTF-8 bytes, as the reference's byte-length rules count it. */
export function byteLength(value: string | null | undefined): number {
  return value == null ? 0 : utf8.encode(value).length;
}

export function isByteLengthBetween(value: string | null | undefined, min: number, max: number): boolean {
  const length = byteLength(value);
  return length >= min && length <= max;
}

export function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return value != null && (values as readonly string[]).includes(value);
}

/** An id that refers to a row: the reference's "≥ 1" rule, with null and 0 meaning "none". */
export function isPresentId(id: number | null | undefined): id is number {
  return id != null && id >= 1;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string | null | undefined): boolean {
  return value != null && UUID.test(value);
}

const EMAIL_LOCAL_CHAR = String.raw`[\p{L}\p{N}!#$%&'*+\-/=?^_${'`'}{|}~]`;
const DOMAIN_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const TOP_LEVEL_LABEL = String.raw`\p{L}(?:[\p{L}\p{N}-]*\p{L})?`;
const EMAIL = new RegExp(
  String.raw`^${EMAIL_LOCAL_CHAR}+(?:\.${EMAIL_LOCAL_CHAR}+)*@(?:${DOMAIN_LABEL}\.)+${TOP_LEVEL_LABEL}$`,
  'u',
);

/** A syntactic check: dot-separated local part, `@`, and a domain with at least one dot and an alphabetic top-level label. */
export function isEmail(value: string | null | undefined): boolean {
  return value != null && EMAIL.test(value);
}

const HOST_LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;

/** An RFC 1123 host name (underscores tolerated, as the reference does); IP addresses are not host names. */
export function isDnsHostname(value: string | null | undefined): boolean {
  if (value == null || value.length === 0 || value.length > 253) return false;
  const labels = value.split('.');
  return labels.every((label) => HOST_LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1]);
}

const URL_SCHEME = String.raw`(?:(?:https?|ftp|tcp|udp|wss?):\/\/)?`;
const URL_USER_INFO = String.raw`(?:[^\s:@/]+(?::[^\s@/]*)?@)?`;
const URL_HOST = String.raw`(?:(?:\d{1,3}\.){3}\d{1,3}|\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)*)`;
const URL_PORT = String.raw`(?::\d{1,5})?`;
const URL_REST = String.raw`(?:[/?#]\S*)?`;
const PERMISSIVE_URL = new RegExp(`^${URL_SCHEME}${URL_USER_INFO}${URL_HOST}${URL_PORT}${URL_REST}$`, 'i');

/** The reference's permissive URL rule (§4.6): the scheme is optional, a host is required, no whitespace. */
export function isPermissiveUrl(value: string | null | undefined): boolean {
  return value != null && value.length >= 3 && value.length <= 2083 && PERMISSIVE_URL.test(value);
}
