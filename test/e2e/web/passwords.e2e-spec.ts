import type { Response } from 'light-my-request';
import { lastEmailTo, resetLinkOf, sentEmails } from '../../support/outbox.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, signIn, signInPageTarget, WebClient } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('web: passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const query = (sql: string, params: unknown[] = []) => t.db.dataSource.query(sql, params);

  /** api.md §1.8: 401, the reference's message, no navigation, and a link the page follows by itself after 2 s. */
  function expectFinishChangingPage(response: Response, userId: number): void {
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<p>Please finish changing your password</p>');
    expect(response.body).toContain(`<a href="/users/change_password/${userId}">Change your password now</a>`);
    expect(response.body).toContain(`<meta http-equiv="refresh" content="2; url=/users/change_password/${userId}">`);
    expect(response.body).not.toContain('class="site-nav"');
  }

  it('answers the forgot-password form the same way for known and unknown addresses', async () => {
    const client = new WebClient(t);
    const known = await client.post('/users/forgot_password', { email: 'user@test.edu' }, { tokenPage: '/users/forgot_password' });
    const unknown = await client.post('/users/forgot_password', { email: 'nobody@nowhere.edu' });
    const inactive = await client.post('/users/forgot_password', { email: 'inactive@inst1.edu' });
    expect(known.statusCode).toBe(200);
    expect(pageText(unknown.body)).toBe(pageText(known.body).replace(/content="[^"]*"/, ''));
    expect(pageText(inactive.body)).toBe(pageText(known.body));
    const emails = await sentEmails(t);
    expect(emails.filter((m) => m.to === 'nobody@nowhere.edu' || m.to === 'inactive@inst1.edu')).toEqual([]);
    expect(emails.filter((m) => m.to === 'user@test.edu')).toHaveLength(1);
  });

  it('puts the reset link only in the email: the stored alert links to the code page, and the email body is dropped once sent', async () => {
    const client = new WebClient(t);
    await client.post('/users/forgot_password', { email: 'admin@test.edu' }, { tokenPage: '/users/forgot_password' });
    const link = resetLinkOf(await lastEmailTo(t, 'admin@test.edu'));
    const [alert] = await query(
      `SELECT a.type, a.subject, a.content, au.email_pending, au.email_body, au.sent_at FROM alerts a JOIN alerts_users au ON au.alert_id = a.id
        WHERE au.user_id = 8 ORDER BY a.id DESC LIMIT 1`,
    );
    expect(alert).toMatchObject({ type: 'Password Reset', subject: 'Reset your APTrust password', email_pending: false, email_body: null });
    expect(alert.sent_at).not.toBeNull();
    expect(alert.content).toContain('/users/complete_password_reset/8');
    expect(alert.content).not.toContain(link.token);
    const [user] = await query(`SELECT reset_password_token FROM users WHERE id = 8`);
    expect(user.reset_password_token).toMatch(/^\$2[ab]\$10\$/);
  });

  it('signs in with a reset link once, then makes the user choose a new password before anything else', async () => {
    const client = new WebClient(t);
    await client.post('/users/forgot_password', { email: 'user@inst2.edu' }, { tokenPage: '/users/forgot_password' });
    const link = resetLinkOf(await lastEmailTo(t, 'user@inst2.edu'));

    const form = await client.get(link.path);
    expect(form.statusCode).toBe(200);
    expect(form.headers['referrer-policy']).toBe('no-referrer');
    expect(form.body).toContain(`value="${link.token}"`);
    const used = await client.post(`/users/complete_password_reset/${link.userId}`, { token: link.token });
    expect(used.statusCode).toBe(302);
    expect(used.headers.location).toBe('/users/change_password/7');

    expectFinishChangingPage(await client.get('/dashboard'), 7);
    const page = await client.get('/users/change_password/7');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('name="OldPassword"');

    const weak = await client.post('/users/change_password/7', { NewPassword: 'short', ConfirmNewPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toMatch(/id="error-NewPassword">Use at least 8 characters/);
    const mismatch = await client.post('/users/change_password/7', { NewPassword: 'Secret123', ConfirmNewPassword: 'Secret124' });
    expect(mismatch.body).toMatch(/id="error-ConfirmNewPassword">The passwords do not match/);

    const changed = await client.post('/users/change_password/7', { NewPassword: 'NewSecret123', ConfirmNewPassword: 'NewSecret123' });
    expect(changed.statusCode).toBe(302);
    expect(changed.headers.location).toBe('/users/my_account');
    expect((await client.get('/dashboard')).statusCode).toBe(200);
    expect(pageText((await client.get('/dashboard')).body)).not.toContain('Please choose a new password');

    const again = new WebClient(t);
    expect((await again.post(`/users/complete_password_reset/${link.userId}`, { token: link.token }, { tokenPage: link.path })).statusCode).toBe(400);
    await signIn(t, 'user@inst2.edu', 'NewSecret123');

    const changedAlert = await lastEmailTo(t, 'user@inst2.edu');
    expect(changedAlert?.subject).toBe('Your APTrust password has been changed');
    expect(changedAlert?.text).toContain('Inst Two User');
  });

  it('refuses expired and wrong reset codes without saying which', async () => {
    const client = new WebClient(t);
    await client.post('/users/forgot_password', { email: 'user@test.edu' }, { tokenPage: '/users/forgot_password' });
    const link = resetLinkOf(await lastEmailTo(t, 'user@test.edu'));
    const wrong = await client.post(`/users/complete_password_reset/9`, { token: 'f'.repeat(32) }, { tokenPage: link.path });
    expect(wrong.statusCode).toBe(400);
    expect(pageText(wrong.body)).toContain('This link is invalid or has expired.');
    await query(`UPDATE users SET reset_password_sent_at = reset_password_sent_at - interval '3 hours' WHERE id = 9`);
    const expired = await client.post(`/users/complete_password_reset/9`, { token: link.token });
    expect(expired.statusCode).toBe(400);
    expect(pageText(expired.body)).toBe(pageText(wrong.body));
  });

  it("gives a reset link the welcome lifetime only when the account was never used, whatever the reference's flag says", async () => {
    const client = new WebClient(t);
    const requestLink = async () => {
      await client.post('/users/forgot_password', { email: 'admin@test.edu' }, { tokenPage: '/users/forgot_password' });
      await query(`UPDATE users SET reset_password_sent_at = reset_password_sent_at - interval '3 hours' WHERE id = 8`);
      return resetLinkOf(await lastEmailTo(t, 'admin@test.edu'));
    };
    // An account the reference created and that has been used: flag false (never set by the reference), signed in before.
    await query(`UPDATE users SET initial_password_updated = false, sign_in_count = 4, password_changed_at = NULL WHERE id = 8`);
    const used = await requestLink();
    expect((await client.post('/users/complete_password_reset/8', { token: used.token }, { tokenPage: used.path })).statusCode).toBe(400);

    // Never signed in and never given a password: a welcome link, still good after 3 hours.
    await query(`UPDATE users SET sign_in_count = 0 WHERE id = 8`);
    const unused = await requestLink();
    const welcome = await client.post('/users/complete_password_reset/8', { token: unused.token }, { tokenPage: unused.path });
    expect(welcome.statusCode).toBe(302);
    expect(welcome.headers.location).toBe('/users/change_password/8');
  });

  it('asks for the current password when users change their own, and ends their other sessions', async () => {
    const other = await signIn(t, 'admin@inst2.edu');
    const client = await signIn(t, 'admin@inst2.edu');
    const wrongOld = await client.post('/users/change_password/5', { OldPassword: 'nope', NewPassword: 'Changed123', ConfirmNewPassword: 'Changed123' }, { tokenPage: '/users/change_password/5' });
    expect(wrongOld.statusCode).toBe(400);
    expect(wrongOld.body).toMatch(/id="error-OldPassword">Your current password is not correct/);
    const ok = await client.post('/users/change_password/5', { OldPassword: 'password', NewPassword: 'Changed123', ConfirmNewPassword: 'Changed123' });
    expect(ok.statusCode).toBe(302);
    expect(ok.headers.location).toBe('/users/show/5');
    expect((await client.get('/dashboard')).statusCode).toBe(200);
    expect(signInPageTarget(await other.get('/dashboard'))).toBe('/users/sign_in?requrl=%2Fdashboard');
  });

  it("lets admins change the passwords of their institution's users only", async () => {
    const admin = await signIn(t, 'admin@inst1.edu');
    const victim = await signIn(t, 'user@inst1.edu');
    const page = await admin.get('/users/change_password/3');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('name="OldPassword"');
    const changed = await admin.post('/users/change_password/3', { NewPassword: 'Admin1234', ConfirmNewPassword: 'Admin1234' });
    expect(changed.headers.location).toBe('/users/show/3');
    // The reference's flash, also when the password was someone else's.
    expect(pageText((await admin.get('/users/show/3')).body)).toContain('Your password has been changed.');
    expect(signInPageTarget(await victim.get('/dashboard'))).toBe('/users/sign_in?requrl=%2Fdashboard');
    expect((await admin.get('/users/change_password/7')).statusCode).toBe(403);

    const user = await signIn(t, 'user@inst1.edu', 'Admin1234');
    expect((await user.get('/users/change_password/2')).statusCode).toBe(403);
    expect((await user.get('/users/change_password/3')).statusCode).toBe(200);
  });

  it('lets an admin reset a password: the user is emailed, signed out and must choose a new password', async () => {
    const target = await signIn(t, 'user@inst1.edu', 'Admin1234');
    const admin = await signIn(t, 'admin@inst1.edu');
    const done = await admin.post('/users/init_password_reset/3', {}, { tokenPage: '/users/show/3' });
    expect(done.statusCode).toBe(200);
    expect(pageText(done.body)).toContain('We have emailed user@inst1.edu');
    expect(signInPageTarget(await target.get('/dashboard'))).toBe('/users/sign_in?requrl=%2Fdashboard');

    const again = await signIn(t, 'user@inst1.edu', 'Admin1234');
    expectFinishChangingPage(await again.get('/dashboard'), 3);
    resetLinkOf(await lastEmailTo(t, 'user@inst1.edu'));
    expect((await admin.get('/users/init_password_reset/7')).statusCode).toBe(403);
  });

  it('holds a forced password change to the 401 page on every other request: pages, forms and unknown paths', async () => {
    const admin = await signIn(t, 'admin@inst1.edu');
    await admin.post('/users/init_password_reset/3', {}, { tokenPage: '/users/show/3' });
    const user = await signIn(t, 'user@inst1.edu', 'Admin1234');
    expectFinishChangingPage(await user.get('/objects'), 3);
    expectFinishChangingPage(await user.get('/no/such/page'), 3);
    expectFinishChangingPage(await user.post('/users/backup_codes', {}, { tokenPage: '/users/change_password/3' }), 3);
    // Signing in again lands on the dashboard as in the reference, which answers the same page.
    expect((await new WebClient(t).post('/users/sign_in', { email: 'user@inst1.edu', password: 'Admin1234' })).headers.location).toBe('/dashboard');
    // The change-password page itself stays open, and finishing it lifts the hold.
    expect((await user.get('/users/change_password/3')).statusCode).toBe(200);
    expect((await user.post('/users/change_password/3', { NewPassword: 'Final1234', ConfirmNewPassword: 'Final1234' })).statusCode).toBe(302);
    expect((await user.get('/objects')).statusCode).toBe(200);
  });

  it('does not hold an account to a password change for the flag alone, without a reset it was sent (reference fixture sms_user)', async () => {
    const smsUser = await signIn(t, 'sms_user@example.com');
    const dashboard = await smsUser.get('/dashboard');
    // Its two-factor requirement (grace period over) still holds it to the set-up, not to a password change.
    expect(dashboard.statusCode).toBe(302);
    expect(dashboard.headers.location).toBe('/users/2fa_setup');
  });

  it("resets a deactivated user's password when an admin asks, as the reference does", async () => {
    const admin = await signIn(t, 'admin@inst1.edu');
    const reset = await admin.post('/users/init_password_reset/4', {}, { tokenPage: '/users/show/4' });
    expect(reset.statusCode).toBe(200);
    expect(pageText(reset.body)).toContain('We have emailed inactive@inst1.edu');
    const [user] = await query(`SELECT reset_password_token, force_password_update, deactivated_at FROM users WHERE id = 4`);
    expect(user.reset_password_token).toMatch(/^\$2[ab]\$10\$/);
    expect(user.force_password_update).toBe(true);
    expect(user.deactivated_at).not.toBeNull();
    // The emailed code does not let a deactivated account in.
    const link = resetLinkOf(await lastEmailTo(t, 'inactive@inst1.edu'));
    const used = await new WebClient(t).post(`/users/complete_password_reset/4`, { token: link.token }, { tokenPage: link.path });
    expect(used.statusCode).toBe(400);
  });

  it('resets on GET as the reference does (its link), but not for a browser coming from another site', async () => {
    const admin = await signIn(t, 'admin@inst1.edu');
    const tokenBefore = async () => (await t.db.dataSource.query(`SELECT reset_password_token FROM users WHERE id = 6`))[0].reset_password_token;
    const crossSite = await admin.get('/users/init_password_reset/6', { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.statusCode).toBe(401);
    expect(await tokenBefore()).toBeNull();

    const byLink = await admin.get('/users/init_password_reset/6');
    expect(byLink.statusCode).toBe(200);
    expect(pageText(byLink.body)).toContain('We have emailed');
    expect(await tokenBefore()).not.toBeNull();
  });
});
