import { randomBytes } from 'node:crypto';
import { Module, type DynamicModule, type INestApplicationContext, type Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { loadAppConfig, type AppConfig } from '../../src/config/app-config.js';
import { ConfigModule } from '../../src/config/config.module.js';
import { JobScheduler, JobsModule, JobStatusService, TaskQueue } from '../../src/shared/jobs/index.js';
import { dataSourceOptions } from '../../src/shared/persistence/data-source.js';

/** The Redis the job tests use; each run keeps its keys under a prefix of its own. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const uniqueJobsPrefix = () => `registry-test-${process.pid}-${randomBytes(4).toString('hex')}`;

export interface JobSystem {
  readonly context: INestApplicationContext;
  readonly config: AppConfig;
  readonly scheduler: JobScheduler;
  readonly tasks: TaskQueue;
  readonly status: JobStatusService;
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

@Module({})
class JobSystemRoot {}

/**
 * The job system alone (configuration, database, JobsModule and the given providers), as one
 * instance of the registry would run it; started and with its schedules in place.
 */
export async function startJobSystem(options: {
  databaseUrl: string;
  env?: Record<string, string>;
  providers: Provider[];
  /** Wait for the schedules to be in place (default true). */
  awaitStart?: boolean;
}): Promise<JobSystem> {
  const config = loadAppConfig({ APT_ENV: 'test', ...options.env });
  const root: DynamicModule = {
    module: JobSystemRoot,
    imports: [
      ConfigModule.forRoot(config),
      TypeOrmModule.forRoot({ ...dataSourceOptions({ url: options.databaseUrl, poolSize: 4 }), migrationsRun: false }),
      JobsModule.forRoot(config),
    ],
    providers: options.providers,
  };
  const context = await NestFactory.createApplicationContext(root, { logger: process.env.JOBS_TEST_LOGS ? ['log', 'warn', 'error', 'debug'] : false });
  const scheduler = context.get(JobScheduler);
  if (options.awaitStart !== false) await scheduler.started();
  return {
    context,
    config,
    scheduler,
    tasks: context.get(TaskQueue),
    status: context.get(JobStatusService),
    dataSource: context.get(DataSource),
    close: () => context.close(),
  };
}

/** Deletes every Redis key under the prefix. */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
