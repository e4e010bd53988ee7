import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../app.factory.js';
import { loadAppConfig } from '../config/app-config.js';
import { JobScheduler, JobStatusService } from '../shared/jobs/index.js';
import { RegistryMetrics } from '../shared/observability/index.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { deleteRedisKeys, sleep, startJobSystem, TEST_REDIS_URL, uniqueJobsPrefix, waitFor, type JobSystem } from '../../test/support/job-system.js';
import { StatisticsJobs } from './statistics.jobs.js';

jest.setTimeout(30_000);

/** Three more active files of object 1 (institution 2, Standard storage), 1000 bytes each. */
const ADD_FILES = `
  INSERT INTO generic_files (file_format, size, identifier, intellectual_object_id, created_at, updated_at, state,
                             institution_id, storage_option, uuid)
  SELECT 'text/plain', 1000, 'jobs-test/' || g, 1, now(), now(), 'A', 2, 'Standard', gen_random_uuid()::text
    FROM generate_series(1, 3) g`;

describe('statistics jobs', () => {
  let db: TestDatabase;
  let system: JobSystem;

  beforeEach(async () => {
    db = await createTestDatabase({ fixtures: true });
    system = await startJobSystem({ databaseUrl: db.url, env: { JOBS_ENABLED: 'false' }, providers: [StatisticsJobs] });
  });

  afterEach(async () => {
    await system.close();
    await db.drop();
  });

  const one = async <T>(sql: string): Promise<T> => (await db.dataSource.query(sql))[0];

  it('count-caches refreshes the count caches', async () => {
    const cached = `SELECT row_count FROM generic_file_counts WHERE institution_id = 2 AND state = 'A'`;
    const before = await one<{ row_count: number }>(cached);
    await db.dataSource.query(ADD_FILES);

    expect(await system.scheduler.runNow('count-caches')).toEqual({ status: 'ran', ok: true, result: 'refreshed' });
    expect(await one(cached)).toEqual({ row_count: before.row_count + 3 });
    expect(await one(`SELECT value FROM ar_internal_metadata WHERE key = 'update counts is running'`)).toEqual({ value: 'false' });
  });

  it('current-deposit-stats refreshes the current deposit statistics', async () => {
    const current = `SELECT file_count, total_bytes FROM current_deposit_stats WHERE institution_id = 2 AND storage_option = 'Standard'`;
    const before = await one<{ file_count: number; total_bytes: number }>(current);
    await db.dataSource.query(ADD_FILES);

    expect(await system.scheduler.runNow('current-deposit-stats')).toMatchObject({ status: 'ran', ok: true, result: 'refreshed' });
    expect(await one(current)).toEqual({ file_count: before.file_count + 3, total_bytes: before.total_bytes + 3000 });
  });

  it('row-count-compaction folds the row counters', async () => {
    await db.dataSource.query(ADD_FILES);
    await db.dataSource.query(`UPDATE generic_files SET state = 'D' WHERE identifier LIKE 'jobs-test/%'`);
    const run = await system.scheduler.runNow('row-count-compaction');
    expect(run).toMatchObject({ status: 'ran', ok: true });
    expect(Number(/^removed (\d+) delta rows$/.exec((run as { result: string }).result)?.[1])).toBeGreaterThanOrEqual(3);
    expect(await system.scheduler.runNow('row-count-compaction')).toMatchObject({ result: 'removed 0 delta rows' });
  });

  it('historical-deposit-stats adds every month without a snapshot, with its zero rows, once', async () => {
    const months = await db.dataSource.query<{ month: string }[]>(
      `SELECT to_char(d, 'YYYY-MM-DD') AS month FROM (VALUES (date_trunc('month', now() AT TIME ZONE 'UTC')),
              (date_trunc('month', now() AT TIME ZONE 'UTC') - interval '3 months')) AS m(d) ORDER BY d`,
    );
    const rowsOf = async (month: string) => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM historical_deposit_stats WHERE end_date = '${month}'`)).n;
    const counts = await Promise.all(months.map((m) => rowsOf(m.month)));
    expect(counts.every((n) => n > 1)).toBe(true);
    await db.dataSource.query(`DELETE FROM historical_deposit_stats WHERE end_date IN ($1, $2)`, months.map((m) => m.month));

    expect(await system.scheduler.runNow('historical-deposit-stats')).toEqual({
      status: 'ran',
      ok: true,
      result: `added ${months.map((m) => m.month).join(', ')}`,
    });
    expect(await Promise.all(months.map((m) => rowsOf(m.month)))).toEqual(counts);
    const zeroRows = await one<{ n: number }>(`SELECT count(*)::int AS n FROM historical_deposit_stats WHERE end_date = '${months[1].month}' AND file_count = 0`);
    expect(zeroRows.n).toBeGreaterThan(0);

    expect(await system.scheduler.runNow('historical-deposit-stats')).toMatchObject({ result: 'up to date' });
    expect(await Promise.all(months.map((m) => rowsOf(m.month)))).toEqual(counts);
  });

  it('are declared for the status page', async () => {
    const jobs = await system.status.list();
    expect(jobs.map((job) => [job.name, job.every])).toEqual([
      ['count-caches', '1h'],
      ['current-deposit-stats', '1h'],
      ['historical-deposit-stats', '1h'],
      ['row-count-compaction', '5m'],
    ]);
  });
});

describe.each([
  ['with Redis', true],
  ['without Redis', false],
] as const)('two registry instances sharing the database %s', (_label, withRedis) => {
  it('refresh the count caches once at start-up between them', async () => {
    const db = await createTestDatabase({ fixtures: true });
    const prefix = uniqueJobsPrefix();
    const config = loadAppConfig({ APT_ENV: 'test', ...(withRedis ? { REDIS_URL: TEST_REDIS_URL, JOBS_REDIS_PREFIX: prefix } : {}) });
    const apps: NestFastifyApplication[] = [];
    try {
      for (const _ of [1, 2]) {
        const app = await createApp(config, db.url, { logger: false });
        apps.push(app);
      }
      await Promise.all(apps.map((app) => app.init()));
      await Promise.all(apps.map((app) => app.get(JobScheduler).started()));
      const countCaches = async () => (await apps[0].get(JobStatusService).list()).find((job) => job.name === 'count-caches')!;
      await waitFor(async () => (await countCaches()).lastOutcome === 'success', 10_000, 'the count-caches run');
      await sleep(1000);
      expect(await countCaches()).toMatchObject({ runs: 1, failures: 0, lastResult: 'refreshed', mode: withRedis ? 'redis' : 'in-process' });
      const counted = await Promise.all(
        apps.map(async (app) => {
          const metric = await app.get(RegistryMetrics).registry.getSingleMetric('registry_job_runs_total')!.get();
          return metric.values.filter((v) => v.labels.job === 'count-caches' && v.labels.outcome === 'success').reduce((sum, v) => sum + v.value, 0);
        }),
      );
      expect(counted[0] + counted[1]).toBe(1);
    } finally {
      await Promise.all(apps.map((app) => app.close()));
      if (withRedis) await deleteRedisKeys(prefix);
      await db.drop();
    }
  });
});
