import type { EnqueueOptions } from './job.types.js';
import type { ScheduledRun } from './job.runner.js';

export type JobsMode = 'redis' | 'in-process';

/** Starts and stops the scheduled jobs (BullMQ job schedulers with Redis, timers without). Inject it by this class. */
export abstract class JobScheduler {
  abstract readonly mode: JobsMode;
  /** Resolves once the schedules are in place and the workers run (at once when jobs are disabled). */
  abstract started(): Promise<void>;
  /** Runs a scheduled job here and now, whether or not it is due (maintenance mode and its lock still apply). */
  abstract runNow(name: string): Promise<ScheduledRun>;
}

/** Queues one-off tasks for the handler registered under their name. Inject it by this class. */
export abstract class TaskQueue {
  /**
   * Queues `payload` (JSON-serialisable; it is handed over as its JSON copy) for the task handler
   * `name`. Resolves once queued, not once run; throws if no handler has that name.
   */
  abstract enqueue(name: string, payload?: unknown, options?: EnqueueOptions): Promise<void>;
}
