import { JobScheduler, JobStatusService } from '../jobs/index.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

jest.setTimeout(30_000);

describe('alert-email-delivery job', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await createTestApp({ env: { EMAIL_QUEUE_INTERVAL: '30s' } });
  });
  afterEach(async () => {
    await t.close();
  });

  it('is scheduled every EMAIL_QUEUE_INTERVAL and sends the queued alert emails', async () => {
    const job = (await t.app.get(JobStatusService).list()).find((j) => j.name === 'alert-email-delivery');
    expect(job?.every).toBe('30s');
    await t.db.dataSource.query(`UPDATE alerts_users SET email_pending = false`);
    const [{ id }] = await t.db.dataSource.query(
      `INSERT INTO alerts (institution_id, type, subject, content, created_at) VALUES (2, 'Password Reset', 'Subject', 'Content', now()) RETURNING id`,
    );
    await t.db.dataSource.query(`INSERT INTO alerts_users (alert_id, user_id, email_pending) VALUES ($1, 2, true), ($1, 3, true)`, [id]);

    expect(await t.app.get(JobScheduler).runNow('alert-email-delivery')).toEqual({ status: 'ran', ok: true, result: 'sent 2, failed 0' });
    const rows = await t.db.dataSource.query(`SELECT email_pending, sent_at FROM alerts_users WHERE alert_id = $1`, [id]);
    expect(rows.every((r: { email_pending: boolean; sent_at: unknown }) => !r.email_pending && r.sent_at !== null)).toBe(true);
    expect(await t.app.get(JobScheduler).runNow('alert-email-delivery')).toEqual({ status: 'ran', ok: true, result: 'sent 0, failed 0' });
  });
});
