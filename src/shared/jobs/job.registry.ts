import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { durationMs } from './duration.js';
import { SCHEDULED_JOB_METADATA, TASK_HANDLER_METADATA } from './job.decorators.js';
import {
  JOB_NAME_PATTERN,
  type JobContext,
  type JobResult,
  type ScheduledJobDefinition,
  type ScheduledJobOptions,
  type TaskContext,
  type TaskDefinition,
  type TaskOptions,
} from './job.types.js';

const DEFAULT_TASK_ATTEMPTS = 5;
const DEFAULT_TASK_BACKOFF = '30s';

/**
 * Every scheduled job and task handler of the application: the methods marked with
 * `@ScheduledJob` / `@TaskHandler`, found on first use, plus those registered through `schedule()`
 * and `handle()`. Registration closes when the schedulers start (application bootstrap).
 */
@Injectable()
export class JobRegistry {
  private readonly scheduledJobs = new Map<string, ScheduledJobDefinition>();
  private readonly tasks = new Map<string, TaskDefinition>();
  private discovered = false;
  private closed = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  /** Registers a scheduled job in code, e.g. from `onModuleInit` when its period comes from the configuration. */
  schedule(options: ScheduledJobOptions, run: (context: JobContext) => Promise<JobResult>): void {
    this.assertOpen(options.name);
    this.assertUnique(options.name);
    this.scheduledJobs.set(options.name, {
      name: options.name,
      everyMs: durationMs(options.every),
      startAfterMs: options.startAfter === undefined ? 0 : durationMs(options.startAfter, { allowZero: true }),
      run,
    });
  }

  /** Registers a task handler in code. */
  handle<P>(options: TaskOptions, run: (payload: P, context: TaskContext) => Promise<JobResult>): void {
    this.assertOpen(options.name);
    this.assertUnique(options.name);
    const attempts = options.attempts ?? DEFAULT_TASK_ATTEMPTS;
    if (!Number.isInteger(attempts) || attempts < 1) throw new Error(`Task ${options.name}: attempts must be a whole number of at least 1`);
    this.tasks.set(options.name, {
      name: options.name,
      attempts,
      backoffMs: durationMs(options.backoff ?? DEFAULT_TASK_BACKOFF),
      run: run as TaskDefinition['run'],
    });
  }

  /** Called by the scheduler as it starts: later registrations throw. */
  close(): void {
    this.discover();
    this.closed = true;
  }

  allScheduled(): ScheduledJobDefinition[] {
    this.discover();
    return [...this.scheduledJobs.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  allTasks(): TaskDefinition[] {
    this.discover();
    return [...this.tasks.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  scheduled(name: string): ScheduledJobDefinition | undefined {
    this.discover();
    return this.scheduledJobs.get(name);
  }

  task(name: string): TaskDefinition | undefined {
    this.discover();
    return this.tasks.get(name);
  }

  private discover(): void {
    if (this.discovered) return;
    this.discovered = true;
    const seen = new Set<object>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!wrapper.isDependencyTreeStatic() || typeof instance !== 'object' || instance === null || seen.has(instance)) continue;
      seen.add(instance);
      const target = instance as Record<string, unknown>;
      for (const method of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const fn = target[method];
        if (typeof fn !== 'function') continue;
        const scheduled: ScheduledJobOptions | undefined = Reflect.getMetadata(SCHEDULED_JOB_METADATA, fn);
        if (scheduled) this.schedule(scheduled, (context) => fn.call(instance, context));
        const task: TaskOptions | undefined = Reflect.getMetadata(TASK_HANDLER_METADATA, fn);
        if (task) this.handle(task, (payload, context) => fn.call(instance, payload, context));
      }
    }
  }

  private assertOpen(name: string): void {
    if (this.closed) throw new Error(`Job ${name} was registered after the job schedulers started: register it in onModuleInit`);
    if (!JOB_NAME_PATTERN.test(name)) throw new Error(`Job name "${name}" must match ${JOB_NAME_PATTERN}`);
  }

  private assertUnique(name: string): void {
    if (this.scheduledJobs.has(name) || this.tasks.has(name)) throw new Error(`Two background jobs are named "${name}"`);
  }
}
