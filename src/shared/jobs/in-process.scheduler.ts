import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { JobRunsRepository } from './job-runs.repository.js';
import { JobRegistry } from './job.registry.js';
import { JobRunner, type ScheduledRun } from './job.runner.js';
import { JobScheduler } from './job-scheduler.js';
import type { ScheduledJobDefinition } from './job.types.js';

/** After an unexpected error (the database unreachable, say), try again this soon at the latest. */
const ERROR_RETRY_MS = 60_000;

/**
 * Without Redis: a timer per job on every instance. At each wake-up the instance takes the job's
 * advisory lock and claims the period in `job_runs` (the last start must be a whole period ago),
 * so instances sharing the database still run each job once per period; then it sleeps until the
 * job is next due by the database's clock.
 */
@Injectable()
export class InProcessJobScheduler extends JobScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly mode = 'in-process' as const;
  private readonly logger = new Logger('Jobs');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(
    private readonly registry: JobRegistry,
    private readonly runner: JobRunner,
    private readonly runs: JobRunsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.registry.close();
    const jobs = this.registry.allScheduled();
    if (!this.config.jobs.enabled) {
      this.logger.log('JOBS_ENABLED is off: this instance runs no scheduled jobs.');
      return;
    }
    if (this.runner.maintenanceMode) this.logger.warn('MAINTENANCE_MODE is on: scheduled jobs are skipped until it is turned off.');
    this.logger.log(`Running ${jobs.length} scheduled jobs in-process (no REDIS_URL).`);
    for (const job of jobs) this.wakeIn(job, job.startAfterMs);
  }

  started(): Promise<void> {
    return Promise.resolve();
  }

  runNow(name: string): Promise<ScheduledRun> {
    const job = this.registry.scheduled(name);
    if (!job) return Promise.reject(new Error(`No scheduled job is named "${name}"`));
    return this.track(this.runner.runScheduled(job, { requireDue: false }));
  }

  /** Stops the timers and waits for the runs in progress. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  private wakeIn(job: ScheduledJobDefinition, delayMs: number): void {
    if (this.stopped) return;
    this.timers.set(
      job.name,
      setTimeout(() => void this.track(this.tick(job)), Math.max(1, delayMs)),
    );
  }

  private async tick(job: ScheduledJobDefinition): Promise<void> {
    let next = job.everyMs;
    try {
      const run = await this.runner.runScheduled(job, { requireDue: true });
      // Locked: another instance is running it; look again a period later rather than spin.
      if (run.status === 'ran' || run.status === 'not-due') next = await this.runs.msUntilDue(job.name, job.everyMs);
    } catch (error) {
      next = Math.min(job.everyMs, ERROR_RETRY_MS);
      this.logger.error(`Scheduling job ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.wakeIn(job, next);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }
}
