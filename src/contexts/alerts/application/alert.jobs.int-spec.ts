import { JobScheduler, JobStatusService } from '../../../shared/jobs/index.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

jest.setTimeout(30_000);

describe('alert jobs', () => {
  let t: TestApp;
  let scheduler: JobScheduler;

  beforeEach(async () => {
    t = await createTestApp({ env: { STALLED_WORK_ITEM_HOURS: '12' } });
    scheduler = t.app.get(JobScheduler);
  });
  afterEach(async () => {
    await t.close();
  });

  const query = <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => t.db.dataSource.query(sql, params);

  it('stalled-work-items alerts APTrust staff once a day per item not completed and not updated for the threshold', async () => {
    await query(`UPDATE work_items SET status = 'Success'`);
    const [stale1, stale2, fresh, failed] = (await query<{ id: number }>(`SELECT id FROM work_items ORDER BY id LIMIT 4`)).map((r) => r.id);
    await query(`UPDATE work_items SET status = 'Pending', updated_at = now() - interval '13 hours' WHERE id = $1`, [stale1]);
    await query(`UPDATE work_items SET status = 'Started', updated_at = now() - interval '3 days' WHERE id = $1`, [stale2]);
    await query(`UPDATE work_items SET status = 'Pending', updated_at = now() - interval '11 hours' WHERE id = $1`, [fresh]);
    await query(`UPDATE work_items SET status = 'Failed', updated_at = now() - interval '3 days' WHERE id = $1`, [failed]);
    const [{ id: staffId }] = await query<{ id: number }>(
      `INSERT INTO users (name, email, institution_id, role, encrypted_password, created_at, updated_at)
       VALUES ('Staff', 'staff@aptrust.org', (SELECT id FROM institutions WHERE identifier = 'aptrust.org'), 'admin', 'x', now(), now()) RETURNING id`,
    );

    expect(await scheduler.runNow('stalled-work-items')).toEqual({ status: 'ran', ok: true, result: 'alerted 2 stalled work items' });
    const alerts = await query(`SELECT id, subject, content FROM alerts WHERE type = 'Stalled Work Items'`);
    expect(alerts).toHaveLength(1);
    expect(alerts[0].content).toContain(`/work_items/show/${stale1}\n`);
    expect(alerts[0].content).toContain(`/work_items/show/${stale2}`);
    expect(alerts[0].content).toContain('more than 12 hours');
    expect((await query(`SELECT work_item_id FROM alerts_work_items WHERE alert_id = $1 ORDER BY 1`, [alerts[0].id])).map((r) => r.work_item_id)).toEqual([stale1, stale2]);
    const recipients = (await query(`SELECT u.email FROM alerts_users au JOIN users u ON u.id = au.user_id WHERE au.alert_id = $1`, [alerts[0].id])).map((r) => r.email);
    expect(recipients).toContain('staff@aptrust.org');
    expect(recipients).not.toContain('system@aptrust.org');
    expect(staffId).toBeGreaterThan(0);

    expect(await scheduler.runNow('stalled-work-items')).toEqual({ status: 'ran', ok: true, result: 'no newly stalled work items' });
    await query(`UPDATE alerts SET created_at = now() - interval '25 hours' WHERE id = $1`, [alerts[0].id]);
    expect(await scheduler.runNow('stalled-work-items')).toEqual({ status: 'ran', ok: true, result: 'alerted 2 stalled work items' });
  });

  it('are declared for the status page', async () => {
    const jobs = await t.app.get(JobStatusService).list();
    expect(jobs.filter((j) => j.name === 'stalled-work-items').map((j) => [j.name, j.every])).toEqual([['stalled-work-items', '1h']]);
  });

  it("leave the day's failed-fixity alerts to Preserv, whose call would otherwise meet a 409", async () => {
    const jobs = await t.app.get(JobStatusService).list();
    expect(jobs.map((j) => j.name).filter((name) => name.includes('fixity'))).toEqual([]);
    const response = await t.request('sysAdmin', { method: 'POST', url: '/admin-api/v3/alerts/generate_failed_fixity_alerts' });
    expect(response.statusCode).toBeLessThan(400);
  });
});
