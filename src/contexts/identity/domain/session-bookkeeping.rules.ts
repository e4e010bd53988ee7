import type { Timestamp } from '../../../shared/time/timestamp.js';

export interface SignInRecord {
  readonly signInCount: number;
  readonly currentSignInAt: Timestamp | null;
  readonly lastSignInAt: Timestamp | null;
  readonly currentSignInIp: string | null;
  readonly lastSignInIp: string | null;
}

export interface SignOutChanges extends Omit<SignInRecord, 'signInCount'> {
  readonly encryptedOtpSecret: null;
  readonly encryptedOtpSentAt: null;
}

/** The user-row changes of a successful sign-in: the current session moves to "last", the new one becomes current. */
export function afterSignIn(user: SignInRecord, ip: string, now: Timestamp): SignInRecord {
  return {
    signInCount: user.signInCount + 1,
    lastSignInIp: user.currentSignInIp || user.lastSignInIp,
    // Fix (reference quirk): the reference's inverted condition never copied current_sign_in_at into last_sign_in_at.
    lastSignInAt: user.currentSignInAt ?? user.lastSignInAt,
    currentSignInIp: ip,
    currentSignInAt: now,
  };
}

/** The user-row changes of a sign-out: current moves to "last", and the pending SMS code is discarded. */
export function afterSignOut(user: SignInRecord): SignOutChanges {
  return {
    lastSignInIp: user.currentSignInIp || user.lastSignInIp,
    lastSignInAt: user.currentSignInAt ?? user.lastSignInAt,
    currentSignInIp: null,
    currentSignInAt: null,
    encryptedOtpSecret: null,
    encryptedOtpSentAt: null,
  };
}
