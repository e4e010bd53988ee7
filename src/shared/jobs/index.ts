/**
 * Background jobs.
 *
 * Scheduled jobs run once per period across all instances. With REDIS_URL a BullMQ job scheduler
 * per job (keyed by its name, keys under JOBS_REDIS_PREFIX) makes one job per period and any
 * instance's worker runs it; without Redis each instance keeps a timer and claims the period in
 * PostgreSQL (`job_runs`), under an advisory lock per job, so instances sharing a database still run
 * it once. Either way a job never overlaps itself, is skipped (and recorded so) in maintenance
 * mode, and its last start, end, duration and outcome land in `job_runs` (JobStatusService.list())
 * and in the `registry_job_*` metrics. JOBS_ENABLED=false keeps an instance out of it.
 *
 * Declare a scheduled job on any provider of any module:
 *
 *   @Injectable()
 *   export class SpotTestJob {
 *     @ScheduledJob({ name: 'restoration-spot-tests', every: '24h', startAfter: '5m' })
 *     async run(context: JobContext): Promise<string> {
 *       // check context.signal between units of work: it aborts when the process shuts down
 *       return 'queued 3 spot tests'; // optional summary, shown as the last result
 *     }
 *   }
 *
 * or, when the period comes from the configuration, register it from onModuleInit:
 *
 *   onModuleInit() { this.jobs.schedule({ name: 'alert-emails', every: config.email.queueIntervalMs }, (ctx) => this.send(ctx)); }
 *
 * One-off tasks with retries (email delivery): declare the handler, then queue work for it.
 *
 *   @TaskHandler({ name: 'send-email', attempts: 6, backoff: '30s' })   // retries after 30s, 1m, 2m, 4m, 8m
 *   async send(payload: { to: string; subject: string }, context: TaskContext): Promise<void> { ... }
 *
 *   await this.tasks.enqueue('send-email', { to, subject });            // TaskQueue
 *
 * Throw PermanentJobError from a handler when retrying cannot help. With Redis tasks survive
 * restarts; without it they live in this process's memory, so durable work keeps its state in
 * PostgreSQL and uses the task (or a scheduled sweep) only to act on it.
 */
export { JobsModule } from './jobs.module.js';
export { ScheduledJob, TaskHandler } from './job.decorators.js';
export { JobRegistry } from './job.registry.js';
export { JobScheduler, TaskQueue, type JobsMode } from './job-scheduler.js';
export { JobStatusService, type JobStatus } from './job-status.service.js';
export type { ScheduledRun } from './job.runner.js';
export type { Duration } from './duration.js';
export {
  PermanentJobError,
  type EnqueueOptions,
  type JobContext,
  type JobResult,
  type ScheduledJobOptions,
  type TaskContext,
  type TaskOptions,
} from './job.types.js';
