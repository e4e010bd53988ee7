import { apiHeaders, createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, signIn } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('CSRF protection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a signed-in form post without the token, with an error page', async () => {
    const admin = await signIn(t, 'admin@inst1.edu');
    const refused = await admin.post('/users/undelete/4', {}, { csrf: false });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['content-type']).toContain('text/html');
    expect(pageText(refused.body)).toContain('Invalid or missing CSRF token');
    expect((await t.db.dataSource.query(`SELECT deactivated_at FROM users WHERE id = 4`))[0].deactivated_at).not.toBeNull();
  });

  it('checks the token after authorization, so a refused or missing target answers as such', async () => {
    const user = await signIn(t, 'user@inst1.edu');
    expect((await user.post('/users/undelete/4', {}, { csrf: false })).statusCode).toBe(403);
    const admin = await signIn(t, 'admin@inst1.edu');
    expect((await admin.post('/users/undelete/999999', {}, { csrf: false })).statusCode).toBe(404);
    expect((await admin.post('/users/undelete/5', {}, { csrf: false })).statusCode).toBe(403);
    const nonAdminOnAdminApi = await user.request({ method: 'PUT', url: '/admin-api/v3/objects/update/1', headers: { 'content-type': 'application/json' }, payload: '{}' });
    expect(nonAdminOnAdminApi.statusCode).toBe(403);
    expect(nonAdminOnAdminApi.json().error).toContain('non-admins must use the member api');
  });

  it('accepts the token from the X-CSRF-Token header (XHR), as given by the meta tag', async () => {
    const admin = await signIn(t, 'admin@inst1.edu');
    const page = await admin.get('/dashboard');
    const token = /<meta name="csrf_token" content="([^"]+)">/.exec(page.body)![1];
    const response = await admin.request({ method: 'POST', url: '/users/backup_codes', headers: { 'x-csrf-token': token } });
    expect(response.statusCode).toBe(200);
  });

  it('makes cookie-authenticated API writes carry the token, but not API-key ones', async () => {
    const sysAdmin = await signIn(t, 'system@aptrust.org');
    const write = (headers: Record<string, string>) =>
      sysAdmin.request({ method: 'PUT', url: '/admin-api/v3/objects/update/1', headers: { 'content-type': 'application/json', ...headers }, payload: '{}' });

    const withoutToken = await write({});
    expect(withoutToken.statusCode).toBe(401);
    expect(withoutToken.json()).toEqual({ StatusCode: 401, Error: 'Invalid or missing CSRF token. Reload the page and try again.' });
    const withToken = await write({ 'x-csrf-token': await sysAdmin.csrfToken('/dashboard') });
    expect([401, 403]).not.toContain(withToken.statusCode);

    const apiKey = await t.app.inject({ method: 'PUT', url: '/admin-api/v3/objects/update/1', headers: { ...apiHeaders('sysAdmin'), 'content-type': 'application/json' }, payload: '{}' });
    expect([401, 403]).not.toContain(apiKey.statusCode);
    expect(apiKey.statusCode).toBe(withToken.statusCode);
  });

  it('lets cookie sessions read the API without a token', async () => {
    const user = await signIn(t, 'user@inst1.edu');
    expect((await user.get('/member-api/v3/objects')).statusCode).toBe(200);
  });
});
