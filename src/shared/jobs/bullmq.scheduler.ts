import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job, type Worker } from 'bullmq';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { BullQueues, SCHEDULED_QUEUE, scheduledSlot, TASK_QUEUE } from './bullmq.queues.js';
import { durationMs } from './duration.js';
import { JobRegistry } from './job.registry.js';
import { JobRunner, type ScheduledRun } from './job.runner.js';
import { JobScheduler, TaskQueue } from './job-scheduler.js';
import { PermanentJobError, type EnqueueOptions } from './job.types.js';

const KEEP_SCHEDULED = { removeOnComplete: { count: 50 }, removeOnFail: { count: 50 } };
const KEEP_TASKS = { removeOnComplete: { age: 24 * 3600, count: 1000 }, removeOnFail: { age: 7 * 24 * 3600, count: 5000 } };

/**
 * With Redis: one BullMQ job scheduler per job, keyed by its name, makes one job per period; the
 * scheduled-queue workers of all instances compete for it, so it runs once per period however many
 * instances there are. Upserting on every start keeps the existing slot (no duplicate, no reset).
 */
@Injectable()
export class BullJobScheduler extends JobScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly mode = 'redis' as const;
  private readonly logger = new Logger('Jobs');
  private ready: Promise<void> = Promise.resolve();
  private stopping = false;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly bull: BullQueues,
    private readonly registry: JobRegistry,
    private readonly runner: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.registry.close();
    if (!this.config.jobs.enabled) {
      this.logger.log('JOBS_ENABLED is off: this instance runs no scheduled jobs and takes no queued tasks.');
      return;
    }
    // Not awaited: the application serves requests while Redis is still out of reach.
    this.ready = this.start().catch((error: unknown) => {
      this.logger.error(`Background jobs did not start: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  started(): Promise<void> {
    return this.ready;
  }

  runNow(name: string): Promise<ScheduledRun> {
    const job = this.registry.scheduled(name);
    if (!job) return Promise.reject(new Error(`No scheduled job is named "${name}"`));
    return this.track(this.runner.runScheduled(job, { requireDue: false }));
  }

  /** Stops taking jobs and lets those in progress finish, before the database pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.bull.closeWorkers(() => Promise.allSettled([...this.inFlight]));
  }

  private async start(): Promise<void> {
    const queue = this.bull.queue(SCHEDULED_QUEUE);
    const jobs = this.registry.allScheduled();
    for (const job of jobs) {
      await queue.upsertJobScheduler(
        job.name,
        { every: job.everyMs, ...(job.startAfterMs > 0 ? { startDate: Date.now() + job.startAfterMs } : {}) },
        { name: job.name, opts: KEEP_SCHEDULED },
      );
    }
    const declared = new Set(jobs.map((job) => job.name));
    for (const scheduler of await queue.getJobSchedulers()) {
      if (declared.has(scheduler.key)) continue;
      await queue.removeJobScheduler(scheduler.key);
      this.logger.log(`Removed the schedule of job ${scheduler.key}, which this version no longer declares`);
    }
    if (this.stopping) return;
    this.run(this.bull.worker(SCHEDULED_QUEUE, (job) => this.track(this.processScheduled(job))));
    if (this.runner.maintenanceMode) {
      this.logger.warn('MAINTENANCE_MODE is on: scheduled jobs are skipped and queued tasks wait in Redis until it is turned off.');
    } else {
      this.run(this.bull.worker(TASK_QUEUE, (job) => this.track(this.processTask(job))));
    }
    this.logger.log(`Running ${jobs.length} scheduled jobs through Redis (prefix ${this.config.jobs.redisPrefix}).`);
  }

  private async processScheduled(job: Job): Promise<string | undefined> {
    const definition = this.registry.scheduled(job.name);
    if (!definition) {
      this.logger.warn(`No scheduled job is named "${job.name}" in this version; its run is dropped`);
      return 'unknown job';
    }
    const run = await this.runner.runScheduled(definition, { requireDue: false, scheduledFor: scheduledSlot(job) });
    if (run.status === 'locked') await this.runner.recordSkip(definition.name, 'scheduled', 'still running');
    return run.status === 'ran' ? (run.error ?? run.result) : run.status;
  }

  private async processTask(job: Job): Promise<string | undefined> {
    const task = this.registry.task(job.name);
    if (!task) throw new UnrecoverableError(`No task handler is named "${job.name}" in this version`);
    const attempt = job.attemptsMade + 1;
    try {
      return await this.runner.runTask(task, job.data, attempt);
    } catch (error) {
      const permanent = error instanceof PermanentJobError;
      if (permanent || attempt >= task.attempts) this.logger.error(`Task ${task.name} (${job.id}) gave up after attempt ${attempt} of ${task.attempts}`);
      throw permanent ? new UnrecoverableError(error.message) : error;
    }
  }

  private run(worker: Worker): void {
    worker.run().catch((error: unknown) => this.logger.error(`Worker ${worker.name} stopped: ${error instanceof Error ? error.message : String(error)}`));
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }
}

/** Queues tasks in Redis for whichever instance's worker is free; retries use BullMQ's exponential backoff. */
@Injectable()
export class BullTaskQueue extends TaskQueue {
  constructor(
    private readonly bull: BullQueues,
    private readonly registry: JobRegistry,
  ) {
    super();
  }

  async enqueue(name: string, payload?: unknown, options: EnqueueOptions = {}): Promise<void> {
    const task = this.registry.task(name);
    if (!task) throw new Error(`No task handler is named "${name}"`);
    await this.bull.queue(TASK_QUEUE).add(name, payload ?? null, {
      attempts: task.attempts,
      backoff: { type: 'exponential', delay: task.backoffMs },
      ...(options.delay === undefined ? {} : { delay: durationMs(options.delay, { allowZero: true }) }),
      ...(options.id === undefined ? {} : { jobId: options.id }),
      ...KEEP_TASKS,
    });
  }
}
