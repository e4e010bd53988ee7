import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { durationMs } from './duration.js';
import { JobRegistry } from './job.registry.js';
import { JobRunner } from './job.runner.js';
import { TaskQueue } from './job-scheduler.js';
import { PermanentJobError, type EnqueueOptions, type TaskDefinition } from './job.types.js';

const CONCURRENCY = 4;

interface Attempt {
  readonly task: TaskDefinition;
  readonly payload: unknown;
  readonly attempt: number;
}

/**
 * Without Redis: tasks run in this process, at most four at a time, and a failed attempt is retried
 * after the task's backoff, doubled each time. Tasks live in memory only: those waiting when the
 * process stops are lost, so work that must survive a restart keeps its own state in PostgreSQL.
 * In maintenance mode tasks are held, not run.
 */
@Injectable()
export class InProcessTaskQueue extends TaskQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly delayed = new Set<NodeJS.Timeout>();
  private readonly ready: Attempt[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly registry: JobRegistry,
    private readonly runner: JobRunner,
  ) {
    super();
  }

  async enqueue(name: string, payload?: unknown, options: EnqueueOptions = {}): Promise<void> {
    const task = this.registry.task(name);
    if (!task) throw new Error(`No task handler is named "${name}"`);
    if (this.stopped) throw new Error(`Task ${name} was not queued: the process is shutting down`);
    const copy = payload === undefined ? null : JSON.parse(JSON.stringify(payload));
    this.later({ task, payload: copy, attempt: 1 }, options.delay === undefined ? 0 : durationMs(options.delay, { allowZero: true }));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.delayed) clearTimeout(timer);
    const dropped = this.delayed.size + this.ready.length;
    if (dropped > 0) this.logger.warn(`${dropped} queued tasks were dropped at shutdown (without Redis, tasks live in memory)`);
    this.delayed.clear();
    this.ready.length = 0;
    await Promise.allSettled([...this.inFlight]);
  }

  private later(attempt: Attempt, delayMs: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.delayed.delete(timer);
      this.ready.push(attempt);
      this.drain();
    }, delayMs);
    this.delayed.add(timer);
  }

  private drain(): void {
    if (this.runner.maintenanceMode) {
      if (this.ready.length > 0) this.logger.warn(`MAINTENANCE_MODE is on: ${this.ready.length} queued tasks wait`);
      return;
    }
    while (!this.stopped && this.inFlight.size < CONCURRENCY && this.ready.length > 0) {
      const next = this.ready.shift()!;
      const run = this.run(next).finally(() => {
        this.inFlight.delete(run);
        this.drain();
      });
      this.inFlight.add(run);
    }
  }

  private async run({ task, payload, attempt }: Attempt): Promise<void> {
    try {
      await this.runner.runTask(task, payload, attempt);
    } catch (error) {
      if (error instanceof PermanentJobError || attempt >= task.attempts) {
        this.logger.error(`Task ${task.name} gave up after attempt ${attempt} of ${task.attempts}`);
        return;
      }
      this.later({ task, payload, attempt: attempt + 1 }, task.backoffMs * 2 ** (attempt - 1));
    }
  }
}
