import { isTwoFactorUser, twoFactorMethod } from './two-factor.js';

const twoFactor = { enabledTwoFactor: true, confirmedTwoFactor: true, authyStatus: 'sms' };

describe(isTwoFactorUser.name, () => {
  it('requires both enabled and confirmed', () => {
    expect(isTwoFactorUser(twoFactor)).toBe(true);
    expect(isTwoFactorUser({ ...twoFactor, confirmedTwoFactor: false })).toBe(false);
    expect(isTwoFactorUser({ ...twoFactor, enabledTwoFactor: null })).toBe(false);
  });
});

describe(twoFactorMethod.name, () => {
  it('is none for users without confirmed two-factor login', () => {
    expect(twoFactorMethod({ ...twoFactor, enabledTwoFactor: false, authyStatus: 'onetouch' })).toBe('none');
  });

  it('is sms when authy_status is sms or empty', () => {
    expect(twoFactorMethod(twoFactor)).toBe('sms');
    expect(twoFactorMethod({ ...twoFactor, authyStatus: '' })).toBe('sms');
    expect(twoFactorMethod({ ...twoFactor, authyStatus: null })).toBe('sms');
  });

  it('is onetouch otherwise', () => {
    expect(twoFactorMethod({ ...twoFactor, authyStatus: 'onetouch' })).toBe('onetouch');
  });
});

describe('authenticator apps', () => {
  it('are the method when authy_status is totp', () => {
    expect(twoFactorMethod({ ...twoFactor, authyStatus: 'totp' })).toBe('totp');
  });
});
