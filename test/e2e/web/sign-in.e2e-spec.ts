import { createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, signIn, signInPageTarget, WebClient } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('web: sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows the sign-in page at / and /users/sign_in, with a CSRF token', async () => {
    const client = new WebClient(t);
    for (const url of ['/', '/users/sign_in']) {
      const response = await client.get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('<form method="post" action="/users/sign_in"');
      expect(response.body).toMatch(/<input type="hidden" name="csrf_token" value="[^"]+">/);
      expect(response.body).toContain('<a class="skip-link" href="#main">');
    }
  });

  it('signs in with a fixture password and lands on the dashboard', async () => {
    const client = new WebClient(t);
    const response = await client.post('/users/sign_in', { email: 'user@inst1.edu', password: 'password' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/dashboard');
    const cookie = response.cookies.find((c: { name: string }) => c.name === 'aptrust_session') as Record<string, unknown>;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 43200 });
    expect(cookie.secure).toBeFalsy();

    const dashboard = await client.get('/dashboard');
    expect(dashboard.statusCode).toBe(200);
    const text = pageText(dashboard.body);
    expect(text).toContain('Institution One');
    expect(text).toContain('Institutional User');
    expect(text).toContain('Alerts in the last 30 days');
  });

  it('records the sign-in on the user row and in user_sessions', async () => {
    const before = (await t.db.dataSource.query(`SELECT sign_in_count, current_sign_in_at FROM users WHERE id = 2`))[0];
    await signIn(t, 'admin@inst1.edu');
    const after = (await t.db.dataSource.query(`SELECT sign_in_count, current_sign_in_at, last_sign_in_at, current_sign_in_ip FROM users WHERE id = 2`))[0];
    expect(after.sign_in_count).toBe(before.sign_in_count + 1);
    expect(after.current_sign_in_at).not.toBeNull();
    expect(after.current_sign_in_ip).toBe('127.0.0.1');
    const sessions = await t.db.dataSource.query(`SELECT id, user_agent, ip, second_factor_completed_at, expires_at - created_at AS lifetime FROM user_sessions WHERE user_id = 2`);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions[0].id).toMatch(/^[0-9a-f]{64}$/);
    expect(sessions[0].second_factor_completed_at).not.toBeNull();
  });

  it("refuses wrong passwords and unknown emails with the reference's same message, and deactivated users with its own", async () => {
    const client = new WebClient(t);
    const wrong = await client.post('/users/sign_in', { email: 'user@inst2.edu', password: 'nope' });
    const unknown = await client.post('/users/sign_in', { email: 'nobody@nowhere.edu', password: 'nope' });
    expect(wrong.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    expect(wrong.body).toContain('role="alert" id="sign-in-error">invalid login or password</div>');
    expect(unknown.body).toContain('role="alert" id="sign-in-error">invalid login or password</div>');
    expect(wrong.body).toContain('value="user@inst2.edu"');

    const inactive = await client.post('/users/sign_in', { email: 'inactive@inst1.edu', password: 'password' });
    expect(inactive.statusCode).toBe(400);
    expect(inactive.body).toContain('role="alert" id="sign-in-error">account deactivated</div>');
    // The password is checked first: a wrong one does not tell that the account is deactivated.
    const inactiveWrong = await client.post('/users/sign_in', { email: 'inactive@inst1.edu', password: 'nope' });
    expect(inactiveWrong.statusCode).toBe(400);
    expect(inactiveWrong.body).toContain('role="alert" id="sign-in-error">invalid login or password</div>');
  });

  it('ends the signed-in session of a browser whose next sign-in fails, as the reference deletes the cookie', async () => {
    const liveSessions = async () => (await t.db.dataSource.query(`SELECT count(*)::int AS count FROM user_sessions WHERE user_id = 5 AND revoked_at IS NULL`))[0].count;
    const client = await signIn(t, 'admin@inst2.edu');
    expect((await client.get('/dashboard')).statusCode).toBe(200);
    const before = await liveSessions();
    const failed = await client.post('/users/sign_in', { email: 'admin@inst2.edu', password: 'wrong' }, { tokenPage: '/dashboard' });
    expect(failed.statusCode).toBe(400);
    expect(await liveSessions()).toBe(before - 1);
    expect(signInPageTarget(await client.get('/dashboard'))).toBe('/users/sign_in?requrl=%2Fdashboard');
  });

  it('offers the fixture logins in test and integration only, as the reference does', async () => {
    const page = await new WebClient(t).get('/users/sign_in');
    expect(page.body).toContain('<input id="email" name="email" type="email" value="" autocomplete="username" required aria-required="true" list="fixture-logins">');
    for (const email of ['system@aptrust.org', 'admin@inst1.edu', 'user@inst1.edu', 'admin@inst2.edu', 'admin@test.edu', 'user@test.edu']) {
      expect(page.body).toContain(`<option value="${email}">`);
    }
    expect(page.body).toMatch(/<input id="password" name="password" type="password"[^>]* value="password">/);

    const dev = await createTestApp({ database: t.db, env: { APT_ENV: 'dev' } });
    try {
      const devPage = await new WebClient(dev).get('/users/sign_in');
      expect(devPage.statusCode).toBe(200);
      expect(devPage.body).not.toContain('fixture-logins');
      expect(devPage.body).not.toContain('value="password"');
    } finally {
      await dev.close();
    }
  });

  it('takes a scripted sign-in without a CSRF token, as the reference does, but refuses a cross-site browser post', async () => {
    const script = new WebClient(t);
    const signedIn = await script.post('/users/sign_in', { email: 'user@inst1.edu', password: 'password' }, { csrf: false });
    expect(signedIn.statusCode).toBe(302);
    expect(signedIn.headers.location).toBe('/dashboard');
    expect((await script.get('/dashboard')).statusCode).toBe(200);

    const signIns = async () => (await t.db.dataSource.query(`SELECT sign_in_count FROM users WHERE email = 'user@inst1.edu'`))[0].sign_in_count;
    const before = await signIns();
    const crossSite = await new WebClient(t).request({
      method: 'POST',
      url: '/users/sign_in',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      payload: 'email=user%40inst1.edu&password=password',
    });
    expect(crossSite.statusCode).toBe(401);
    expect(await signIns()).toBe(before);
  });

  it('redirects a signed-in user from / and honours requrl only for local paths', async () => {
    const client = await signIn(t, 'user@inst1.edu');
    expect((await client.get('/')).headers.location).toBe('/dashboard');
    expect((await client.get('/users/sign_in?requrl=%2Finstitutions%2Fshow%2F2')).headers.location).toBe('/institutions/show/2');
    expect((await client.get('/users/sign_in?requrl=https%3A%2F%2Fevil.example')).headers.location).toBe('/dashboard');
  });

  it('sends anonymous visitors of a page to sign-in and back afterwards', async () => {
    const client = new WebClient(t);
    const page = await client.get('/dashboard?x=1');
    // api.md §1.6: 401 "Please log in", whose link and meta refresh lead to sign-in and back.
    expect(page.statusCode).toBe(401);
    expect(page.headers.location).toBeUndefined();
    const target = signInPageTarget(page);
    expect(target).toBe('/users/sign_in?requrl=%2Fdashboard%3Fx%3D1');
    const form = await client.get(target as string);
    expect(form.body).toContain('name="requrl" value="/dashboard?x=1"');
    const signedIn = await client.post('/users/sign_in', { email: 'user@inst1.edu', password: 'password', requrl: '/dashboard?x=1' });
    expect(signedIn.headers.location).toBe('/dashboard?x=1');
  });

  it('does not exempt unknown web paths from signing in: anonymous visitors are sent to sign in, as on any page', async () => {
    const anonymous = new WebClient(t);
    const page = await anonymous.get('/no/such/page?x=1');
    expect(page.statusCode).toBe(401);
    expect(signInPageTarget(page)).toBe('/users/sign_in?requrl=%2Fno%2Fsuch%2Fpage%3Fx%3D1');
    const post = await anonymous.request({ method: 'POST', url: '/dashboard', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect(post.statusCode).toBe(401);
    expect(signInPageTarget(post)).toBe('/users/sign_in');

    // Missing static files stay plain 404s, like the reference's exempt static routes; API paths keep their JSON.
    expect((await anonymous.get('/static/css/no-such.css')).statusCode).toBe(404);
    const api = await anonymous.get('/member-api/v3/no/such/route');
    expect(api.statusCode).toBe(401);
    expect(api.json()).toEqual({ StatusCode: 401, Error: 'API credentials are missing or invalid.' });
  });

  it('holds a session that owes its second factor to it on unknown web paths too', async () => {
    await t.db.dataSource.query(`UPDATE users SET enabled_two_factor = true, confirmed_two_factor = true, authy_status = 'sms' WHERE id = 9`);
    const client = new WebClient(t);
    expect((await client.post('/users/sign_in', { email: 'user@test.edu', password: 'password' })).headers.location).toBe('/users/2fa_choose');
    const missing = await client.get('/no/such/page');
    expect(missing.statusCode).toBe(302);
    expect(missing.headers.location).toBe('/users/2fa_choose');
  });

  it('ends the session on sign-out, on every instance', async () => {
    const client = await signIn(t, 'user@inst1.edu');
    const stolenCookies = new Map(client.cookies);
    const out = await client.get('/users/sign_out');
    // As api.md says: the sign-in page itself, 200.
    expect(out.statusCode).toBe(200);
    expect(out.body).toContain('<title>APTrust Registry - Sign In</title>');
    expect(out.body).toContain('<form method="post" action="/users/sign_in"');
    expect(pageText(out.body)).toContain('You have been signed out.');
    expect(signInPageTarget(await client.get('/dashboard'))).toBe('/users/sign_in?requrl=%2Fdashboard');
    // Its form signs in again with the token it carries.
    const again = await client.post('/users/sign_in', { email: 'user@inst1.edu', password: 'password' });
    expect(again.statusCode).toBe(302);
    expect(again.headers.location).toBe('/dashboard');
    await client.get('/users/sign_out');

    const replay = new WebClient(t);
    for (const [name, value] of stolenCookies) replay.cookies.set(name, value);
    expect(signInPageTarget(await replay.get('/dashboard'))).toBe('/users/sign_in?requrl=%2Fdashboard');
  });

  it('serves the stylesheet and the favicon', async () => {
    const css = await t.app.inject({ method: 'GET', url: '/static/css/registry.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    const icon = await t.app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/x-icon');
  });

  it('renders web errors as pages in the site design and keeps API errors as JSON', async () => {
    const client = await signIn(t, 'user@inst1.edu');
    const missing = await client.get('/no/such/page');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Page not found');
    expect(missing.body).toContain('href="/static/css/registry.css"');
    // The page knows who is signed in, as any other page does.
    expect(missing.body).toContain('<nav class="site-nav"');
    expect(pageText(missing.body)).toContain('Inst One User');
    const api = await t.request('anonymous', '/member-api/v3/objects');
    expect(api.statusCode).toBe(401);
    expect(api.json()).toEqual({ StatusCode: 401, Error: 'API credentials are missing or invalid.' });
  });
});
