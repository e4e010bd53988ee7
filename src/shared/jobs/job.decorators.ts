import { SetMetadata } from '@nestjs/common';
import type { ScheduledJobOptions, TaskOptions } from './job.types.js';

export const SCHEDULED_JOB_METADATA = Symbol('registry:scheduled-job');
export const TASK_HANDLER_METADATA = Symbol('registry:task-handler');

/**
 * Marks a provider method as a scheduled job: `(context: JobContext) => Promise<string | void>`,
 * run once per `every` across all instances. The provider must belong to a module of the app.
 */
export const ScheduledJob = (options: ScheduledJobOptions): MethodDecorator => SetMetadata(SCHEDULED_JOB_METADATA, options);

/**
 * Marks a provider method as the handler of one-off tasks named `options.name`:
 * `(payload, context: TaskContext) => Promise<string | void>`. A task is queued with
 * `TaskQueue.enqueue(name, payload)`; a handler that throws is retried with exponential backoff.
 */
export const TaskHandler = (options: TaskOptions): MethodDecorator => SetMetadata(TASK_HANDLER_METADATA, options);
