import { Injectable } from '@nestjs/common';
import type { Timestamp } from '../time/timestamp.js';
import { formatDuration } from './duration.js';
import { JobRunsRepository, type JobOutcome } from './job-runs.repository.js';
import { JobRegistry } from './job.registry.js';
import { JobScheduler, type JobsMode } from './job-scheduler.js';

export interface JobStatus {
  readonly name: string;
  /** `scheduled`, `task`, or `unknown` for a recorded job this version no longer declares. */
  readonly kind: 'scheduled' | 'task' | 'unknown';
  /** The period of a scheduled job (`1h`, `5m`), else null. */
  readonly every: string | null;
  readonly mode: JobsMode;
  readonly lastStartedAt: Timestamp | null;
  readonly lastFinishedAt: Timestamp | null;
  readonly lastSkippedAt: Timestamp | null;
  readonly lastDurationMs: number | null;
  /** `success`, `error`, `skipped: maintenance`, `skipped: still running`; null before the first run. */
  readonly lastOutcome: JobOutcome | null;
  readonly lastError: string | null;
  readonly lastResult: string | null;
  /** Started and not finished since (a task kind may have several attempts in flight). */
  readonly running: boolean;
  readonly runs: number;
  readonly failures: number;
  readonly skips: number;
}

/** The background jobs and their last runs, for the sys admins' internal-metadata page. */
@Injectable()
export class JobStatusService {
  constructor(
    private readonly registry: JobRegistry,
    private readonly runs: JobRunsRepository,
    private readonly scheduler: JobScheduler,
  ) {}

  /** Every declared job (recorded or not) and every recorded one, ordered by name. */
  async list(): Promise<JobStatus[]> {
    const rows = new Map((await this.runs.list()).map((row) => [row.name, row]));
    const declared = new Map<string, Pick<JobStatus, 'kind' | 'every'>>([
      ...this.registry.allScheduled().map((job) => [job.name, { kind: 'scheduled' as const, every: formatDuration(job.everyMs) }] as const),
      ...this.registry.allTasks().map((task) => [task.name, { kind: 'task' as const, every: null }] as const),
    ]);
    const names = [...new Set([...declared.keys(), ...rows.keys()])].sort();
    return names.map((name) => {
      const row = rows.get(name);
      return {
        name,
        kind: declared.get(name)?.kind ?? 'unknown',
        every: declared.get(name)?.every ?? null,
        mode: this.scheduler.mode,
        lastStartedAt: row?.lastStartedAt ?? null,
        lastFinishedAt: row?.lastFinishedAt ?? null,
        lastSkippedAt: row?.lastSkippedAt ?? null,
        lastDurationMs: row?.lastDurationMs ?? null,
        lastOutcome: row?.lastOutcome ?? null,
        lastError: row?.lastError ?? null,
        lastResult: row?.lastResult ?? null,
        running: row?.running ?? false,
        runs: row?.runs ?? 0,
        failures: row?.failures ?? 0,
        skips: row?.skips ?? 0,
      };
    });
  }
}
