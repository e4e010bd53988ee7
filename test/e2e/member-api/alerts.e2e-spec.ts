import { createTestApp, type TestApp } from '../../support/test-app.js';

interface Alert {
  id: number;
  user_id: number;
  created_at: string;
  type: string;
}

const pairs = (alerts: Alert[]) => alerts.map((a) => `${a.id}/${a.user_id}`);

// Fixture rows of alerts_view (alert/recipient): alerts 1–5 and 7 to users 1 and 2, alert 7 also to
// user 3, alert 8 only to user 3, alert 6 once without a recipient. All belong to institution 2.
describe('member API: alerts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /member-api/v3/alerts', () => {
    it('requires valid API credentials of an active user', async () => {
      const { status, body } = await t.getJson('anonymous', '/member-api/v3/alerts');
      expect(status).toBe(401);
      expect(body).toEqual({ StatusCode: 401, Error: 'API credentials are missing or invalid.' });
      const wrong = await t.request('instUser', { url: '/member-api/v3/alerts', headers: { 'x-pharos-api-key': 'wrong' } });
      expect(wrong.statusCode).toBe(401);
      expect((await t.getJson('inactiveUser', '/member-api/v3/alerts')).status).toBe(401);
    });

    it('shows a non-admin only the alerts addressed to them, newest first', async () => {
      const admin = await t.getJson('instAdmin', '/member-api/v3/alerts');
      expect(admin.status).toBe(200);
      expect(admin.body.count).toBe(6);
      expect(admin.body.items).toEqual(admin.body.results);
      expect(pairs(admin.body.results)).toEqual(['7/2', '5/2', '4/2', '3/2', '2/2', '1/2']);
      expect(admin.body.next).toBe('');
      expect(admin.body.previous).toBe('');

      const user = await t.getJson('instUser', '/member-api/v3/alerts');
      expect(user.body.count).toBe(2);
      expect(pairs(user.body.results)).toEqual(['8/3', '7/3']);
    });

    it("shows the other institution's users none of institution 2's alerts", async () => {
      for (const persona of ['otherInstUser', 'otherInstAdmin'] as const) {
        const { status, body } = await t.getJson(persona, '/member-api/v3/alerts');
        expect(status).toBe(200);
        expect(body).toEqual({ count: 0, next: '', previous: '', results: [], items: [] });
      }
    });

    it('shows a sys admin every alert and recipient, the recipientless alert included', async () => {
      const { body } = await t.getJson('sysAdmin', '/member-api/v3/alerts?per_page=100');
      expect(body.count).toBe(15);
      expect(pairs(body.results).slice(0, 5)).toEqual(['8/3', '7/3', '7/2', '7/1', '6/0']);
      const created = body.results.map((a: Alert) => a.created_at);
      expect(created).toEqual([...created].sort().reverse());
    });

    it.each([
      ['sysAdmin', 'created_at__gteq=2021-05-13T14:30:29Z', 7],
      ['sysAdmin', 'created_at__lteq=2021-05-13T14:30:26Z', 4],
      ['sysAdmin', 'created_at__gteq=2021-05-13T14:30:26Z&created_at__lteq=2021-05-13T14:30:28Z', 6],
      ['sysAdmin', 'created_at__gteq=2021-05-14', 0],
      ['sysAdmin', 'institution_id=2', 15],
      ['sysAdmin', 'institution_id=3', 0],
      ['sysAdmin', 'type=Deletion+Requested', 6],
      ['sysAdmin', 'type=Failed%20Fixity%20Check', 3],
      ['sysAdmin', 'type=Password+Reset', 0],
      ['sysAdmin', 'user_id=1', 6],
      ['sysAdmin', 'user_id=3', 2],
      ['instAdmin', 'created_at__gteq=2021-05-13T14:30:29Z', 2],
      ['instAdmin', 'created_at__lteq=2021-05-13T14:30:26Z', 2],
      ['instAdmin', 'institution_id=2', 6],
      ['instAdmin', 'type=Deletion+Requested', 3],
      ['instAdmin', 'user_id=2', 6],
      ['instUser', 'type=Restoration+Completed', 1],
      ['instUser', 'user_id=3', 2],
    ] as const)('as %s, %s matches %i', async (persona, query, count) => {
      const { status, body } = await t.getJson(persona, `/member-api/v3/alerts?${query}`);
      expect(status).toBe(200);
      expect(body.count).toBe(count);
      expect(body.results).toHaveLength(count);
    });

    it("gives a non-admin an empty list for someone else's user_id", async () => {
      const { status, body } = await t.getJson('instUser', '/member-api/v3/alerts?user_id=2');
      expect(status).toBe(200);
      expect(body.count).toBe(0);
      expect(body.results).toEqual([]);
    });

    it("answers 403 for another institution's institution_id filter", async () => {
      const { status, body } = await t.getJson('instUser', '/member-api/v3/alerts?institution_id=3');
      expect(status).toBe(403);
      expect(body).toEqual({ error: 'Permission denied for /member-api/v3/alerts (institution 3).' });
    });

    it('sorts by the requested fields', async () => {
      const asc = await t.getJson('instAdmin', '/member-api/v3/alerts?sort=created_at__asc');
      expect(pairs(asc.body.results)).toEqual(['1/2', '2/2', '3/2', '4/2', '5/2', '7/2']);
      const byType = await t.getJson('instAdmin', '/member-api/v3/alerts?sort=type__desc&sort=id__asc');
      expect(byType.body.results.map((a: Alert) => a.type)).toEqual([
        'Failed Fixity Check', 'Deletion Requested', 'Deletion Requested', 'Deletion Requested', 'Deletion Confirmed', 'Deletion Completed',
      ]);
      expect(pairs(byType.body.results)).toEqual(['7/2', '1/2', '2/2', '5/2', '3/2', '4/2']);
      // PostgreSQL puts NULLs (the recipientless alert 6) first in descending order.
      const byRecipient = await t.getJson('sysAdmin', '/member-api/v3/alerts?sort=user_id__desc&sort=id__desc&per_page=4');
      expect(pairs(byRecipient.body.results)).toEqual(['6/0', '8/3', '7/3', '7/2']);
    });

    it('pages with links that keep the other parameters, and pages through every row exactly once', async () => {
      const { body } = await t.getJson('sysAdmin', '/member-api/v3/alerts?per_page=5&page=2&sort=created_at__asc');
      expect(body.count).toBe(15);
      expect(body.results).toHaveLength(5);
      expect(body.next).toBe('/member-api/v3/alerts?page=3&per_page=5&sort=created_at__asc');
      expect(body.previous).toBe('/member-api/v3/alerts?page=1&per_page=5&sort=created_at__asc');

      const seen: string[] = [];
      for (let page = 1; page <= 8; page++) {
        const response = await t.getJson('sysAdmin', `/member-api/v3/alerts?per_page=2&page=${page}`);
        seen.push(...pairs(response.body.results));
        expect(response.body.next === '').toBe(page === 8);
      }
      expect(seen).toHaveLength(15);
      expect(new Set(seen).size).toBe(15);
    });

    it('rejects unknown and malformed parameters with 400 naming them', async () => {
      const unknown = await t.getJson('instUser', '/member-api/v3/alerts?subject=x&foo=1');
      expect(unknown.status).toBe(400);
      expect(unknown.body.StatusCode).toBe(400);
      expect(unknown.body.Error).toMatch(/^Invalid query params: /);
      expect(unknown.body.Error).toMatch(/subject/);
      expect(unknown.body.Error).toMatch(/foo/);
      for (const query of ['created_at=2021-05-13', 'created_at__gteq=yesterday', 'user_id=me', 'type__starts_with=Del', 'sort=nope__asc', 'sort=']) {
        expect({ query, status: (await t.getJson('instUser', `/member-api/v3/alerts?${query}`)).status }).toEqual({ query, status: 400 });
      }
    });

    it('writes the wire format in AlertView key order, with zero values for NULLs', async () => {
      const { body } = await t.getJson('sysAdmin', '/member-api/v3/alerts?sort=id__asc&sort=user_id__asc&per_page=100');
      const first = body.results[0];
      expect(Object.keys(first)).toEqual([
        'id', 'institution_id', 'institution_name', 'institution_identifier', 'type', 'subject', 'content', 'deletion_request_id',
        'created_at', 'user_id', 'user_name', 'user_email', 'sent_at', 'read_at',
      ]);
      expect(first).toEqual({
        id: 1,
        institution_id: 2,
        institution_name: 'Institution One',
        institution_identifier: 'institution1.edu',
        type: 'Deletion Requested',
        subject: 'Deletion Requested',
        content: 'user@inst1.edu wants to delete some things.',
        deletion_request_id: 1,
        created_at: '2021-05-13T14:30:25Z',
        user_id: 1,
        user_name: 'APTrust System',
        user_email: 'system@aptrust.org',
        sent_at: '2021-05-13T14:30:25Z',
        read_at: '0001-01-01T00:00:00Z',
      });
      const recipientless = body.results.find((a: Alert) => a.id === 6);
      expect(recipientless).toMatchObject({ deletion_request_id: 3, user_id: 0, user_name: '', user_email: '', sent_at: '0001-01-01T00:00:00Z', read_at: '0001-01-01T00:00:00Z' });
      const fixity = body.results.find((a: Alert) => a.id === 7);
      expect(fixity.deletion_request_id).toBe(0);
    });
  });

  describe('GET /member-api/v3/alerts/show/:id/:user_id', () => {
    it('shows the read copy of alert 1 to its recipient', async () => {
      const { status, body } = await t.getJson('instAdmin', '/member-api/v3/alerts/show/1/2');
      expect(status).toBe(200);
      expect(Object.keys(body)).toEqual([
        'id', 'institution_id', 'institution_name', 'institution_identifier', 'type', 'subject', 'content', 'deletion_request_id',
        'created_at', 'user_id', 'user_name', 'user_email', 'sent_at', 'read_at',
      ]);
      expect(body).toMatchObject({
        id: 1, user_id: 2, user_name: 'Inst One Admin', user_email: 'admin@inst1.edu', sent_at: '2021-05-13T14:30:26Z', read_at: '2021-05-13T14:30:26Z',
      });
    });

    it('equals the list row of the same alert and recipient', async () => {
      const list = await t.getJson('instUser', '/member-api/v3/alerts?type=Failed+Fixity+Check');
      const show = await t.getJson('instUser', '/member-api/v3/alerts/show/7/3');
      expect(show.status).toBe(200);
      expect(show.body).toEqual(list.body.results[0]);
    });

    it("lets a sys admin read any recipient's copy", async () => {
      const { status, body } = await t.getJson('sysAdmin', '/member-api/v3/alerts/show/8/3');
      expect(status).toBe(200);
      expect(body).toMatchObject({ id: 8, user_id: 3, type: 'Restoration Completed', read_at: '0001-01-01T00:00:00Z' });
    });

    it("answers 403 permission denied for another recipient's copy", async () => {
      for (const url of ['/member-api/v3/alerts/show/1/1', '/member-api/v3/alerts/show/8/3']) {
        const { status, body } = await t.getJson('instAdmin', url);
        expect(status).toBe(403);
        expect(body).toEqual({ StatusCode: 403, Error: 'permission denied' });
      }
    });

    it('answers 404 pg: no rows for an alert not addressed to that user', async () => {
      const own = await t.getJson('instUser', '/member-api/v3/alerts/show/1/3');
      expect(own).toEqual({ status: 404, body: { StatusCode: 404, Error: 'pg: no rows in result set' } });
      const recipientless = await t.getJson('sysAdmin', '/member-api/v3/alerts/show/6/1');
      expect(recipientless).toEqual({ status: 404, body: { StatusCode: 404, Error: 'pg: no rows in result set' } });
    });

    it("answers 403 for another institution's alert and 404 for a missing one", async () => {
      const foreign = await t.getJson('otherInstUser', '/member-api/v3/alerts/show/1/7');
      expect(foreign.status).toBe(403);
      expect(foreign.body).toEqual({ error: 'Permission denied for /member-api/v3/alerts/show/:id/:user_id (institution 2).' });
      const missing = await t.getJson('instUser', '/member-api/v3/alerts/show/99999/3');
      expect(missing).toEqual({ status: 404, body: { error: 'Not found: /member-api/v3/alerts/show/99999/3' } });
      const notAnId = await t.getJson('instUser', '/member-api/v3/alerts/show/abc/3');
      expect(notAnId).toEqual({ status: 404, body: { error: 'Missing authorization check for /member-api/v3/alerts/show/abc/3' } });
    });

    it('answers 400 for a user_id that is not an integer', async () => {
      for (const persona of ['instUser', 'sysAdmin'] as const) {
        const { status, body } = await t.getJson(persona, '/member-api/v3/alerts/show/7/abc');
        expect(status).toBe(400);
        expect(body).toEqual({ StatusCode: 400, Error: 'user_id must be an integer' });
      }
      expect((await t.getJson('instUser', '/member-api/v3/alerts/show/7/99999999999999999999')).status).toBe(400);
    });

    it('requires credentials', async () => {
      expect((await t.getJson('anonymous', '/member-api/v3/alerts/show/1/2')).status).toBe(401);
      expect((await t.getJson('inactiveUser', '/member-api/v3/alerts/show/1/2')).status).toBe(401);
    });
  });
});
