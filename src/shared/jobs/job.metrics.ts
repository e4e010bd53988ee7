import { Injectable, Optional } from '@nestjs/common';
import { Counter, Histogram } from 'prom-client';
import { RegistryMetrics } from '../observability/index.js';

export type JobKind = 'scheduled' | 'task';
export type JobMetricOutcome = 'success' | 'error' | 'skipped';

const DURATION_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600];

/**
 * Prometheus series of the jobs this instance ran, on the application's metrics registry (served at
 * /metrics); a no-op when the application has none (job-system tests).
 */
@Injectable()
export class JobMetrics {
  private readonly runs: Counter<'job' | 'kind' | 'outcome'> | undefined;
  private readonly duration: Histogram<'job' | 'kind'> | undefined;

  constructor(@Optional() metrics?: RegistryMetrics) {
    if (!metrics) return;
    const registers = [metrics.registry];
    this.runs = new Counter({
      name: 'registry_job_runs_total',
      help: 'Background job runs on this instance, by job, kind (scheduled or task) and outcome (success, error, skipped).',
      labelNames: ['job', 'kind', 'outcome'],
      registers,
    });
    this.duration = new Histogram({
      name: 'registry_job_duration_seconds',
      help: 'Time background job runs took on this instance, by job and kind.',
      labelNames: ['job', 'kind'],
      buckets: DURATION_BUCKETS,
      registers,
    });
  }

  observe(job: string, kind: JobKind, outcome: JobMetricOutcome, seconds?: number): void {
    this.runs?.inc({ job, kind, outcome });
    if (seconds !== undefined) this.duration?.observe({ job, kind }, seconds);
  }
}
