import { isTwoFactorRequired, mustSetUpTwoFactor, pendingStepOf, type SessionAccessFacts } from './session-access.rules.js';

const now = '2026-01-10T12:00:00Z';
const plain: SessionAccessFacts = {
  enabledTwoFactor: false,
  confirmedTwoFactor: false,
  authyStatus: null,
  secondFactorCompletedAt: null,
  forcePasswordUpdate: false,
  resetPasswordSentAt: null,
  otpRequiredForLogin: false,
  gracePeriod: null,
  institutionOtpEnabled: false,
};
const twoFactorUser = { ...plain, enabledTwoFactor: true, confirmedTwoFactor: true, authyStatus: 'sms' };

describe(pendingStepOf.name, () => {
  it('gives full access to a session that owes nothing', () => {
    expect(pendingStepOf(plain, now)).toBeUndefined();
  });

  it('holds a two-factor user to the second factor until this session completes it', () => {
    expect(pendingStepOf(twoFactorUser, now)).toBe('second-factor');
    expect(pendingStepOf({ ...twoFactorUser, secondFactorCompletedAt: now }, now)).toBeUndefined();
  });

  it('asks for the second factor before a forced password change', () => {
    const reset = { forcePasswordUpdate: true, resetPasswordSentAt: '2026-01-10T11:00:00Z' };
    expect(pendingStepOf({ ...twoFactorUser, ...reset }, now)).toBe('second-factor');
    expect(pendingStepOf({ ...twoFactorUser, ...reset, secondFactorCompletedAt: now }, now)).toBe('password-change');
    expect(pendingStepOf({ ...plain, ...reset }, now)).toBe('password-change');
  });

  it('does not enforce the flag without a reset we sent, as the reference did not', () => {
    expect(pendingStepOf({ ...plain, forcePasswordUpdate: true }, now)).toBeUndefined();
    expect(pendingStepOf({ ...plain, resetPasswordSentAt: '2026-01-10T11:00:00Z' }, now)).toBeUndefined();
  });

  it('sends users whom policy requires to use two-factor sign-in to the set-up once the grace period is over', () => {
    expect(pendingStepOf({ ...plain, otpRequiredForLogin: true, gracePeriod: '2026-02-01T00:00:00Z' }, now)).toBeUndefined();
    expect(pendingStepOf({ ...plain, otpRequiredForLogin: true, gracePeriod: '2026-01-01T00:00:00Z' }, now)).toBe('two-factor-setup');
    expect(pendingStepOf({ ...plain, institutionOtpEnabled: true }, now)).toBe('two-factor-setup');
    expect(pendingStepOf({ ...twoFactorUser, institutionOtpEnabled: true, secondFactorCompletedAt: now }, now)).toBeUndefined();
  });
});

describe(isTwoFactorRequired.name, () => {
  it('is required by the user flag or the institution setting', () => {
    expect(isTwoFactorRequired({ otpRequiredForLogin: null, institutionOtpEnabled: null })).toBe(false);
    expect(isTwoFactorRequired({ otpRequiredForLogin: true, institutionOtpEnabled: false })).toBe(true);
    expect(isTwoFactorRequired({ otpRequiredForLogin: false, institutionOtpEnabled: true })).toBe(true);
  });
});

describe(mustSetUpTwoFactor.name, () => {
  it('is due on the last day of the grace period', () => {
    expect(mustSetUpTwoFactor({ ...plain, otpRequiredForLogin: true, gracePeriod: now }, now)).toBe(true);
  });
});
