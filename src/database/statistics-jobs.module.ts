import { Module } from '@nestjs/common';
import { StatisticsJobs } from './statistics.jobs.js';

/** The database-only background jobs: count caches, row-counter compaction, deposit statistics. */
@Module({ providers: [StatisticsJobs] })
export class StatisticsJobsModule {}
