import { signIn, signInPageTarget, useSignedInApp, WebClient } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

/**
 * The reference's method aliases of the form routes (api.md §3.3: "PUT, POST", "DELETE, GET",
 * "DELETE, POST"): the same handler on each method. Unsafe methods need the CSRF token (401 without
 * it, as the reference answers); the GET aliases, as in the reference, do not, but a browser's
 * cross-site request for one is refused.
 */
describe('web: method aliases and the inline user edit', () => {
  const app = useSignedInApp();
  const { clients, query } = app;

  const institution = async (id: number) => (await query(`SELECT name, state, deactivated_at IS NOT NULL AS deactivated, spot_restore_frequency FROM institutions WHERE id = $1`, [id]))[0];

  it('saves the institution forms with PUT as with POST', async () => {
    const admin = clients.sysAdmin;
    const edited = await admin.post('/institutions/edit/5', { Name: 'Test Institution Renamed', Identifier: 'test.edu', Type: 'MemberInstitution', SpotRestoreFrequency: '0' }, { method: 'PUT', tokenPage: '/institutions/edit/5' });
    expect(edited.statusCode).toBe(303);
    expect(edited.headers.location).toBe('/institutions/show/5');
    expect((await institution(5)).name).toBe('Test Institution Renamed');
    const invalid = await admin.post('/institutions/edit/5', { Name: 'x', Identifier: 'test.edu', Type: 'MemberInstitution' }, { method: 'PUT' });
    expect(invalid.statusCode).toBe(400);

    const prefs = await clients.instAdmin.post('/institutions/edit_preferences/2', { OTPEnabled: 'false', SpotRestoreFrequency: '17' }, { method: 'PUT', tokenPage: '/institutions/edit_preferences/2' });
    expect(prefs.statusCode).toBe(303);
    expect((await institution(2)).spot_restore_frequency).toBe(17);
    expect((await clients.instUser.post('/institutions/edit_preferences/2', { SpotRestoreFrequency: '1' }, { method: 'PUT' })).statusCode).toBe(403);
    // Without the token nothing changes.
    expect((await admin.post('/institutions/edit/5', { Name: 'No Token Name' }, { method: 'PUT', csrf: false })).statusCode).toBe(401);
    expect((await institution(5)).name).toBe('Test Institution Renamed');
  });

  it('deactivates an institution by DELETE, POST or GET and reactivates it by GET or POST, answering 302 to its page', async () => {
    const admin = clients.sysAdmin;
    await admin.csrfToken('/institutions/show/5');
    const byDelete = await admin.post('/institutions/delete/5', {}, { method: 'DELETE' });
    expect(byDelete.statusCode).toBe(302);
    expect(byDelete.headers.location).toBe('/institutions/show/5');
    expect(await institution(5)).toMatchObject({ state: 'D', deactivated: true });

    const reactivated = await admin.get('/institutions/undelete/5');
    expect(reactivated.statusCode).toBe(302);
    expect(reactivated.headers.location).toBe('/institutions/show/5');
    expect(await institution(5)).toMatchObject({ state: 'A', deactivated: false });

    const byGet = await admin.get('/institutions/delete/5');
    expect(byGet.statusCode).toBe(302);
    expect(await institution(5)).toMatchObject({ state: 'D', deactivated: true });
    expect((await admin.post('/institutions/undelete/5', {})).statusCode).toBe(302);
    expect((await admin.post('/institutions/delete/5', {})).statusCode).toBe(302);
    expect((await admin.post('/institutions/undelete/5', {})).statusCode).toBe(302);
    expect(await institution(5)).toMatchObject({ state: 'A', deactivated: false });

    // A browser following a link on another site cannot deactivate anything.
    expect((await admin.get('/institutions/delete/5', { 'sec-fetch-site': 'cross-site' })).statusCode).toBe(401);
    expect((await admin.get('/institutions/delete/5', { 'sec-fetch-site': 'same-site' })).statusCode).toBe(401);
    expect(await institution(5)).toMatchObject({ state: 'A', deactivated: false });
    expect((await admin.get('/institutions/undelete/5', { 'sec-fetch-site': 'same-origin' })).statusCode).toBe(302);
    expect((await clients.instAdmin.get('/institutions/delete/2')).statusCode).toBe(403);
    expect(signInPageTarget(await new WebClient(app.t).get('/institutions/delete/5'))).toBe('/users/sign_in?requrl=%2Finstitutions%2Fdelete%2F5');
  });

  it('saves, deactivates and reactivates users with PUT and DELETE, answering as api.md says', async () => {
    const admin = clients.instAdmin;
    const saved = await admin.post('/users/edit/6', { Name: 'Renamed By Put', Email: 'sms_user@example.com', Role: 'institutional_user', InstitutionID: '2', PhoneNumber: '12125551212' }, { method: 'PUT', tokenPage: '/users/edit/6' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/users/show/6');
    expect((await query(`SELECT name FROM users WHERE id = 6`))[0].name).toBe('Renamed By Put');

    const user = await signIn(app.t, 'user@test.edu');
    const deleted = await clients.sysAdmin.post('/users/delete/9', {}, { method: 'DELETE', tokenPage: '/users/show/9' });
    expect(deleted.statusCode).toBe(302);
    expect(deleted.headers.location).toBe('/users');
    expect((await query(`SELECT deactivated_at IS NOT NULL AS gone FROM users WHERE id = 9`))[0].gone).toBe(true);
    expect(signInPageTarget(await user.get('/dashboard'))).toBe('/users/sign_in?requrl=%2Fdashboard');

    const undeleted = await clients.sysAdmin.post('/users/undelete/9', {}, { method: 'PUT' });
    expect(undeleted.statusCode).toBe(302);
    expect(undeleted.headers.location).toBe('/users/show/9');
    expect((await query(`SELECT deactivated_at FROM users WHERE id = 9`))[0].deactivated_at).toBeNull();
    expect((await clients.sysAdmin.post('/users/delete/9', {}, { method: 'DELETE', csrf: false })).statusCode).toBe(401);
    expect((await clients.otherUser.post('/users/delete/6', {}, { method: 'DELETE', tokenPage: '/dashboard' })).statusCode).toBe(403);
  });

  it('saves and requeues work items with PUT, and deletes their Redis data with DELETE', async () => {
    const admin = clients.sysAdmin;
    const saved = await admin.post('/work_items/edit/28', { Stage: 'Cleanup', Status: 'Success', Retry: 'false', NeedsAdminReview: 'false', Note: 'Edited by PUT', Node: '', PID: '0' }, { method: 'PUT', tokenPage: '/work_items/edit/28' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/work_items/show/28');
    expect((await query(`SELECT note FROM work_items WHERE id = 28`))[0].note).toBe('Edited by PUT');

    const item = { id: 29 };
    const requeued = await admin.post(`/work_items/requeue/${item.id}`, { Stage: 'Validate' }, { method: 'PUT' });
    expect(requeued.statusCode).toBe(303);
    expect(requeued.headers.location).toBe(`/work_items/show/${item.id}`);

    // Redis is not configured in this app: the alias reaches the handler, which says so.
    const redis = await admin.post(`/work_items/redis_delete/${item.id}`, {}, { method: 'DELETE' });
    expect(redis.statusCode).toBe(503);
    expect((await admin.post(`/work_items/redis_delete/${item.id}`, {}, { method: 'DELETE', csrf: false })).statusCode).toBe(401);
    expect((await clients.instAdmin.post(`/work_items/requeue/${item.id}`, { Stage: 'Receive' }, { method: 'PUT', tokenPage: '/dashboard' })).statusCode).toBe(403);
  });

  describe('PUT /users/edit_xhr/:id', () => {
    const put = (client: WebClient, id: number, form: Record<string, string>, csrf = true) => client.post(`/users/edit_xhr/${id}`, form, { method: 'PUT', csrf });
    const user = async (id: number) =>
      (await query(`SELECT name, email, phone_number, role, otp_required_for_login, grace_period::date::text AS grace, deactivated_at IS NOT NULL AS deactivated, encrypted_password FROM users WHERE id = $1`, [id]))[0];

    it('changes only the fields given and answers the reference JSON', async () => {
      const before = await user(6);
      const response = await put(clients.instAdmin, 6, { Name: 'Inline Name', Email: '', PhoneNumber: ' ' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(response.body)).toEqual({ StatusCode: 200, Message: 'Update succeeded.' });
      expect(await user(6)).toEqual({ ...before, name: 'Inline Name' });

      expect((await put(clients.instAdmin, 6, { OTPRequiredForLogin: 'yes' })).statusCode).toBe(200);
      const inThirtyDays = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      expect(await user(6)).toMatchObject({ otp_required_for_login: false, grace: inThirtyDays });
      expect((await put(clients.instAdmin, 6, { OTPRequiredForLogin: 'true', Role: 'institutional_admin' })).statusCode).toBe(200);
      expect(await user(6)).toMatchObject({ otp_required_for_login: true, role: 'institutional_admin' });
      await put(clients.instAdmin, 6, { OTPRequiredForLogin: 'false', Role: 'institutional_user' });
    });

    it('deactivates and reactivates by Status, and sets a password that meets the rules', async () => {
      expect((await put(clients.instAdmin, 6, { Status: 'inactive' })).statusCode).toBe(200);
      expect((await user(6)).deactivated).toBe(true);
      expect((await put(clients.instAdmin, 6, { Status: 'active' })).statusCode).toBe(200);
      expect((await user(6)).deactivated).toBe(false);

      const before = (await user(6)).encrypted_password;
      expect((await put(clients.instAdmin, 6, { Password: 'Inline123' })).statusCode).toBe(200);
      expect((await user(6)).encrypted_password).not.toBe(before);
      const signedIn = new WebClient(app.t);
      expect((await signedIn.post('/users/sign_in', { email: 'sms_user@example.com', password: 'Inline123' })).headers.location).toBeDefined();
    });

    it('answers validation and service errors in the API shape, and changes nothing', async () => {
      const before = await user(6);
      const weak = await put(clients.instAdmin, 6, { Name: 'Not Saved', Password: 'weak' });
      expect(weak.statusCode).toBe(400);
      expect(weak.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(weak.body)).toEqual({ StatusCode: 400, Error: expect.stringContaining('Password: ') });
      const taken = await put(clients.instAdmin, 6, { Email: 'admin@inst1.edu' });
      expect(taken.statusCode).toBe(400);
      expect(JSON.parse(taken.body).Error).toContain('Email: ');
      const self = await put(clients.instAdmin, 2, { Status: 'inactive', Role: 'institutional_user' });
      expect(self.statusCode).toBe(400);
      expect(JSON.parse(self.body).Error).toMatch(/Role: .*\nStatus: |Status: /);
      expect(await user(6)).toEqual(before);
      expect((await user(2)).deactivated).toBe(false);
      expect((await put(clients.instAdmin, 999999, { Name: 'Nobody' })).statusCode).toBe(404);
    });

    it('keeps to the permission and the CSRF token', async () => {
      expect((await put(clients.instUser, 6, { Name: 'By A User' })).statusCode).toBe(403);
      expect((await put(clients.otherUser, 6, { Name: 'By Another Institution' })).statusCode).toBe(403);
      expect((await put(clients.instAdmin, 6, { Name: 'Without Token' }, false)).statusCode).toBe(401);
      expect((await put(clients.sysAdmin, 6, { Name: 'By The Sys Admin' })).statusCode).toBe(200);
      expect((await user(6)).name).toBe('By The Sys Admin');
    });
  });
});
