import { connect, createServer, type Server, type Socket } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { deleteRedisKeys, sleep, startJobSystem, TEST_REDIS_URL, uniqueJobsPrefix, waitFor, type JobSystem } from '../../../test/support/job-system.js';
import { BullQueues } from './bullmq.queues.js';
import { PermanentJobError, ScheduledJob, TaskHandler, type JobContext, type TaskContext } from './index.js';

jest.setTimeout(20_000);

const INSTANCE = Symbol('instance');
const PERIOD_MS = 300;

interface Call {
  readonly instance: string;
  readonly job: string;
  readonly scheduledFor: number;
}
const calls: Call[] = [];
const attempts: { task: string; attempt: number; payload: unknown }[] = [];
let slowJobFinished = false;

@Injectable()
class TestJobs {
  constructor(@Inject(INSTANCE) private readonly instance: string) {}

  @ScheduledJob({ name: 'tick', every: PERIOD_MS })
  async tick(context: JobContext): Promise<string> {
    calls.push({ instance: this.instance, job: context.name, scheduledFor: context.scheduledFor.getTime() });
    return `tick on ${this.instance}`;
  }

  @ScheduledJob({ name: 'slow', every: '1h', startAfter: '1h' })
  async slow(): Promise<void> {
    await sleep(400);
    slowJobFinished = true;
  }

  @ScheduledJob({ name: 'broken', every: '1h', startAfter: '1h' })
  async broken(): Promise<void> {
    throw new Error('the database said no');
  }

  /** Fails on the first two attempts. */
  @TaskHandler({ name: 'flaky', attempts: 4, backoff: 50 })
  async flaky(payload: { n: number }, context: TaskContext): Promise<string> {
    attempts.push({ task: context.name, attempt: context.attempt, payload });
    if (context.attempt < 3) throw new Error(`attempt ${context.attempt} failed`);
    return `done ${payload.n}`;
  }

  @TaskHandler({ name: 'hopeless', attempts: 2, backoff: 50 })
  async hopeless(_payload: unknown, context: TaskContext): Promise<void> {
    attempts.push({ task: context.name, attempt: context.attempt, payload: null });
    throw new Error('always fails');
  }

  @TaskHandler({ name: 'refused', attempts: 5, backoff: 50 })
  async refused(_payload: unknown, context: TaskContext): Promise<void> {
    attempts.push({ task: context.name, attempt: context.attempt, payload: null });
    throw new PermanentJobError('no such address');
  }
}

const providers = (instance: string) => [TestJobs, { provide: INSTANCE, useValue: instance }];

async function jobRun(system: JobSystem, name: string) {
  return (await system.status.list()).find((job) => job.name === name)!;
}

/**
 * No two runs fall within one period (so no slot ran twice), and the job kept running: at least
 * half the periods of the window in which both instances were up got their run, even on a busy machine.
 */
function expectOncePerPeriod(runs: readonly Call[], bothUpMs: number): void {
  const slots = runs.map((c) => c.scheduledFor).sort((a, b) => a - b);
  for (let i = 1; i < slots.length; i++) expect(slots[i] - slots[i - 1]).toBeGreaterThanOrEqual(PERIOD_MS);
  expect(runs.length).toBeGreaterThanOrEqual(Math.floor(bothUpMs / PERIOD_MS / 2));
}

