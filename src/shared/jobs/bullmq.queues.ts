import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker, type Job, type QueueOptions } from 'bullmq';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { redisConnection } from '../redis-connection.js';

export const SCHEDULED_QUEUE = 'scheduled';
export const TASK_QUEUE = 'tasks';
/** Per instance: a long job must not hold up the others. */
const WORKER_CONCURRENCY = 4;
/** Once the jobs are done, closing a connection takes milliseconds unless Redis stopped answering. */
const REDIS_CLOSE_TIMEOUT_MS = 2000;

/**
 * The BullMQ queues and workers of this instance, all under JOBS_REDIS_PREFIX. Each opens its Redis
 * connections when first used, so an instance that neither runs jobs nor queues tasks holds none.
 * Closing is bounded: BullMQ waits for Redis to acknowledge QUIT, and a Redis that stopped
 * answering would otherwise hold the shutdown until the grace period ran out.
 */
@Injectable()
export class BullQueues implements OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly options: QueueOptions;
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.options = { connection: redisConnection(config.redis.url!, config.redis.password), prefix: config.jobs.redisPrefix };
  }

  queue(name: typeof SCHEDULED_QUEUE | typeof TASK_QUEUE): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, this.options);
      queue.on('error', (error) => this.logger.error(`Queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** A worker that does not take jobs until `run()`. */
  worker(name: typeof SCHEDULED_QUEUE | typeof TASK_QUEUE, process: (job: Job) => Promise<unknown>): Worker {
    const worker = new Worker(name, process, { ...this.options, autorun: false, concurrency: WORKER_CONCURRENCY });
    worker.on('error', (error) => this.logger.error(`Worker ${name}: ${error.message}`));
    this.workers.push(worker);
    return worker;
  }

  /** Every queue and worker opened so far. */
  get connections(): readonly (Queue | Worker)[] {
    return [...this.queues.values(), ...this.workers];
  }

  /** Stops every worker taking jobs; resolves once `jobsDone` has and their connections are closed. */
  async closeWorkers(jobsDone?: () => Promise<unknown>): Promise<void> {
    await closeOrDisconnect(this.workers, this.logger, jobsDone);
  }

  /** Runs last (a global module): requests served during the shutdown could still queue tasks. */
  async onApplicationShutdown(): Promise<void> {
    await this.closeWorkers();
    await closeOrDisconnect([...this.queues.values()], this.logger);
  }
}

/** The slot a job-scheduler job was made for: its id is `repeat:<scheduler id>:<epoch ms>`. */
export function scheduledSlot(job: Pick<Job, 'id' | 'timestamp'>): Date {
  const millis = Number(/:(\d+)$/.exec(job.id ?? '')?.[1]);
  return new Date(Number.isFinite(millis) ? millis : job.timestamp);
}

/**
 * Closes the connections; once `drain` (the running jobs, waited for without a limit) is done, the
 * Redis part gets REDIS_CLOSE_TIMEOUT_MS before the connections are disconnected.
 */
async function closeOrDisconnect(connections: readonly (Queue | Worker)[], logger: Logger, drain?: () => Promise<unknown>): Promise<void> {
  if (connections.length === 0) return;
  const closing = connections.map((connection) => connection.close());
  if (drain) await drain();
  if (await settlesWithin(closing, REDIS_CLOSE_TIMEOUT_MS)) return;
  logger.warn(`Redis did not answer within ${REDIS_CLOSE_TIMEOUT_MS} ms at shutdown: disconnecting`);
  await settlesWithin(connections.map((connection) => connection.disconnect()), REDIS_CLOSE_TIMEOUT_MS);
}

async function settlesWithin(work: readonly Promise<unknown>[], ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([Promise.allSettled(work).then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
