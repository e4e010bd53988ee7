import { afterSignIn, afterSignOut, type SignInRecord } from './session-bookkeeping.rules.js';

const signedIn: SignInRecord = {
  signInCount: 4,
  currentSignInAt: '2024-01-01T09:00:00Z',
  lastSignInAt: '2023-12-01T09:00:00Z',
  currentSignInIp: '10.0.0.1',
  lastSignInIp: '10.0.0.9',
};

describe(afterSignIn.name, () => {
  it('counts the sign-in and makes the new session current', () => {
    const result = afterSignIn(signedIn, '192.168.1.5', '2024-02-01T08:00:00Z');
    expect(result).toEqual({
      signInCount: 5,
      currentSignInIp: '192.168.1.5',
      currentSignInAt: '2024-02-01T08:00:00Z',
      lastSignInIp: '10.0.0.1',
      lastSignInAt: '2024-01-01T09:00:00Z',
    });
  });

  it('moves the previous sign-in time into last_sign_in_at (the reference never did)', () => {
    expect(afterSignIn(signedIn, 'ip', '2024-02-01T08:00:00Z').lastSignInAt).toBe('2024-01-01T09:00:00Z');
  });

  it('keeps the old "last" values when there was no current session', () => {
    const result = afterSignIn({ ...signedIn, currentSignInAt: null, currentSignInIp: null }, 'ip', '2024-02-01T08:00:00Z');
    expect(result.lastSignInIp).toBe('10.0.0.9');
    expect(result.lastSignInAt).toBe('2023-12-01T09:00:00Z');
  });
});

describe(afterSignOut.name, () => {
  it('moves the current session into "last", clears it, and discards the SMS code', () => {
    expect(afterSignOut(signedIn)).toEqual({
      lastSignInIp: '10.0.0.1',
      lastSignInAt: '2024-01-01T09:00:00Z',
      currentSignInIp: null,
      currentSignInAt: null,
      encryptedOtpSecret: null,
      encryptedOtpSentAt: null,
    });
  });
});
