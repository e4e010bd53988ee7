import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { JobRunsRepository } from './job-runs.repository.js';
import { JobMetrics, type JobKind } from './job.metrics.js';
import type { JobResult, ScheduledJobDefinition, TaskDefinition } from './job.types.js';

/** First key of the two-key advisory locks that keep a job from overlapping itself; the second is hashtext(name). */
export const JOB_LOCK_SPACE = 724001;

export type ScheduledRun =
  | { readonly status: 'ran'; readonly ok: boolean; readonly result?: string; readonly error?: string }
  | { readonly status: 'skipped'; readonly reason: string }
  /** Another run of the job holds its lock (on this or another instance). */
  | { readonly status: 'locked' }
  /** In-process mode: the period's run was already claimed. */
  | { readonly status: 'not-due' };

/**
 * Runs one job the same way whichever scheduler triggered it: skipped (and recorded) in
 * maintenance mode, never overlapping itself (a PostgreSQL advisory lock held for the run), with
 * start, end, duration and outcome written to `job_runs` and counted in the metrics.
 */
@Injectable()
export class JobRunner implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly shutdown = new AbortController();

  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: JobRunsRepository,
    private readonly metrics: JobMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maintenanceMode(): boolean {
    return this.config.maintenanceMode;
  }

  /** Aborted as shutdown begins. */
  get signal(): AbortSignal {
    return this.shutdown.signal;
  }

  beforeApplicationShutdown(): void {
    this.shutdown.abort();
  }

  /**
   * `requireDue`: claim the period in `job_runs` first and run only if this instance got it
   * (the in-process scheduler); otherwise the trigger already guarantees one run per period.
   */
  async runScheduled(job: ScheduledJobDefinition, options: { readonly requireDue: boolean; readonly scheduledFor?: Date }): Promise<ScheduledRun> {
    if (this.maintenanceMode) {
      await this.recordSkip(job.name, 'scheduled', 'maintenance');
      return { status: 'skipped', reason: 'maintenance' };
    }
    const lock = await this.tryLock(job.name);
    if (!lock) return { status: 'locked' };
    try {
      let scheduledFor = options.scheduledFor ?? new Date();
      if (options.requireDue) {
        const claimed = await this.runs.claimIfDue(job.name, job.everyMs);
        if (claimed === null) return { status: 'not-due' };
        scheduledFor = new Date(claimed);
      } else {
        await this.runs.markStarted(job.name);
      }
      const { thrown: _thrown, ...run } = await this.execute(job.name, 'scheduled', () => job.run({ name: job.name, scheduledFor, signal: this.signal }));
      return run;
    } finally {
      await lock.release();
    }
  }

  /** Runs one attempt of a task; rethrows the handler's error (after recording it) so the queue can retry. */
  async runTask(task: TaskDefinition, payload: unknown, attempt: number): Promise<string | undefined> {
    await this.safely(task.name, () => this.runs.markStarted(task.name));
    const run = await this.execute(task.name, 'task', () =>
      task.run(payload, { name: task.name, attempt, attempts: task.attempts, signal: this.signal }),
    );
    if (!run.ok) throw run.thrown;
    return run.result;
  }

  async recordSkip(name: string, kind: JobKind, reason: string): Promise<void> {
    this.logger.log(`Job ${name} skipped: ${reason}`);
    this.metrics.observe(name, kind, 'skipped');
    await this.safely(name, () => this.runs.recordSkip(name, reason));
  }

  private async execute(
    name: string,
    kind: JobKind,
    handler: () => Promise<JobResult>,
  ): Promise<{ status: 'ran'; ok: boolean; result?: string; error?: string; thrown?: unknown }> {
    const started = performance.now();
    try {
      const result = (await handler()) ?? undefined;
      const durationMs = performance.now() - started;
      this.metrics.observe(name, kind, 'success', durationMs / 1000);
      await this.safely(name, () => this.runs.recordFinish(name, { durationMs, result }));
      this.logger.debug(`Job ${name} finished in ${Math.round(durationMs)} ms${result ? `: ${result}` : ''}`);
      return { status: 'ran', ok: true, result };
    } catch (thrown) {
      const durationMs = performance.now() - started;
      const error = thrown instanceof Error ? thrown.message : String(thrown);
      this.metrics.observe(name, kind, 'error', durationMs / 1000);
      await this.safely(name, () => this.runs.recordFinish(name, { durationMs, error }));
      this.logger.warn(`Job ${name} failed after ${Math.round(durationMs)} ms: ${error}`);
      return { status: 'ran', ok: false, error, thrown };
    }
  }

  /** Bookkeeping never fails a job: a missing table or a lost connection is only logged. */
  private async safely(name: string, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      this.logger.error(`Could not record the run of job ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** A session-level advisory lock on a connection of its own, held until `release()`. */
  private async tryLock(name: string): Promise<{ release(): Promise<void> } | undefined> {
    const connection: QueryRunner = this.dataSource.createQueryRunner();
    try {
      await connection.connect();
      const [row]: { locked: boolean }[] = await connection.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [JOB_LOCK_SPACE, name]);
      if (!row.locked) {
        await connection.release();
        return undefined;
      }
    } catch (error) {
      await connection.release();
      throw error;
    }
    return {
      release: async () => {
        try {
          await connection.query('SELECT pg_advisory_unlock($1, hashtext($2))', [JOB_LOCK_SPACE, name]);
        } catch (error) {
          this.logger.warn(`Could not release the lock of job ${name}: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          await connection.release();
        }
      },
    };
  }
}
