import type { Timestamp } from '../../../shared/time/timestamp.js';
import { toEpochMillis } from '../../../shared/time/timestamp.js';

/** A new account's set-up link and a password-reset link expire after different times. */
export type ResetTokenKind = 'welcome' | 'reset';

export interface ResetTokenState {
  /** The bcrypt hash of the pending token; null when none is pending. */
  readonly resetPasswordToken: string | null;
  readonly resetPasswordSentAt: Timestamp | null;
  /** False for accounts created with a welcome link until they choose a password (the reference never sets it). */
  readonly initialPasswordUpdated: boolean | null;
  readonly signInCount: number | null;
  readonly passwordChangedAt: Timestamp | null;
}

export interface ResetTokenLifetimes {
  readonly resetMs: number;
  readonly welcomeMs: number;
}

/**
 * A welcome token belongs to an account that has never been used: flag still false, never signed in
 * (using a link counts as a sign-in) and no password ever set. The flag alone would not do: the
 * reference never set it, so it is false on every account it created.
 */
export const resetTokenKind = (user: Pick<ResetTokenState, 'initialPasswordUpdated' | 'signInCount' | 'passwordChangedAt'>): ResetTokenKind =>
  user.initialPasswordUpdated === false && !user.signInCount && user.passwordChangedAt === null ? 'welcome' : 'reset';

/**
 * A pending token can be used until its lifetime after it was sent has passed (the reference never
 * expires them). A token without a send time is treated as expired.
 */
export function isResetTokenLive(user: ResetTokenState, lifetimes: ResetTokenLifetimes, now: Timestamp): boolean {
  if (!user.resetPasswordToken || !user.resetPasswordSentAt) return false;
  const lifetime = resetTokenKind(user) === 'welcome' ? lifetimes.welcomeMs : lifetimes.resetMs;
  return toEpochMillis(now) < toEpochMillis(user.resetPasswordSentAt) + lifetime;
}

export const INVALID_RESET_TOKEN_MESSAGE = 'This link is invalid or has expired. Ask for a new one below.';
