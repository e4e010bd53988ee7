import type { Duration } from './duration.js';

/** What a scheduled job's handler receives. */
export interface JobContext {
  readonly name: string;
  /** When this run was due: the BullMQ slot, or the start the instance claimed in PostgreSQL. */
  readonly scheduledFor: Date;
  /** Aborted when the process starts shutting down: a long job should stop at its next safe point. */
  readonly signal: AbortSignal;
}

/** What a one-off task's handler receives besides its payload. */
export interface TaskContext {
  readonly name: string;
  /** 1 on the first attempt. */
  readonly attempt: number;
  readonly attempts: number;
  readonly signal: AbortSignal;
}

/** A handler may return a short summary ("refreshed", "removed 12 rows"); it is recorded as the run's result. */
export type JobResult = string | void | undefined;

export interface ScheduledJobOptions {
  /**
   * Unique and stable: the BullMQ job-scheduler id, the advisory-lock key and the `job_runs` row.
   * Lower-case letters, digits, `.`, `_` and `-`.
   */
  readonly name: string;
  /** The period: the job runs once per period across every instance. */
  readonly every: Duration;
  /** Wait this long after start-up before the first attempt, to stagger jobs (default 0). */
  readonly startAfter?: Duration;
}

export interface TaskOptions {
  /** Unique: the BullMQ job name and the `job_runs` row that aggregates every task of this kind. */
  readonly name: string;
  /** Attempts in all, the first included (default 5). */
  readonly attempts?: number;
  /** Delay before the first retry; it doubles on every further retry (default 30s). */
  readonly backoff?: Duration;
}

export interface ScheduledJobDefinition {
  readonly name: string;
  readonly everyMs: number;
  readonly startAfterMs: number;
  readonly run: (context: JobContext) => Promise<JobResult>;
}

export interface TaskDefinition {
  readonly name: string;
  readonly attempts: number;
  readonly backoffMs: number;
  readonly run: (payload: unknown, context: TaskContext) => Promise<JobResult>;
}

export interface EnqueueOptions {
  /** Run no earlier than this from now. */
  readonly delay?: Duration;
  /** With Redis, a second task with the same id is ignored while the first is kept. */
  readonly id?: string;
}

/** Thrown by a task handler when retrying cannot help (a malformed address, a deleted record): no further attempts. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

export const JOB_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
