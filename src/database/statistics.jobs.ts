import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ScheduledJob } from '../shared/jobs/index.js';
import { compactRowCounts, fillDepositHistory, missingDepositMonths, refreshCountCaches, refreshCurrentDepositStats } from './statistics.js';

/**
 * The statistics the database keeps for the list pages, the dashboard and the reports, refreshed in
 * the background (workflows.md §8.6). The job system runs each once per period, so the refreshes
 * are forced: the functions' own "older than an hour" check would skip every other hourly run.
 */
@Injectable()
export class StatisticsJobs {
  constructor(private readonly dataSource: DataSource) {}

  @ScheduledJob({ name: 'count-caches', every: '1h' })
  async countCaches(): Promise<string> {
    return (await refreshCountCaches(this.dataSource)) ? 'refreshed' : 'another refresh was running';
  }

  @ScheduledJob({ name: 'row-count-compaction', every: '5m', startAfter: '1m' })
  async rowCountCompaction(): Promise<string> {
    const removed = await compactRowCounts(this.dataSource);
    return removed < 0 ? 'another compaction was running' : `removed ${removed} delta rows`;
  }

  /** Staggered from the count caches, as in the reference (12 minutes after start). */
  @ScheduledJob({ name: 'current-deposit-stats', every: '1h', startAfter: '12m' })
  async currentDepositStats(): Promise<string> {
    return (await refreshCurrentDepositStats(this.dataSource)) ? 'refreshed' : 'another refresh was running';
  }

  /**
   * Checked hourly, acts when a month has no snapshot: on the first of each month (UTC) that is the
   * month that just began, and after an outage every month missed. Idempotent.
   */
  @ScheduledJob({ name: 'historical-deposit-stats', every: '1h', startAfter: '2m' })
  async historicalDepositStats(): Promise<string> {
    const added = await fillDepositHistory(this.dataSource);
    const missing = await missingDepositMonths(this.dataSource);
    if (missing.length > 0) throw new Error(`months still without a snapshot (another rebuild was running?): ${missing.join(', ')}`);
    return added.length === 0 ? 'up to date' : `added ${added.join(', ')}`;
  }
}
