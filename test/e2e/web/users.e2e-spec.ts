import { lastEmailTo, resetLinkOf } from '../../support/outbox.js';
import { apiHeaders, createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, signIn, signInPageTarget, WebClient } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('web: users', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const query = (sql: string, params: unknown[] = []) => t.db.dataSource.query(sql, params);

  it("lists users with filters, only the institutional admin's own institution, ignoring unknown parameters", async () => {
    const admin = await signIn(t, 'admin@inst1.edu');
    const page = await admin.get('/users?foo=bar');
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain('Inst One User');
    expect(text).not.toContain('Inst Two User');
    expect(pageText((await admin.get('/users?name__contains=Admin')).body)).not.toContain('Inst One User');
    expect(pageText((await admin.get('/users?deactivated_at__is_null=false')).body)).toContain('Inactive User');
    expect((await admin.get('/users?institution_id=3')).statusCode).toBe(403);

    const sysAdmin = await signIn(t, 'system@aptrust.org');
    const all = pageText((await sysAdmin.get('/users?per_page=2')).body);
    expect(all).toContain('Showing 1 - 2 of 9');
    expect((await (await signIn(t, 'user@inst1.edu')).get('/users')).statusCode).toBe(403);
  });

  it('creates a user with a welcome email whose link sets the password, keeping typed values on errors', async () => {
    const admin = await signIn(t, 'admin@inst1.edu');
    const form = await admin.get('/users/new');
    expect(form.statusCode).toBe(200);
    expect(form.body).not.toContain('value="admin"');
    expect(form.body).not.toContain('name="InstitutionID" id=');

    // As in the reference, the institution the form names is authorized before anything else is read.
    const elsewhere = await admin.post('/users/new', { Name: 'Someone Else', Email: 'someone.else@inst2.edu', Role: 'institutional_user', InstitutionID: '3' });
    expect(elsewhere.statusCode).toBe(403);
    expect(await query(`SELECT id FROM users WHERE email = 'someone.else@inst2.edu'`)).toEqual([]);

    const bad = await admin.post('/users/new', { Name: 'X', Email: 'not-an-email', Role: 'admin', InstitutionID: '2', PhoneNumber: '', GracePeriod: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/id="error-Name">Name must contain at least 2 characters/);
    expect(bad.body).toMatch(/id="error-Email">Email address is required/);
    expect(bad.body).toMatch(/id="error-Role">/);
    expect(bad.body).toContain('value="not-an-email"');
    expect(bad.body).toContain('aria-invalid="true"');

    const duplicate = await admin.post('/users/new', { Name: 'Someone', Email: 'USER@inst1.edu', Role: 'institutional_user', InstitutionID: '2' });
    expect(duplicate.body).toMatch(/id="error-Email">Another account already uses this email address/);

    const created = await admin.post('/users/new', { Name: 'New Person', Email: 'new.person@inst1.edu', Role: 'institutional_user', InstitutionID: '2', PhoneNumber: '434 555 1234', OTPRequiredForLogin: 'false' });
    expect(created.statusCode).toBe(303);
    const id = Number(/\/users\/show\/(\d+)$/.exec(created.headers.location as string)![1]);
    const [row] = await query(`SELECT institution_id, role, phone_number, force_password_update, initial_password_updated FROM users WHERE id = $1`, [id]);
    expect(row).toEqual({ institution_id: 2, role: 'institutional_user', phone_number: '+14345551234', force_password_update: true, initial_password_updated: false });

    const welcome = await lastEmailTo(t, 'new.person@inst1.edu');
    expect(welcome?.subject).toBe('Your New APTrust Registry Account');
    expect(welcome?.text).toContain('Inst One Admin has created an APTrust Registry account for you.');
    const link = resetLinkOf(welcome);
    const newcomer = new WebClient(t);
    await newcomer.get(link.path);
    expect((await newcomer.post(`/users/complete_password_reset/${id}`, { token: link.token })).headers.location).toBe(`/users/change_password/${id}`);
    expect((await newcomer.post(`/users/change_password/${id}`, { NewPassword: 'Welcome123', ConfirmNewPassword: 'Welcome123' }, { tokenPage: `/users/change_password/${id}` })).statusCode).toBe(302);
    await signIn(t, 'new.person@inst1.edu', 'Welcome123');
  });

  it('shows and edits a user; a role change ends their sessions; an institutional admin cannot change their own role', async () => {
    const admin = await signIn(t, 'admin@inst1.edu');
    const victim = await signIn(t, 'user@inst1.edu');
    const show = await admin.get('/users/show/3');
    expect(show.statusCode).toBe(200);
    // What the reference's TestUserShow looks for.
    for (const text of ['Force Password Reset', 'Change Password', 'Deactivate', 'Edit', 'Inst One User', 'User at Institution One', 'user@inst1.edu', '14345551212']) {
      expect(pageText(show.body)).toContain(text);
    }
    expect((await admin.get('/users/show/7')).statusCode).toBe(403);
    expect((await admin.get('/users/show/999')).statusCode).toBe(404);

    const edit = await admin.get('/users/edit/3');
    expect(edit.body).toContain('value="Inst One User"');
    const saved = await admin.post('/users/edit/3', { Name: 'Inst One User', Email: 'user@inst1.edu', Role: 'institutional_admin', InstitutionID: '2', PhoneNumber: '14345551212', OTPRequiredForLogin: 'false' });
    expect(saved.statusCode).toBe(303);
    expect((await query(`SELECT role FROM users WHERE id = 3`))[0].role).toBe('institutional_admin');
    expect(signInPageTarget(await victim.get('/dashboard'))).toBe('/users/sign_in?requrl=%2Fdashboard');

    const self = await admin.post('/users/edit/2', { Name: 'Inst One Admin', Email: 'admin@inst1.edu', Role: 'institutional_user', InstitutionID: '2' }, { tokenPage: '/users/edit/2' });
    expect(self.statusCode).toBe(400);
    expect(pageText(self.body)).toContain('You cannot change your own role.');
    await admin.post('/users/edit/3', { Name: 'Inst One User', Email: 'user@inst1.edu', Role: 'institutional_user', InstitutionID: '2', PhoneNumber: '14345551212' }, { tokenPage: '/users/edit/3' });
  });

  it('does not let an institutional admin grant the sys admin role or move users to another institution', async () => {
    const admin = await signIn(t, 'admin@inst1.edu');
    const grant = await admin.post('/users/edit/3', { Name: 'Inst One User', Email: 'user@inst1.edu', Role: 'admin', InstitutionID: '1' }, { tokenPage: '/users/edit/3' });
    expect(grant.statusCode).toBe(400);
    expect((await query(`SELECT role, institution_id FROM users WHERE id = 3`))[0]).toEqual({ role: 'institutional_user', institution_id: 2 });
  });

  it("edits a user whose role is 'none' without changing the role: the inline edit reactivates the fixture user inactive@inst1.edu", async () => {
    const admin = await signIn(t, 'admin@inst1.edu');
    const reactivated = await admin.post('/users/edit_xhr/4', { Status: 'active' }, { tokenPage: '/users/show/4', method: 'PUT' });
    expect(reactivated.statusCode).toBe(200);
    expect(reactivated.json()).toEqual({ StatusCode: 200, Message: 'Update succeeded.' });
    expect((await query(`SELECT role, deactivated_at FROM users WHERE id = 4`))[0]).toEqual({ role: 'none', deactivated_at: null });
    expect((await admin.post('/users/edit_xhr/4', { Name: 'Inactive User Renamed' }, { method: 'PUT' })).statusCode).toBe(200);

    // The full form offers the stored role, so saving it unchanged keeps it; giving it anew is still refused.
    const form = await admin.get('/users/edit/4');
    expect(form.body).toMatch(/<option value="none" selected>/);
    const saved = await admin.post('/users/edit/4', { Name: 'Inactive User', Email: 'inactive@inst1.edu', Role: 'none', InstitutionID: '2', PhoneNumber: '14345551212' });
    expect(saved.statusCode).toBe(303);
    const given = await admin.post('/users/edit_xhr/3', { Role: 'none' }, { tokenPage: '/users/show/3', method: 'PUT' });
    expect(given.statusCode).toBe(400);
    expect((await query(`SELECT role FROM users WHERE id = 3`))[0].role).toBe('institutional_user');
    await admin.post('/users/edit_xhr/4', { Status: 'inactive' }, { tokenPage: '/users/show/4', method: 'PUT' });
  });

  it('lets a sys admin change their own role and deactivate themselves, as the reference does', async () => {
    const sysAdmin = await signIn(t, 'system@aptrust.org');
    const show = await sysAdmin.get('/users/show/1');
    expect(show.body).toContain('action="/users/delete/1"');
    expect((await sysAdmin.get('/users/edit/1')).body).toContain('<select');
    const demoted = await sysAdmin.post('/users/edit_xhr/1', { Role: 'institutional_admin' }, { method: 'PUT' });
    expect(demoted.statusCode).toBe(200);
    expect((await query(`SELECT role FROM users WHERE id = 1`))[0].role).toBe('institutional_admin');
    await query(`UPDATE users SET role = 'admin' WHERE id = 1`);

    const again = await signIn(t, 'system@aptrust.org');
    const deactivated = await again.post('/users/delete/1', {}, { tokenPage: '/users/show/1' });
    expect(deactivated.statusCode).toBe(302);
    expect((await query(`SELECT deactivated_at FROM users WHERE id = 1`))[0].deactivated_at).not.toBeNull();
    expect(signInPageTarget(await again.get('/dashboard'))).toBe('/users/sign_in?requrl=%2Fdashboard');
    await query(`UPDATE users SET deactivated_at = NULL WHERE id = 1`);

    // Institutional admins still cannot.
    const admin = await signIn(t, 'admin@inst1.edu');
    const self = await admin.post('/users/edit_xhr/2', { Role: 'institutional_user', Status: 'inactive' }, { tokenPage: '/users/show/2', method: 'PUT' });
    expect(self.statusCode).toBe(400);
    expect(self.body).toContain('You cannot change your own role.');
    expect(self.body).toContain('You cannot deactivate your own account.');
  });

  it('deactivates a user, ending their sessions and API access, and reactivates them', async () => {
    const admin = await signIn(t, 'admin@inst1.edu');
    const victim = await signIn(t, 'user@inst1.edu');
    const memberApi = async () => (await t.app.inject({ method: 'GET', url: '/member-api/v3/objects', headers: apiHeaders('instUser') })).statusCode;
    // Read (and remembered by the API-user cache) before the change, refused right after it.
    expect(await memberApi()).toBe(200);
    const deactivated = await admin.post('/users/delete/3', {}, { tokenPage: '/users/show/3' });
    expect(deactivated.statusCode).toBe(302);
    expect(deactivated.headers.location).toBe('/users');
    expect(signInPageTarget(await victim.get('/dashboard'))).toBe('/users/sign_in?requrl=%2Fdashboard');
    expect(await memberApi()).toBe(401);
    const refused = new WebClient(t);
    expect((await refused.post('/users/sign_in', { email: 'user@inst1.edu', password: 'password' })).statusCode).toBe(400);

    expect((await admin.post('/users/delete/2', {})).statusCode).toBe(403);
    expect((await admin.post('/users/undelete/3', {})).headers.location).toBe('/users/show/3');
    await signIn(t, 'user@inst1.edu');
    expect(await memberApi()).toBe(200);
  });

  it('shows my account, and issues an API key once, only for myself', async () => {
    const user = await signIn(t, 'user@inst2.edu');
    const account = await user.get('/users/my_account');
    expect(account.statusCode).toBe(200);
    const text = pageText(account.body);
    expect(text).toContain('Institution Two');
    for (const label of ['Change Password', 'Get API Key', 'Generate Backup Codes', 'Set Up Two-Factor Auth']) expect(text).toContain(label);
    for (const field of ['Initial password updated Yes', 'Force password update No', '2FA required No', '2FA enabled No', '2FA confirmed No', '2FA required by']) {
      expect(text).toContain(field);
    }

    expect((await user.post('/users/get_api_key/5', {})).statusCode).toBe(403);
    expect((await query(`SELECT encrypted_api_secret_key FROM users WHERE id = 7`))[0].encrypted_api_secret_key).toBe((await query(`SELECT encrypted_api_secret_key FROM users WHERE id = 5`))[0].encrypted_api_secret_key);

    expect((await t.app.inject({ method: 'GET', url: '/member-api/v3/objects', headers: apiHeaders('otherInstUser') })).statusCode).toBe(200);
    const issued = await user.post('/users/get_api_key/7', {}, { tokenPage: '/users/my_account' });
    expect(issued.statusCode).toBe(200);
    expect(issued.headers['cache-control']).toBe('no-store');
    expect(pageText(issued.body)).toContain('Your new API key is');
    const key = /id="api-key">([0-9a-f]{32})</.exec(issued.body)![1];
    const api = await t.app.inject({ method: 'GET', url: '/member-api/v3/objects', headers: { 'x-pharos-api-user': 'user@inst2.edu', 'x-pharos-api-key': key } });
    expect(api.statusCode).toBe(200);
    const old = await t.app.inject({ method: 'GET', url: '/member-api/v3/objects', headers: apiHeaders('otherInstUser') });
    expect(old.statusCode).toBe(401);
  });
});
