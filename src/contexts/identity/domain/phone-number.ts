/** `+` followed by exactly 11 digits: a US/Canada number with its leading country code 1. */
export const PHONE_NUMBER_PATTERN = /^\+[0-9]{11}$/;

/**
 * What the reference does on every user save: keep only the digits; if any remain, prefix `1` unless
 * they already start with it, then `+`. Numbers without digits become ''.
 */
export function normalizePhoneNumber(phoneNumber: string | null | undefined): string {
  const digits = (phoneNumber ?? '').replace(/[^0-9]/g, '');
  if (digits === '') return '';
  return `+${digits.startsWith('1') ? digits : `1${digits}`}`;
}

/**
 * The number text messages go to: the stored number normalised (the reference's fixtures store
 * `14345551212`, without the `+`), or null when it is not a US/Canada number.
 */
export function smsPhoneNumber(stored: string | null | undefined): string | null {
  const phoneNumber = normalizePhoneNumber(stored);
  return PHONE_NUMBER_PATTERN.test(phoneNumber) ? phoneNumber : null;
}
