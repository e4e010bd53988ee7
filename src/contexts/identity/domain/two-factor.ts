/** Values of `users.authy_status` and of the derived two-factor method; `totp` (authenticator apps) is ours. */
export const TWO_FACTOR_METHODS = ['onetouch', 'sms', 'totp', 'none'] as const;
export type TwoFactorMethod = (typeof TWO_FACTOR_METHODS)[number];

export const TWO_FACTOR_AUTHY: TwoFactorMethod = 'onetouch';
export const TWO_FACTOR_SMS: TwoFactorMethod = 'sms';
export const TWO_FACTOR_TOTP: TwoFactorMethod = 'totp';
export const TWO_FACTOR_NONE: TwoFactorMethod = 'none';

/** Kinds of second factor the login screens offer. */
export const SECOND_FACTOR_KINDS = ['Authy', 'Backup Code', 'SMS', 'Authenticator App'] as const;
export type SecondFactorKind = (typeof SECOND_FACTOR_KINDS)[number];

export interface TwoFactorSettings {
  readonly enabledTwoFactor: boolean | null;
  readonly confirmedTwoFactor: boolean | null;
  readonly authyStatus: string | null;
}

/** A user has two-factor login only once it is both enabled and confirmed. */
export function isTwoFactorUser(user: TwoFactorSettings): boolean {
  return user.enabledTwoFactor === true && user.confirmedTwoFactor === true;
}

/** `none` without two-factor login; `sms` when authy_status is sms or empty; `totp` for authenticator apps; otherwise `onetouch`. */
export function twoFactorMethod(user: TwoFactorSettings): TwoFactorMethod {
  if (!isTwoFactorUser(user)) return TWO_FACTOR_NONE;
  if (user.authyStatus === TWO_FACTOR_SMS || !user.authyStatus) return TWO_FACTOR_SMS;
  if (user.authyStatus === TWO_FACTOR_TOTP) return TWO_FACTOR_TOTP;
  return TWO_FACTOR_AUTHY;
}
