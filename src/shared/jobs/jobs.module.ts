import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { AppConfig } from '../../config/app-config.js';
import { InProcessTaskQueue } from './in-process-task.queue.js';
import { InProcessJobScheduler } from './in-process.scheduler.js';
import { BullQueues } from './bullmq.queues.js';
import { BullJobScheduler, BullTaskQueue } from './bullmq.scheduler.js';
import { JobRunsRepository } from './job-runs.repository.js';
import { JobScheduler, TaskQueue } from './job-scheduler.js';
import { JobStatusService } from './job-status.service.js';
import { JobMetrics } from './job.metrics.js';
import { JobRegistry } from './job.registry.js';
import { JobRunner } from './job.runner.js';

const COMMON: Provider[] = [JobRegistry, JobRunsRepository, JobRunner, JobMetrics, JobStatusService];
const EXPORTS = [JobRegistry, JobScheduler, TaskQueue, JobStatusService];

/**
 * The background-job system (global): BullMQ on Redis when REDIS_URL is set, timers and PostgreSQL
 * claims in-process otherwise. Needs the ConfigModule and a TypeORM DataSource; uses the
 * application's metrics registry when there is one.
 */
@Global()
@Module({})
export class JobsModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.redis.url) {
      return {
        module: JobsModule,
        imports: [DiscoveryModule],
        providers: [...COMMON, { provide: JobScheduler, useClass: InProcessJobScheduler }, { provide: TaskQueue, useClass: InProcessTaskQueue }],
        exports: EXPORTS,
      };
    }
    return {
      module: JobsModule,
      imports: [DiscoveryModule],
      providers: [
        ...COMMON,
        BullQueues,
        { provide: JobScheduler, useClass: BullJobScheduler },
        { provide: TaskQueue, useClass: BullTaskQueue },
      ],
      exports: EXPORTS,
    };
  }
}
