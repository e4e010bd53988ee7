import { pageText, signInPageTarget, useSignedInApp, WebClient } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('web: alerts', () => {
  const app = useSignedInApp();
  const { clients, query } = app;

  const readAt = async (alertId: number, userId: number) =>
    (await query(`SELECT read_at FROM alerts_users WHERE alert_id = $1 AND user_id = $2`, [alertId, userId]))[0].read_at;
  const put = (client: WebClient, url: string, ids: string[], csrf = true) => client.post(url, { id__in: ids }, { method: 'PUT', csrf });

  it('shows the unread count next to Alerts in the navigation', async () => {
    const page = await clients.instUser.get('/dashboard');
    expect(page.body).toMatch(/<a href="\/alerts">Alerts <span class="badge badge--count" id="nav-badge-alerts">2<span class="visually-hidden"> unread<\/span><\/span><\/a>/);
    expect((await clients.otherUser.get('/dashboard')).body).not.toContain('nav-badge-alerts');
  });

  it('lists each user\'s own alerts, and every recipient\'s to sys admins', async () => {
    const own = await clients.instUser.get('/alerts');
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('<title>APTrust Registry - Alerts</title>');
    const text = pageText(own.body);
    expect(text).toContain('Showing 1 - 2 of 2');
    expect(text).toContain('You have 2 unread alerts.');
    expect(own.body).toContain('href="/alerts/show/8/3"');
    expect(own.body).toContain('href="/alerts/show/7/3"');
    expect(own.body).toContain('name="id__in" value="8"');

    const admin = await clients.instAdmin.get('/alerts?type=Deletion+Requested&bogus=1');
    expect(pageText(admin.body)).toContain('Showing 1 - 3 of 3');
    expect(pageText(admin.body)).toContain('Type: Deletion Requested');

    const all = await clients.sysAdmin.get('/alerts?per_page=100');
    const [{ count }] = await query(`SELECT count(*)::int AS count FROM alerts_view`);
    expect(pageText(all.body)).toContain(`Showing 1 - ${count} of ${count}`);
    expect(all.body).toContain('href="/alerts/show/8/3"');
    expect(all.body).not.toContain('name="id__in" value="8"');
    const filtered = await clients.sysAdmin.get('/alerts?institution_id=2&user_id=3');
    expect(pageText(filtered.body)).toContain('Institution: Institution One');

    expect((await clients.otherUser.get('/alerts')).statusCode).toBe(200);
    expect(pageText((await clients.otherUser.get('/alerts')).body)).toContain('No alerts match.');
    expect(signInPageTarget(await new WebClient(app.t).get('/alerts'))).toBe('/users/sign_in?requrl=%2Falerts');
  });

  it('shows an alert to its recipient, marking it read, and to sys admins without marking it', async () => {
    expect(await readAt(7, 3)).toBeNull();
    const admin = await clients.sysAdmin.get('/alerts/show/7/3');
    expect(admin.statusCode).toBe(200);
    expect(await readAt(7, 3)).toBeNull();

    const page = await clients.instUser.get('/alerts/show/8/3');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>APTrust Registry - Alert</title>');
    expect(pageText(page.body)).toContain('Restoration Completed');
    expect(await readAt(8, 3)).not.toBeNull();
    expect(page.body).not.toMatch(/id="read-at">Not yet/);
    expect(page.body).toMatch(/id="nav-badge-alerts">1</);

    expect((await clients.instUser.get('/alerts/show/7/2')).statusCode).toBe(403);
    expect((await clients.otherUser.get('/alerts/show/8/7')).statusCode).toBe(403);
    expect((await clients.sysAdmin.get('/alerts/show/9999/3')).statusCode).toBe(404);
    expect((await clients.sysAdmin.get('/alerts/show/8/x')).statusCode).toBe(400);
    expect(signInPageTarget(await new WebClient(app.t).get('/alerts/show/8/3'))).toBe('/users/sign_in?requrl=%2Falerts%2Fshow%2F8%2F3');
  });

  it('marks the caller\'s own alerts read and unread over XHR', async () => {
    await clients.instUser.get('/alerts');
    const read = await put(clients.instUser, '/alerts/mark_as_read', ['7', '8', '1']);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ succeeded: [7, 8], failed: [1], error: '' });
    expect(await readAt(7, 3)).not.toBeNull();
    expect(await readAt(1, 1)).toBeNull();

    const unread = await put(clients.instUser, '/alerts/mark_as_unread', ['8']);
    expect(unread.json()).toEqual({ succeeded: [8], failed: [], error: '' });
    expect(await readAt(8, 3)).toBeNull();

    const none = await put(clients.instUser, '/alerts/mark_as_read', []);
    expect(none.statusCode).toBe(400);
    expect(none.json()).toEqual({ succeeded: [], failed: [], error: 'You must specify one or more alerts.' });
    expect((await put(clients.instUser, '/alerts/mark_as_read', ['8'], false)).statusCode).toBe(401);
  });

  it('marks all of the caller\'s alerts read and returns to the page it came from', async () => {
    await clients.instAdmin.get('/alerts');
    const done = await clients.instAdmin.request({
      method: 'POST',
      url: '/alerts/mark_all_as_read',
      headers: { 'content-type': 'application/x-www-form-urlencoded', referer: 'http://localhost:80/dashboard', host: 'localhost:80' },
      payload: `csrf_token=${encodeURIComponent(await clients.instAdmin.csrfToken())}`,
    });
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/dashboard');
    expect((await query(`SELECT count(*)::int AS n FROM alerts_users WHERE user_id = 2 AND read_at IS NULL`))[0].n).toBe(0);
    expect((await query(`SELECT count(*)::int AS n FROM alerts_users WHERE user_id = 1 AND read_at IS NULL`))[0].n).toBeGreaterThan(0);
    expect(pageText((await clients.instAdmin.get('/alerts')).body)).toContain('5 alerts have been marked as read.');

    const plain = await clients.instUser.post('/alerts/mark_all_as_read', {});
    expect(plain.headers.location).toBe('/alerts');
  });
});
