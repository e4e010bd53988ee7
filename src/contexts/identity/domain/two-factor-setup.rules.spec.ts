import { INVALID_PHONE_MESSAGE, planTwoFactorSetup, TWO_FACTOR_REQUIRED_MESSAGE } from './two-factor-setup.rules.js';

/** A fixture user: no two-factor sign-in, the phone stored without its '+'. */
const fixtureUser = { enabledTwoFactor: false, confirmedTwoFactor: false, authyStatus: null, phoneNumber: '14345551212' };
const smsUser = { enabledTwoFactor: true, confirmedTwoFactor: true, authyStatus: 'sms', phoneNumber: '+14345551212' };
const post = (method: string, phoneInput: string, required = false) => ({ method, phoneInput, required });

describe(planTwoFactorSetup.name, () => {
  describe('without a method (blank AuthyStatus)', () => {
    it('leaves an unchanged phone alone, comparing normalised numbers', () => {
      expect(planTwoFactorSetup(fixtureUser, post('', '14345551212'))).toEqual({ kind: 'unchanged' });
      expect(planTwoFactorSetup(fixtureUser, post('', '+1 (434) 555-1212'))).toEqual({ kind: 'unchanged' });
      expect(planTwoFactorSetup(fixtureUser, post('', ''))).toEqual({ kind: 'unchanged' });
    });

    it('stores a changed phone', () => {
      expect(planTwoFactorSetup(fixtureUser, post('', '+12223334444'))).toEqual({ kind: 'store-phone', phoneNumber: '+12223334444' });
      expect(planTwoFactorSetup(fixtureUser, post('whatever', '2223334444'))).toEqual({ kind: 'store-phone', phoneNumber: '+12223334444' });
    });

    it('confirms a changed phone first when text messages are the second factor', () => {
      expect(planTwoFactorSetup(smsUser, post('', '+12223334444'))).toEqual({ kind: 'confirm-sms', phoneNumber: '+12223334444' });
    });

    it('refuses a number that is not a US/Canada one', () => {
      expect(planTwoFactorSetup(fixtureUser, post('', '555-1212'))).toEqual({ kind: 'refused', field: 'PhoneNumber', message: INVALID_PHONE_MESSAGE });
    });
  });

  describe('none', () => {
    it('is unchanged when two-factor sign-in is already off and the phone is the same', () => {
      expect(planTwoFactorSetup(fixtureUser, post('none', '14345551212'))).toEqual({ kind: 'unchanged' });
    });

    it('turns off and stores the phone whenever the status, the enabled flag or the phone differs', () => {
      expect(planTwoFactorSetup(fixtureUser, post('none', '+15556662888'))).toEqual({ kind: 'turn-off', phoneNumber: '+15556662888' });
      expect(planTwoFactorSetup({ ...fixtureUser, authyStatus: 'sms' }, post('none', ''))).toEqual({ kind: 'turn-off', phoneNumber: '+14345551212' });
      expect(planTwoFactorSetup({ ...fixtureUser, enabledTwoFactor: true }, post('none', ''))).toEqual({ kind: 'turn-off', phoneNumber: '+14345551212' });
      expect(planTwoFactorSetup(smsUser, post('none', '+14345551212'))).toEqual({ kind: 'turn-off', phoneNumber: '+14345551212' });
    });

    it('is refused while two-factor sign-in is required', () => {
      expect(planTwoFactorSetup(smsUser, post('none', '', true))).toEqual({ kind: 'refused', field: 'AuthyStatus', message: TWO_FACTOR_REQUIRED_MESSAGE });
    });
  });

  describe('sms and onetouch', () => {
    it('confirm a new method or phone, using the stored phone when none is posted', () => {
      expect(planTwoFactorSetup(fixtureUser, post('sms', ''))).toEqual({ kind: 'confirm-sms', phoneNumber: '+14345551212' });
      expect(planTwoFactorSetup(smsUser, post('sms', '2125550199'))).toEqual({ kind: 'confirm-sms', phoneNumber: '+12125550199' });
      expect(planTwoFactorSetup(smsUser, post('onetouch', ''))).toEqual({ kind: 'confirm-authy', phoneNumber: '+14345551212' });
    });

    it('are unchanged when the method and the normalised phone are the stored ones', () => {
      expect(planTwoFactorSetup({ ...smsUser, phoneNumber: '14345551212' }, post('sms', '+14345551212'))).toEqual({ kind: 'unchanged' });
      expect(planTwoFactorSetup({ ...smsUser, authyStatus: 'onetouch' }, post('onetouch', '14345551212'))).toEqual({ kind: 'unchanged' });
    });

    it('need a phone', () => {
      expect(planTwoFactorSetup({ ...fixtureUser, phoneNumber: null }, post('sms', ''))).toEqual({ kind: 'refused', field: 'PhoneNumber', message: INVALID_PHONE_MESSAGE });
    });
  });

  it('enrolls an authenticator app whatever the phone', () => {
    expect(planTwoFactorSetup(fixtureUser, post('totp', 'not a phone'))).toEqual({ kind: 'enroll-totp' });
  });
});
