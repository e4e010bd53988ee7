import { emailSentWithoutDelivery } from '../../support/outbox.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const ALERT_VIEW_KEYS = [
  'id', 'institution_id', 'institution_name', 'institution_identifier', 'type', 'subject', 'content', 'deletion_request_id', 'created_at',
  'user_id', 'user_name', 'user_email', 'sent_at', 'read_at',
];

describe('admin API: alerts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /admin-api/v3/alerts', () => {
    it('lists every recipient\'s copy of every alert', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/alerts?per_page=100');
      expect(status).toBe(200);
      // alerts_view has a row per recipient, and one with no recipient for alert 6, which was sent to nobody.
      const [{ n }] = await t.db.dataSource.query('SELECT count(*)::int AS n FROM alerts_view');
      expect(n).toBe(15);
      expect(body.count).toBe(n);
      expect(body.results).toHaveLength(n);
      expect(Object.keys(body.results[0])).toEqual(ALERT_VIEW_KEYS);
    });

    it('filters by recipient and type, and answers 400 for an unknown parameter', async () => {
      const mine = await t.getJson('sysAdmin', '/admin-api/v3/alerts?user_id=3');
      expect(mine.body.results.map((a: { id: number }) => a.id).sort()).toEqual([7, 8]);
      expect((await t.getJson('sysAdmin', '/admin-api/v3/alerts?type=Failed+Fixity+Check')).body.count).toBe(3);
      expect((await t.getJson('sysAdmin', '/admin-api/v3/alerts?color=red')).status).toBe(400);
    });

    it('refuses non-admins (403)', async () => {
      expect((await t.getJson('instUser', '/admin-api/v3/alerts')).status).toBe(403);
    });
  });

  describe('GET /admin-api/v3/alerts/show/:id/:user_id', () => {
    it('shows another user\'s copy to a sys admin', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/alerts/show/8/3');
      expect(status).toBe(200);
      expect(body).toMatchObject({ id: 8, user_id: 3, user_email: 'user@inst1.edu', type: 'Restoration Completed' });
    });

    it('answers 404 for an alert not sent to that user or not there, and 400 for a bad user id', async () => {
      expect((await t.getJson('sysAdmin', '/admin-api/v3/alerts/show/8/2')).status).toBe(404);
      expect((await t.getJson('sysAdmin', '/admin-api/v3/alerts/show/999/1')).status).toBe(404);
      const bad = await t.getJson('sysAdmin', '/admin-api/v3/alerts/show/8/x');
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual({ StatusCode: 400, Error: 'user_id must be an integer' });
    });

    it('refuses non-admins, even for their own copy', async () => {
      expect((await t.getJson('instUser', '/admin-api/v3/alerts/show/8/3')).status).toBe(403);
    });
  });

  describe('POST /admin-api/v3/alerts/generate_failed_fixity_alerts', () => {
    const URL = '/admin-api/v3/alerts/generate_failed_fixity_alerts';
    const KEY = 'fixity alerts last run';
    const generate = (persona: 'sysAdmin' | 'instAdmin' = 'sysAdmin') => t.request(persona, { method: 'POST', url: URL });
    const lastRun = async () => (await t.db.dataSource.query('SELECT value FROM ar_internal_metadata WHERE key = $1', [KEY]))[0]?.value ?? null;
    const fixityAlerts = () =>
      t.db.dataSource.query(
        `SELECT a.id, a.institution_id, a.content,
                array(SELECT user_id FROM alerts_users u WHERE u.alert_id = a.id ORDER BY 1) AS recipients,
                array(SELECT premis_event_id FROM alerts_premis_events e WHERE e.alert_id = a.id ORDER BY 1) AS events
         FROM alerts a WHERE type = 'Failed Fixity Check' AND id > 8 ORDER BY id`,
      );
    const fixityEvent = async (institutionId: number, outcome: string, age: string) =>
      (await t.db.dataSource.query(
        `INSERT INTO premis_events (identifier, event_type, date_time, outcome, outcome_detail, detail, outcome_information, object, agent,
                                    intellectual_object_id, generic_file_id, institution_id, created_at, updated_at)
         VALUES (gen_random_uuid()::text, 'fixity check', (now() AT TIME ZONE 'UTC') - $3::interval, $2, 'sha256:x', 'Fixity check', 'x', 'Go crypto', 'Preserv',
                 1, 1, $1, now(), now()) RETURNING id`,
        [institutionId, outcome, age],
      ))[0].id as number;
    const today = () => new Date().toISOString().slice(0, 10);
    const daysFromToday = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

    it('refuses non-admins (403)', async () => {
      expect((await generate('instAdmin')).statusCode).toBe(403);
      expect(await lastRun()).toBeNull();
    });

    it('answers 200 with an empty list when nothing failed, and records the run', async () => {
      const response = await generate();
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ count: 0, next: '', previous: '', results: [], items: [] });
      expect((await lastRun()).slice(0, 10)).toBe(today());
      expect(await fixityAlerts()).toEqual([]);
    });

    it('answers 409 on a second run the same UTC day, and changes nothing', async () => {
      const before = await lastRun();
      const response = await generate();
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({
        StatusCode: 409,
        Error: 'Note: failed fixity alerts have already been generated today. Controller is returning without running them again.',
      });
      expect(await lastRun()).toBe(before);
    });

    it('rolls the whole run back (500) when APTrust staff cannot be alerted', async () => {
      const yesterday = `${daysFromToday(-1)}T00:00:00Z`;
      await t.db.dataSource.query('UPDATE ar_internal_metadata SET value = $2 WHERE key = $1', [KEY, yesterday]);
      const event = await fixityEvent(2, 'Failed', '1 minute');
      await t.db.dataSource.query(`UPDATE institutions SET identifier = 'aptrust.org.renamed' WHERE id = 1`);
      try {
        const response = await generate();
        expect(response.statusCode).toBe(500);
        expect(response.json().Error).toMatch(/aptrust.org institution does not exist/);
        expect(await fixityAlerts()).toEqual([]);
        expect(await lastRun()).toBe(yesterday);
      } finally {
        await t.db.dataSource.query(`UPDATE institutions SET identifier = 'aptrust.org' WHERE id = 1`);
        await t.db.dataSource.query('DELETE FROM premis_events WHERE id = $1', [event]);
      }
    });

    it('alerts each institution\'s admins and APTrust staff of the failures since the last run (201)', async () => {
      const windowStart = `${daysFromToday(-1)}T00:00:00Z`;
      await t.db.dataSource.query('UPDATE ar_internal_metadata SET value = $2 WHERE key = $1', [KEY, windowStart]);
      await t.db.dataSource.query(
        `INSERT INTO users (name, email, institution_id, role, created_at, updated_at) VALUES ('APTrust Staff', 'staff@aptrust.org', 1, 'admin', now(), now())`,
      );
      const [{ id: staffId }] = await t.db.dataSource.query(`SELECT id FROM users WHERE email = 'staff@aptrust.org'`);
      const inst2 = [await fixityEvent(2, 'Failed', '1 hour'), await fixityEvent(2, 'Failed', '2 minutes')];
      const inst3 = [await fixityEvent(3, 'Failure', '5 minutes')];
      const orphan = [await fixityEvent(999, 'Failed', '5 minutes')];
      await fixityEvent(2, 'Success', '5 minutes');
      await fixityEvent(2, 'Failed', '3 days');

      const response = await generate();
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body).toMatchObject({ count: 4, next: '', previous: '' });
      expect(body.results).toEqual([
        { failures: 2, institution_id: 2, institution_name: 'Institution One', error: '' },
        { failures: 1, institution_id: 3, institution_name: 'Institution Two', error: '' },
        { failures: 1, institution_id: 999, institution_name: '', error: expect.stringMatching(/^Error generating failed fixity alert for institution 999: /) },
      ]);
      expect(Object.keys(body.results[0])).toEqual(['failures', 'institution_id', 'institution_name', 'error']);

      const alerts = await fixityAlerts();
      expect(alerts.map((a: { institution_id: number }) => a.institution_id)).toEqual([2, 3, 1]);
      expect(alerts[0]).toMatchObject({ recipients: [2], events: inst2 });
      expect(alerts[1]).toMatchObject({ recipients: [5], events: inst3 });
      expect(alerts[2]).toMatchObject({ recipients: [staffId], events: [...inst2, ...inst3, ...orphan].sort((a, b) => a - b) });
      expect(alerts[0].content).toContain(
        `/events?event_type=fixity+check&outcome=Failed&institution_id=2&date_time__gteq=${daysFromToday(-1)}&date_time__lteq=${daysFromToday(1)}`,
      );
      expect(alerts[2].content).toContain(`/events?event_type=fixity+check&outcome=Failed&date_time__gteq=${daysFromToday(-1)}`);
      expect((await lastRun()).slice(0, 10)).toBe(today());
      // Emailed once the run commits: the test app runs no alert-email-delivery job.
      for (const [to, alert] of [['admin@inst1.edu', alerts[0]], ['admin@inst2.edu', alerts[1]], ['staff@aptrust.org', alerts[2]]] as const) {
        const email = await emailSentWithoutDelivery(t, (m) => m.to === to && m.text === alert.content);
        expect(email.subject).toBe('Failed Fixity Check');
      }

      expect((await generate()).statusCode).toBe(409);
      expect(await fixityAlerts()).toHaveLength(3);
    });
  });
});