describe.each([
  ['with Redis (BullMQ)', true],
  ['without Redis (in-process)', false],
] as const)('background jobs %s', (_label, withRedis) => {
  let db: TestDatabase;
  let prefix: string;
  const systems: JobSystem[] = [];
  const env = (extra: Record<string, string> = {}) => ({
    ...(withRedis ? { REDIS_URL: TEST_REDIS_URL, JOBS_REDIS_PREFIX: prefix } : {}),
    ...extra,
  });
  const start = async (instance: string, extra: Record<string, string> = {}) => {
    const system = await startJobSystem({ databaseUrl: db.url, env: env(extra), providers: providers(instance) });
    systems.push(system);
    return system;
  };

  beforeEach(async () => {
    db = await createTestDatabase();
    prefix = uniqueJobsPrefix();
    calls.length = 0;
    attempts.length = 0;
    slowJobFinished = false;
  });

  afterEach(async () => {
    await Promise.all(systems.splice(0).map((system) => system.close()));
    if (withRedis) await deleteRedisKeys(prefix);
    await db.drop();
  });

  it('runs a scheduled job once per period across two instances sharing the database (and Redis)', async () => {
    const [a, b] = await Promise.all([start('a'), start('b')]);
    const bothUp = Date.now();
    await sleep(2100);
    const stopping = Date.now();
    await Promise.all(systems.splice(0).map((system) => system.close()));

    const ticks = calls.filter((c) => c.job === 'tick');
    expectOncePerPeriod(ticks, stopping - bothUp);
    const [row] = await db.dataSource.query(`SELECT runs, failures, last_outcome, last_result FROM job_runs WHERE name = 'tick'`);
    expect(row).toMatchObject({ runs: ticks.length, failures: 0, last_outcome: 'success' });
    expect(row.last_result).toMatch(/^tick on [ab]$/);
    expect([a.scheduler.mode, b.scheduler.mode]).toEqual(withRedis ? ['redis', 'redis'] : ['in-process', 'in-process']);
  });

  it('skips scheduled jobs in maintenance mode and records the skip', async () => {
    const system = await start('a', { MAINTENANCE_MODE: 'true' });
    await sleep(PERIOD_MS * 3);
    expect(calls).toEqual([]);
    expect(await system.scheduler.runNow('slow')).toEqual({ status: 'skipped', reason: 'maintenance' });
    expect(slowJobFinished).toBe(false);

    const tick = await jobRun(system, 'tick');
    expect(tick).toMatchObject({ lastOutcome: 'skipped: maintenance', runs: 0, lastStartedAt: null });
    expect(tick.skips).toBeGreaterThanOrEqual(2);
    expect(tick.lastSkippedAt).not.toBeNull();
  });

  it('records failures with their message', async () => {
    const system = await start('a');
    expect(await system.scheduler.runNow('broken')).toEqual({ status: 'ran', ok: false, error: 'the database said no' });
    expect(await jobRun(system, 'broken')).toMatchObject({
      kind: 'scheduled',
      every: '1h',
      lastOutcome: 'error',
      lastError: 'the database said no',
      runs: 1,
      failures: 1,
      running: false,
    });
  });

  it('retries a failing task with backoff until it succeeds', async () => {
    const system = await start('a');
    await system.tasks.enqueue('flaky', { n: 7 });
    await waitFor(async () => (await jobRun(system, 'flaky')).lastOutcome === 'success', 5000, 'the third attempt');
    expect(attempts).toEqual([1, 2, 3].map((attempt) => ({ task: 'flaky', attempt, payload: { n: 7 } })));
    expect(await jobRun(system, 'flaky')).toMatchObject({ kind: 'task', runs: 3, failures: 2, lastError: null, lastResult: 'done 7' });
  });

  it('gives a task up after its last attempt, and at once on a permanent error', async () => {
    const system = await start('a');
    await system.tasks.enqueue('hopeless');
    await system.tasks.enqueue('refused');
    await waitFor(async () => (await jobRun(system, 'hopeless')).runs === 2 && (await jobRun(system, 'refused')).runs === 1, 5000, 'the attempts');
    await sleep(300);
    expect(attempts.filter((a) => a.task === 'hopeless').map((a) => a.attempt)).toEqual([1, 2]);
    expect(attempts.filter((a) => a.task === 'refused').map((a) => a.attempt)).toEqual([1]);
    expect(await jobRun(system, 'hopeless')).toMatchObject({ lastOutcome: 'error', lastError: 'always fails', failures: 2 });
    await expect(system.tasks.enqueue('no-such-task')).rejects.toThrow('No task handler is named "no-such-task"');
  });

  it('finishes the running job before it shuts down', async () => {
    const system = await start('a');
    const run = system.scheduler.runNow('slow');
    await sleep(50);
    await systems.splice(0)[0].close();
    expect(slowJobFinished).toBe(true);
    await expect(run).resolves.toMatchObject({ status: 'ran', ok: true });
    const [row] = await db.dataSource.query(`SELECT last_outcome FROM job_runs WHERE name = 'slow'`);
    expect(row.last_outcome).toBe('success');
    if (withRedis) {
      const connections = system.context.get(BullQueues).connections;
      expect(connections.length).toBe(3);
      for (const connection of connections) {
        expect(connection.closing).toBeDefined();
        await connection.closing;
      }
    }
  });

  it('lists every declared job for the status page', async () => {
    const system = await start('a', { JOBS_ENABLED: 'false' });
    const jobs = await system.status.list();
    expect(jobs.map((job) => [job.name, job.kind, job.every])).toEqual([
      ['broken', 'scheduled', '1h'],
      ['flaky', 'task', null],
      ['hopeless', 'task', null],
      ['refused', 'task', null],
      ['slow', 'scheduled', '1h'],
      ['tick', 'scheduled', '300ms'],
    ]);
    await sleep(PERIOD_MS * 2);
    expect(calls).toEqual([]);
  });
});

/** A TCP proxy to the test Redis that can freeze: from then on it passes nothing either way and hangs up on nobody. */
async function freezableRedisProxy(): Promise<{ url: string; clients: Set<Socket>; freeze(): void; close(): Promise<void> }> {
  const upstream = new URL(TEST_REDIS_URL);
  const clients = new Set<Socket>();
  const sockets = new Set<Socket>();
  let frozen = false;
  const server: Server = createServer((client) => {
    const redis = connect(Number(upstream.port || 6379), upstream.hostname);
    for (const socket of [client, redis]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    clients.add(client);
    client.on('close', () => {
      clients.delete(client);
      redis.destroy();
    });
    client.on('data', (data) => frozen || redis.write(data));
    redis.on('data', (data) => frozen || client.write(data));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as { port: number }).port}`,
    clients,
    freeze: () => (frozen = true),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('background jobs when Redis stops answering', () => {
  it('shut down within seconds and close every connection', async () => {
    calls.length = 0;
    const proxy = await freezableRedisProxy();
    const db = await createTestDatabase();
    const prefix = uniqueJobsPrefix();
    try {
      const system = await startJobSystem({ databaseUrl: db.url, env: { REDIS_URL: proxy.url, JOBS_REDIS_PREFIX: prefix }, providers: providers('a') });
      await system.tasks.enqueue('flaky', { n: 1 });
      await waitFor(() => calls.length > 0, 5000, 'a tick');
      expect(proxy.clients.size).toBeGreaterThanOrEqual(4);

      proxy.freeze();
      const began = Date.now();
      await system.close();
      expect(Date.now() - began).toBeLessThan(10_000);
      await waitFor(() => proxy.clients.size === 0, 2000, 'every connection to close');
    } finally {
      await proxy.close();
      await deleteRedisKeys(prefix);
      await db.drop();
    }
  });
});
