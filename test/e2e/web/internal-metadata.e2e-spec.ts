import { createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, signIn, signInPageTarget, WebClient } from '../../support/web-client.js';

jest.setTimeout(60_000);

describe('web: internal metadata', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is for sys admins only', async () => {
    const anonymous = await new WebClient(t).get('/internal_metadata');
    expect(anonymous.statusCode).toBe(401);
    expect(signInPageTarget(anonymous)).toBe('/users/sign_in?requrl=%2Finternal_metadata');
    for (const email of ['admin@inst1.edu', 'user@inst1.edu', 'user@inst2.edu']) {
      expect((await (await signIn(t, email)).get('/internal_metadata')).statusCode).toBe(403);
    }
  });

  it('lists the metadata rows by key, the outbox backlog, the background jobs and the migrations', async () => {
    await t.db.dataSource.query(
      `INSERT INTO queue_outbox (topic, body, created_at, available_at, attempts, last_error)
       VALUES ('restore_object', '42', (now() AT TIME ZONE 'UTC') - interval '5 minutes', now() AT TIME ZONE 'UTC', 3, 'nsqd at 127.0.0.1:4150 closed the connection')`,
    );
    await t.db.dataSource.query(
      `INSERT INTO job_runs (name, last_started_at, last_finished_at, last_duration_ms, last_outcome, last_result, runs)
       VALUES ('current-deposit-stats', '2026-01-02 03:04:05', '2026-01-02 03:04:07', 1500, 'success', 'refreshed', 7)`,
    );
    const admin = await signIn(t, 'system@aptrust.org');
    const page = await admin.get('/internal_metadata');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>APTrust Registry - Internal Metadata</title>');
    const text = pageText(page.body);

    const keys = [...page.body.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>/g)].map((m) => m[1]);
    const metadataKeys = keys.slice(0, 5);
    expect(metadataKeys).toEqual([...metadataKeys].sort());
    expect(metadataKeys).toContain('spot restore is running');
    expect(text).toContain('current_deposit_stats is running false');

    expect(text).toMatch(/Messages waiting for nsqd 1 Oldest has waited [45] min \d+ s Last delivery error nsqd at 127\.0\.0\.1:4150 closed the connection/);
    expect(text).toContain('current-deposit-stats');
    expect(text).toContain('Jan 2, 2026 03:04:05 Jan 2, 2026 03:04:07 1.5 s success 7 0 0 refreshed');
    expect(text).toContain('CreateDepositStats1700000000006');
  });
});
