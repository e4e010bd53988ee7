import { normalizePhoneNumber, PHONE_NUMBER_PATTERN } from './phone-number.js';
import { TWO_FACTOR_AUTHY, TWO_FACTOR_NONE, TWO_FACTOR_SMS, TWO_FACTOR_TOTP, twoFactorMethod, type TwoFactorSettings } from './two-factor.js';

/** What the set-up form changes (workflows.md §6.3), as the user row stores it. */
export interface StoredTwoFactorSetup extends TwoFactorSettings {
  readonly phoneNumber: string | null;
}

export interface SetupRequest {
  /** `AuthyStatus` as posted: sms, onetouch, totp, none, or anything else (blank: only the phone). */
  readonly method: string;
  /** `PhoneNumber` as posted; blank keeps the stored number. */
  readonly phoneInput: string;
  /** Whether the user or their institution requires two-factor sign-in. */
  readonly required: boolean;
}

export type SetupPlan =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'turn-off'; readonly phoneNumber: string }
  | { readonly kind: 'store-phone'; readonly phoneNumber: string }
  | { readonly kind: 'confirm-sms'; readonly phoneNumber: string }
  | { readonly kind: 'confirm-authy'; readonly phoneNumber: string }
  | { readonly kind: 'enroll-totp' }
  | { readonly kind: 'refused'; readonly field: 'AuthyStatus' | 'PhoneNumber'; readonly message: string };

export const INVALID_PHONE_MESSAGE = 'Please enter a phone number in format +2125551212.';
export const TWO_FACTOR_REQUIRED_MESSAGE = 'Two-factor sign-in is required for your account. Choose a method.';

/**
 * What a post of the set-up form does, comparing the posted method and (normalised) phone with the
 * stored ones as the reference does. A new SMS phone or Authy device is written only once confirmed;
 * so is a changed phone posted without a method when text messages are the user's second factor.
 */
export function planTwoFactorSetup(user: StoredTwoFactorSetup, request: SetupRequest): SetupPlan {
  if (request.method === TWO_FACTOR_TOTP) return { kind: 'enroll-totp' };
  const storedPhone = normalizePhoneNumber(user.phoneNumber);
  const phoneNumber = request.phoneInput.trim() === '' ? storedPhone : normalizePhoneNumber(request.phoneInput);
  if (phoneNumber !== '' && !PHONE_NUMBER_PATTERN.test(phoneNumber)) return { kind: 'refused', field: 'PhoneNumber', message: INVALID_PHONE_MESSAGE };
  const phoneChanged = phoneNumber !== storedPhone;
  const current = twoFactorMethod(user);

  if (request.method === TWO_FACTOR_NONE) {
    if (request.required) return { kind: 'refused', field: 'AuthyStatus', message: TWO_FACTOR_REQUIRED_MESSAGE };
    const storedStatus = user.authyStatus && user.authyStatus !== TWO_FACTOR_NONE ? user.authyStatus : '';
    if (user.enabledTwoFactor !== true && storedStatus === '' && !phoneChanged) return { kind: 'unchanged' };
    return { kind: 'turn-off', phoneNumber };
  }
  if (request.method === TWO_FACTOR_SMS || request.method === TWO_FACTOR_AUTHY) {
    if (phoneNumber === '') return { kind: 'refused', field: 'PhoneNumber', message: INVALID_PHONE_MESSAGE };
    if (current === request.method && !phoneChanged) return { kind: 'unchanged' };
    return { kind: request.method === TWO_FACTOR_SMS ? 'confirm-sms' : 'confirm-authy', phoneNumber };
  }
  if (!phoneChanged) return { kind: 'unchanged' };
  if (current === TWO_FACTOR_SMS) return { kind: 'confirm-sms', phoneNumber };
  return { kind: 'store-phone', phoneNumber };
}
