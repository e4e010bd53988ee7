import { currentTotpCode } from '../../../src/contexts/identity/application/totp.js';
import { SmsSender } from '../../../src/contexts/identity/application/sms-sender.js';
import type { LoggingSmsSender } from '../../../src/contexts/identity/infrastructure/sms/logging-sms.sender.js';
import { FakeAuthy } from '../../support/fake-authy.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, signIn, signInPageTarget, WebClient } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('web: two-factor sign-in', () => {
  let t: TestApp;
  const authy = new FakeAuthy();

  beforeAll(async () => {
    const authyUrl = await authy.start();
    t = await createTestApp({ env: { ENABLE_TWO_FACTOR_AUTHY: 'true', AUTHY_API_KEY: 'test-authy-key', AUTHY_API_URL: authyUrl } });
  });
  afterAll(async () => {
    await t.close();
    await authy.stop();
  });

  const query = (sql: string, params: unknown[] = []) => t.db.dataSource.query(sql, params);
  const lastSms = (phone: string) => {
    const sms = (t.app.get(SmsSender) as LoggingSmsSender).messages.filter((m) => m.phoneNumber === phone).at(-1);
    return /(\d{6})$/.exec(sms?.message ?? '')?.[1] ?? '';
  };
  const makeSmsUser = (id: number, phone = '+14345551212') =>
    query(`UPDATE users SET enabled_two_factor = true, confirmed_two_factor = true, authy_status = 'sms', phone_number = $2 WHERE id = $1`, [id, phone]);

  /** Signs in with the password only: the session still owes its second factor. */
  async function firstStep(email: string): Promise<WebClient> {
    const client = new WebClient(t);
    const response = await client.post('/users/sign_in', { email, password: 'password' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/users/2fa_choose');
    client.forgetToken();
    return client;
  }

  it('holds a two-factor session to the 2FA pages until an SMS code is entered', async () => {
    await makeSmsUser(3);
    const client = await firstStep('user@inst1.edu');
    expect((await client.get('/dashboard')).headers.location).toBe('/users/2fa_choose');
    expect((await client.get('/users/my_account')).headers.location).toBe('/users/2fa_choose');
    const api = await client.request({ method: 'GET', url: '/member-api/v3/objects' });
    expect(api.statusCode).toBe(401);

    const choose = await client.get('/users/2fa_choose');
    expect(choose.statusCode).toBe(200);
    expect(pageText(choose.body)).toContain('Text a code to the phone ending in 1212');
    expect(choose.body).not.toContain('href="/users/my_account"');

    const sent = await client.post('/users/2fa_sms');
    expect(sent.statusCode).toBe(200);
    const code = lastSms('+14345551212');
    expect(code).toMatch(/^\d{6}$/);
    const [row] = await query(`SELECT otp_hash FROM user_sessions WHERE user_id = 3 AND otp_hash IS NOT NULL`);
    expect(row.otp_hash).not.toContain(code);

    const wrong = await client.post('/users/2fa_verify', { otp: code === '000000' ? '111111' : '000000', two_factor_method: 'sms' });
    expect(wrong.statusCode).toBe(400);
    expect(pageText(wrong.body)).toContain('One-time password is incorrect. Try again.');
    const right = await client.post('/users/2fa_verify', { otp: code, two_factor_method: 'sms' });
    expect(right.statusCode).toBe(302);
    expect(right.headers.location).toBe('/dashboard');
    expect((await client.get('/dashboard')).statusCode).toBe(200);
    // As in the reference, the second-step pages stay open to the session once it owes nothing.
    expect((await client.get('/users/2fa_choose')).statusCode).toBe(200);
  });

  it("signs a fixture two-factor user in by SMS, whose phone is stored without the '+' (reference fixture sms_user)", async () => {
    await query(`UPDATE users SET enabled_two_factor = true, confirmed_two_factor = true, authy_status = 'sms' WHERE id = 6`);
    expect((await query(`SELECT phone_number FROM users WHERE id = 6`))[0].phone_number).toBe('12125551212');
    const client = await firstStep('sms_user@example.com');
    const choose = await client.get('/users/2fa_choose');
    expect(choose.statusCode).toBe(200);
    expect(pageText(choose.body)).toContain('Text a code to the phone ending in 1212');
    expect(choose.body).toContain(`submitSecondFactor('sms')`);

    const sent = await client.post('/users/2fa_sms');
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('<input type="hidden" name="two_factor_method" value="sms">');
    expect(sent.body).toContain('SMS Code');
    const code = lastSms('+12125551212');
    expect(code).toMatch(/^\d{6}$/);
    const verified = await client.post('/users/2fa_verify', { otp: code, two_factor_method: 'sms' });
    expect(verified.headers.location).toBe('/dashboard');
    expect((await client.get('/dashboard')).statusCode).toBe(200);

    // Re-posting the stored number in another format changes nothing.
    const same = await client.post('/users/2fa_setup', { AuthyStatus: 'sms', PhoneNumber: '+12125551212' }, { tokenPage: '/users/2fa_setup' });
    expect(same.headers.location).toBe('/users/my_account');
    expect(pageText((await client.get('/users/my_account')).body)).toContain('Your two-factor preferences remain unchanged.');
  });

  it('serves the second-step pages to a session that owes no second factor: codes are sent, and a backup code is spent', async () => {
    const client = await signIn(t, 'admin@inst1.edu');
    expect((await client.get('/users/2fa_choose')).statusCode).toBe(200);
    const backupPage = await client.get('/users/2fa_backup');
    expect(backupPage.statusCode).toBe(200);
    expect(backupPage.body).toContain('name="two_factor_method" value="backup"');
    expect(pageText(backupPage.body)).toContain('Backup Code');

    const sent = await client.post('/users/2fa_sms');
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('type="hidden" name="two_factor_method" value="sms"');
    expect(lastSms('+14345551212')).toMatch(/^\d{6}$/);

    const generated = await client.post('/users/backup_codes');
    const codes = [...generated.body.matchAll(/<p class="backup-code">(\w+)<\/p>/g)].map((m) => m[1]);
    expect(codes).toHaveLength(6);
    const spent = await client.post('/users/2fa_verify', { otp: codes[0], two_factor_method: 'Backup Code' });
    expect(spent.statusCode).toBe(302);
    expect(spent.headers.location).toBe('/dashboard');
    expect((await query(`SELECT otp_backup_codes FROM users WHERE id = 2`))[0].otp_backup_codes).toHaveLength(5);
    const reused = await client.post('/users/2fa_verify', { otp: codes[0], two_factor_method: 'Backup Code' }, { tokenPage: '/users/2fa_backup' });
    expect(reused.statusCode).toBe(400);
    expect((await client.get('/dashboard')).statusCode).toBe(200);
  });

  it('keeps the second-factor state per session: another browser still owes it', async () => {
    const other = await firstStep('user@inst1.edu');
    expect((await other.get('/dashboard')).headers.location).toBe('/users/2fa_choose');
  });

  it('refuses an expired SMS code', async () => {
    const client = await firstStep('user@inst1.edu');
    await client.post('/users/2fa_sms');
    const code = lastSms('+14345551212');
    await query(`UPDATE user_sessions SET otp_sent_at = otp_sent_at - interval '16 minutes' WHERE user_id = 3 AND otp_hash IS NOT NULL`);
    const expired = await client.post('/users/2fa_verify', { otp: code, two_factor_method: 'sms' });
    expect(expired.statusCode).toBe(400);
    expect(pageText(expired.body)).toContain('That code has expired.');
  });

  it('ends the session after five wrong codes', async () => {
    await makeSmsUser(9);
    const client = await firstStep('user@test.edu');
    await client.post('/users/2fa_sms');
    for (let i = 0; i < 4; i++) expect((await client.post('/users/2fa_verify', { otp: 'bad', two_factor_method: 'sms' })).statusCode).toBe(400);
    const locked = await client.post('/users/2fa_verify', { otp: 'bad', two_factor_method: 'sms' });
    expect(locked.statusCode).toBe(302);
    expect(locked.headers.location).toBe('/users/sign_in');
    expect(signInPageTarget(await client.get('/users/2fa_choose'))).toBe('/users/sign_in?requrl=%2Fusers%2F2fa_choose');
    await query(`UPDATE users SET enabled_two_factor = false WHERE id = 9`);
  });

  it('issues backup codes once, each good for one sign-in', async () => {
    const client = await firstStep('user@inst1.edu');
    await client.post('/users/2fa_sms');
    await client.post('/users/2fa_verify', { otp: lastSms('+14345551212'), two_factor_method: 'sms' });
    const page = await client.post('/users/backup_codes');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const codes = [...page.body.matchAll(/<p class="backup-code">([0-9a-f]{10})<\/p>/g)].map((m) => m[1]);
    expect(codes).toHaveLength(6);
    const [{ otp_backup_codes: stored }] = await query(`SELECT otp_backup_codes FROM users WHERE id = 3`);
    expect(stored).toHaveLength(6);
    for (const hash of stored) expect(hash).toMatch(/^\$2[ab]\$10\$/);

    const next = await firstStep('user@inst1.edu');
    expect((await next.get('/users/2fa_backup')).statusCode).toBe(200);
    expect((await next.post('/users/2fa_verify', { otp: codes[2].toUpperCase(), two_factor_method: 'Backup Code' })).headers.location).toBe('/dashboard');
    const again = await firstStep('user@inst1.edu');
    const reused = await again.post('/users/2fa_verify', { otp: codes[2], two_factor_method: 'Backup Code' }, { tokenPage: '/users/2fa_backup' });
    expect(reused.statusCode).toBe(400);
    expect(pageText(reused.body)).toContain('Backup code is incorrect.');
    expect((await query(`SELECT otp_backup_codes FROM users WHERE id = 3`))[0].otp_backup_codes).toHaveLength(5);
  });

  it('sets up an authenticator app with a QR code and signs in with its codes, each used once', async () => {
    const client = await signIn(t, 'admin@inst2.edu');
    const enroll = await client.post('/users/2fa_setup', { AuthyStatus: 'totp', PhoneNumber: '' }, { tokenPage: '/users/2fa_setup' });
    expect(enroll.statusCode).toBe(200);
    expect(enroll.body).toContain('<svg');
    const secret = /id="totp-secret">([A-Z2-7]+)</.exec(enroll.body)![1];
    expect((await client.post('/users/2fa_totp_confirm', { otp: '000000' })).statusCode).toBe(400);
    // The same string is replayed below: recomputing it could fall into the next 30-second step.
    const firstCode = currentTotpCode(secret);
    const confirmed = await client.post('/users/2fa_totp_confirm', { otp: firstCode });
    expect(confirmed.headers.location).toBe('/users/my_account');
    const [user] = await query(`SELECT authy_status, enabled_two_factor, confirmed_two_factor, encrypted_otp_secret FROM users WHERE id = 5`);
    expect(user).toMatchObject({ authy_status: 'totp', enabled_two_factor: true, confirmed_two_factor: true });
    expect(user.encrypted_otp_secret).not.toContain(secret);
    expect((await client.get('/dashboard')).statusCode).toBe(200);

    const next = await firstStep('admin@inst2.edu');
    expect((await next.get('/users/2fa_choose')).body).toContain('href="/users/2fa_app"');
    await next.get('/users/2fa_app');
    const reusedCode = await next.post('/users/2fa_verify', { otp: firstCode, two_factor_method: 'totp' });
    expect(reusedCode.statusCode).toBe(400);
    const ok = await next.post('/users/2fa_verify', { otp: currentTotpCode(secret, Date.now() + 30_000), two_factor_method: 'totp' });
    expect(ok.headers.location).toBe('/dashboard');
  });

  it('confirms a new phone by SMS before using it', async () => {
    const client = await signIn(t, 'admin@test.edu');
    const started = await client.post('/users/2fa_setup', { AuthyStatus: 'sms', PhoneNumber: '(212) 555-0199' }, { tokenPage: '/users/2fa_setup' });
    expect(started.statusCode).toBe(200);
    expect(pageText(started.body)).toContain('We have sent a code to +12125550199');
    expect(pageText(started.body)).toContain('Enter the code we just texted you into the box below.');
    const wrong = await client.post('/users/confirm_phone', { otp: '000000' === lastSms('+12125550199') ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(400);
    expect((await query(`SELECT enabled_two_factor FROM users WHERE id = 8`))[0].enabled_two_factor).toBe(false);
    expect(pageText(wrong.body)).toContain('Confirm Your Phone Number');
    const ok = await client.post('/users/confirm_phone', { otp: lastSms('+12125550199') });
    expect(ok.headers.location).toBe('/users/my_account');
    expect(pageText((await client.get('/users/my_account')).body)).toContain('Thank you for confirming your phone number. Next time you log in');
    expect((await query(`SELECT phone_number, authy_status, enabled_two_factor, confirmed_two_factor FROM users WHERE id = 8`))[0]).toEqual({
      phone_number: '+12125550199', authy_status: 'sms', enabled_two_factor: true, confirmed_two_factor: true,
    });
  });

  it('compares a set-up post with the stored method and phone, as the reference does', async () => {
    await query(`UPDATE users SET enabled_two_factor = false, confirmed_two_factor = false, authy_status = NULL, phone_number = '14345551212' WHERE id = 8`);
    const client = await signIn(t, 'admin@test.edu');
    const setup = async (form: Record<string, string>) => {
      const response = await client.post('/users/2fa_setup', form, { tokenPage: '/users/2fa_setup' });
      client.forgetToken();
      return response;
    };
    const flashAfter = async (form: Record<string, string>) => {
      const response = await setup(form);
      expect(response.headers.location).toBe('/users/my_account');
      return pageText((await client.get('/users/my_account')).body);
    };
    const stored = async () => (await query(`SELECT phone_number, authy_status, enabled_two_factor FROM users WHERE id = 8`))[0];

    expect(await flashAfter({ AuthyStatus: '', PhoneNumber: '14345551212' })).toContain('Your two-factor preferences remain unchanged.');
    expect(await flashAfter({ AuthyStatus: '', PhoneNumber: '+12223334444' })).toContain('Your phone number has been updated.');
    expect((await stored()).phone_number).toBe('+12223334444');

    const sms = await setup({ AuthyStatus: 'sms', PhoneNumber: '+15556662888' });
    expect(sms.statusCode).toBe(200);
    expect(pageText(sms.body)).toContain('Enter the code we just texted you into the box below.');
    expect((await stored()).phone_number).toBe('+12223334444');

    expect(await flashAfter({ AuthyStatus: 'none', PhoneNumber: '+15556662888' })).toContain('Two-factor authentication has been turned off for your account.');
    expect(await stored()).toEqual({ phone_number: '+15556662888', authy_status: null, enabled_two_factor: false });
    expect(await flashAfter({ AuthyStatus: 'none', PhoneNumber: '+15556662888' })).toContain('Your two-factor preferences remain unchanged.');

    // A chosen but never confirmed method is cleared by "none" too.
    await query(`UPDATE users SET authy_status = 'sms' WHERE id = 8`);
    expect(await flashAfter({ AuthyStatus: 'none', PhoneNumber: '' })).toContain('Two-factor authentication has been turned off for your account.');
    expect(await stored()).toEqual({ phone_number: '+15556662888', authy_status: null, enabled_two_factor: false });

    const bad = await setup({ AuthyStatus: '', PhoneNumber: '555-1212' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/id="error-PhoneNumber">Please enter a phone number in format \+2125551212\./);
  });

  it('confirms a new phone first when it is posted without a method by a user whose second factor is text messages', async () => {
    await makeSmsUser(8, '+14345551212');
    const client = await firstStep('admin@test.edu');
    await client.post('/users/2fa_sms');
    await client.post('/users/2fa_verify', { otp: lastSms('+14345551212'), two_factor_method: 'sms' });
    const started = await client.post('/users/2fa_setup', { AuthyStatus: '', PhoneNumber: '+12125550177' }, { tokenPage: '/users/2fa_setup' });
    expect(started.statusCode).toBe(200);
    expect(pageText(started.body)).toContain('Confirm Your Phone Number');
    expect((await query(`SELECT phone_number FROM users WHERE id = 8`))[0].phone_number).toBe('+14345551212');
    expect((await client.post('/users/confirm_phone', { otp: lastSms('+12125550177') })).headers.location).toBe('/users/my_account');
    expect((await query(`SELECT phone_number, authy_status FROM users WHERE id = 8`))[0]).toEqual({ phone_number: '+12125550177', authy_status: 'sms' });
    await query(`UPDATE users SET enabled_two_factor = false WHERE id = 8`);
  });

  it("sends users whose institution requires two-factor sign-in to the set-up, and lets them in once it's done", async () => {
    await query(`UPDATE institutions SET otp_enabled = true WHERE id = 3`);
    const client = await signIn(t, 'user@inst2.edu');
    expect((await client.get('/dashboard')).headers.location).toBe('/users/2fa_setup');
    const setup = await client.get('/users/2fa_setup');
    expect(setup.statusCode).toBe(200);
    expect(setup.body).not.toContain('value="none"');
    const off = await client.post('/users/2fa_setup', { AuthyStatus: 'none' });
    expect(off.statusCode).toBe(400);
    const enroll = await client.post('/users/2fa_setup', { AuthyStatus: 'totp' });
    const secret = /id="totp-secret">([A-Z2-7]+)</.exec(enroll.body)![1];
    await client.post('/users/2fa_totp_confirm', { otp: currentTotpCode(secret) });
    expect((await client.get('/dashboard')).statusCode).toBe(200);
    await query(`UPDATE institutions SET otp_enabled = false WHERE id = 3`);
  });

  it('sets up and signs in with Authy push approval', async () => {
    const client = await signIn(t, 'system@aptrust.org');
    const setup = await client.post('/users/2fa_setup', { AuthyStatus: 'onetouch', PhoneNumber: '+14345551212' }, { tokenPage: '/users/2fa_setup' });
    expect(setup.headers.location).toBe('/users/my_account');
    expect(pageText((await client.get('/users/my_account')).body)).toContain('Your two-factor setup is complete. Next time you log in');
    expect(authy.requests.every((r) => r.apiKey === 'test-authy-key')).toBe(true);
    expect(authy.requests[0]).toMatchObject({ method: 'POST', path: '/protected/json/users/new' });
    expect(authy.requests[0].body).toContain('user%5Bcountry_code%5D=1');
    expect((await query(`SELECT authy_id, authy_status, enabled_two_factor FROM users WHERE id = 1`))[0]).toEqual({ authy_id: '4000', authy_status: 'onetouch', enabled_two_factor: true });

    const next = await firstStep('system@aptrust.org');
    expect((await next.get('/users/2fa_choose')).body).toContain('action="/users/2fa_push"');
    expect((await next.post('/users/2fa_push')).headers.location).toBe('/dashboard');
    expect((await next.get('/dashboard')).statusCode).toBe(200);

    authy.answer = 'denied';
    const denied = await firstStep('system@aptrust.org');
    expect((await denied.post('/users/2fa_push', {}, { tokenPage: '/users/2fa_choose' })).headers.location).toBe('/users/sign_out');
    authy.answer = 'approved';
  });

  it('signs out a user whose Authy set-up is not approved, as the reference does, and enables nothing', async () => {
    const client = await signIn(t, 'admin@inst1.edu');
    authy.answer = 'denied';
    const setup = await client.post('/users/2fa_setup', { AuthyStatus: 'onetouch', PhoneNumber: '+14345551313' }, { tokenPage: '/users/2fa_setup' });
    authy.answer = 'approved';
    expect(setup.statusCode).toBe(302);
    expect(setup.headers.location).toBe('/users/sign_out');
    const [user] = await query(`SELECT authy_status, enabled_two_factor, confirmed_two_factor FROM users WHERE id = 2`);
    expect(user.authy_status).not.toBe('onetouch');
    expect(user.enabled_two_factor).toBeFalsy();
    expect(user.confirmed_two_factor).toBeFalsy();

    const signedOut = await client.get('/users/sign_out');
    expect(pageText(signedOut.body)).toContain('The two-factor set-up was not approved in Authy.');
    expect(signInPageTarget(await client.get('/dashboard'))).toBe('/users/sign_in?requrl=%2Fdashboard');
  });
});
