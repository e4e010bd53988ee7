export const PASSWORD_REQUIREMENTS_MESSAGE = 'password does not meet minimum requirements';
export const PASSWORDS_DONT_MATCH_MESSAGE = "passwords don't match";

export const MIN_PASSWORD_LENGTH = 8;

/** At least 8 characters with an ASCII lowercase letter, an uppercase letter and a digit; nothing else. */
export function meetsPasswordRequirements(password: string): boolean {
  // Fix (reference quirk): the reference counts bytes, so a 7-character password with accented letters passed; we count characters.
  return [...password].length >= MIN_PASSWORD_LENGTH && /[a-z]/.test(password) && /[A-Z]/.test(password) && /[0-9]/.test(password);
}

/** The change-password form's checks, in order; null when the new password is acceptable. */
export function newPasswordViolation(newPassword: string, confirmation: string): string | null {
  if (newPassword !== confirmation) return PASSWORDS_DONT_MATCH_MESSAGE;
  if (!meetsPasswordRequirements(newPassword)) return PASSWORD_REQUIREMENTS_MESSAGE;
  return null;
}
