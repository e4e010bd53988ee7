import { JobScheduler } from '../../../shared/jobs/index.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

jest.setTimeout(30_000);

describe('restoration-spot-tests job', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const query = <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => t.db.dataSource.query(sql, params);
  const candidateOf = async (institutionId: number) =>
    (await query<{ id: number }>(
      `SELECT id FROM intellectual_objects_view WHERE institution_id = $1 AND state = 'A' AND size >= 10000 ORDER BY size, id LIMIT 1`,
      [institutionId],
    ))[0]?.id;

  it('queues one restoration of the smallest eligible object per due institution, for the system user, once per period', async () => {
    const due = (await query<{ institution_id: number }>(
      `SELECT DISTINCT institution_id FROM intellectual_objects_view WHERE state = 'A' AND size >= 10000 ORDER BY 1`,
    )).map((r) => r.institution_id);
    expect(due.length).toBeGreaterThan(0);
    await query(`UPDATE institutions SET spot_restore_frequency = 0, last_spot_restore_work_item_id = NULL`);
    await query(`UPDATE institutions SET spot_restore_frequency = 30 WHERE id = ANY($1)`, [due]);
    await query(`UPDATE work_items SET status = 'Failed' WHERE action = 'Restore Object' AND status = 'Success'`);
    // Some fixture objects and ingests carry short test etags, which work-item validation refuses.
    await query(`UPDATE intellectual_objects SET etag = md5(id::text) WHERE length(coalesce(etag, '')) < 32`);
    await query(`UPDATE work_items SET etag = md5(id::text) WHERE length(coalesce(etag, '')) < 32`);
    const candidates = await Promise.all(due.map(candidateOf));
    const outboxBefore = (await query(`SELECT count(*)::int AS n FROM queue_outbox`))[0].n;

    expect(await t.app.get(JobScheduler).runNow('restoration-spot-tests')).toEqual({ status: 'ran', ok: true, result: `queued ${due.length} spot tests` });
    const items = await query(
      `SELECT i.id AS institution_id, w.id, w.intellectual_object_id, w."user", w.action, w.status, w.stage
         FROM institutions i JOIN work_items w ON w.id = i.last_spot_restore_work_item_id WHERE i.id = ANY($1) ORDER BY i.id`,
      [due],
    );
    expect(items.map((w) => w.intellectual_object_id)).toEqual(candidates);
    const [lastRun] = await query(`SELECT value FROM ar_internal_metadata WHERE key = 'spot restore last run'`);
    expect(Date.now() - Date.parse(lastRun.value)).toBeLessThan(60_000);
    const touched = await query(`SELECT id FROM institutions WHERE id = ANY($1) AND updated_at > now() AT TIME ZONE 'UTC' - interval '1 minute'`, [due]);
    expect(touched).toHaveLength(due.length);
    for (const item of items) expect(item).toMatchObject({ user: 'system@aptrust.org', status: 'Pending', stage: 'Requested' });
    expect(items.every((w) => ['Restore Object', 'Glacier Restore'].includes(w.action))).toBe(true);
    expect((await query(`SELECT count(*)::int AS n FROM queue_outbox`))[0].n).toBeGreaterThanOrEqual(outboxBefore);

    // Not due again until the last spot test's date_processed is older than the frequency.
    expect(await t.app.get(JobScheduler).runNow('restoration-spot-tests')).toMatchObject({ result: 'queued 0 spot tests' });
    await query(`UPDATE work_items SET date_processed = now() - interval '31 days' WHERE id = $1`, [items[0].id]);
    expect(await t.app.get(JobScheduler).runNow('restoration-spot-tests')).toMatchObject({ result: 'queued 1 spot tests' });
  });

  it('skips an institution whose objects were all restored successfully within the period', async () => {
    const [{ institution_id: inst }] = await query(`SELECT institution_id FROM intellectual_objects_view WHERE state = 'A' AND size >= 10000 LIMIT 1`);
    await query(`UPDATE institutions SET spot_restore_frequency = CASE WHEN id = $1 THEN 30 ELSE 0 END, last_spot_restore_work_item_id = NULL`, [inst]);
    await query(
      `INSERT INTO work_items (name, etag, bag_date, institution_id, intellectual_object_id, bucket, "user", action, stage, status, outcome, date_processed, retry, node, pid, needs_admin_review, created_at, updated_at)
       SELECT 'x.tar', 'e', now(), institution_id, id, 'b', 'u@x.edu', 'Restore Object', 'Cleanup', 'Success', 'ok', now(), false, '', 0, false, now(), now()
         FROM intellectual_objects_view WHERE institution_id = $1`,
      [inst],
    );
    expect(await t.app.get(JobScheduler).runNow('restoration-spot-tests')).toMatchObject({ ok: true, result: 'queued 0 spot tests, 1 due institutions without a candidate object' });
  });
});
