import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Timestamp } from '../time/timestamp.js';
import { NOW_UTC } from '../persistence/sql-time.js';

export type JobOutcome = 'success' | 'error' | `skipped: ${string}`;

export interface JobRunRow {
  readonly name: string;
  readonly lastStartedAt: Timestamp | null;
  readonly lastFinishedAt: Timestamp | null;
  readonly lastSkippedAt: Timestamp | null;
  readonly lastDurationMs: number | null;
  readonly lastOutcome: JobOutcome | null;
  /** The error of the last run that failed, cleared by the next success. */
  readonly lastError: string | null;
  readonly lastResult: string | null;
  readonly runs: number;
  readonly failures: number;
  readonly skips: number;
  /** Started and not finished since. */
  readonly running: boolean;
}

const MAX_TEXT = 2000;

/** The `job_runs` table: one row per job name, the last run's times and outcome plus running totals. */
@Injectable()
export class JobRunsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims this period's run for the caller: sets the start to now if the last start is at least
   * `everyMs` ago (or there is none). Atomic, so only one of several instances gets it. Returns the
   * claimed start (epoch ms) or null when the job is not due.
   */
  async claimIfDue(name: string, everyMs: number): Promise<number | null> {
    const rows: { started_ms: number }[] = await this.dataSource.query(
      `INSERT INTO job_runs (name, last_started_at) VALUES ($1, ${NOW_UTC})
       ON CONFLICT (name) DO UPDATE SET last_started_at = excluded.last_started_at
        WHERE job_runs.last_started_at IS NULL
           OR job_runs.last_started_at <= excluded.last_started_at - $2 * interval '1 millisecond'
       RETURNING (extract(epoch FROM last_started_at) * 1000)::float8 AS started_ms`,
      [name, everyMs],
    );
    return rows.length === 0 ? null : Math.round(rows[0].started_ms);
  }

  /** Milliseconds until the job is next due by its last start (0 when due now). */
  async msUntilDue(name: string, everyMs: number): Promise<number> {
    const rows: { ms: number }[] = await this.dataSource.query(
      `SELECT GREATEST(0, extract(epoch FROM (last_started_at + $2 * interval '1 millisecond' - ${NOW_UTC})) * 1000)::float8 AS ms
         FROM job_runs WHERE name = $1 AND last_started_at IS NOT NULL`,
      [name, everyMs],
    );
    return rows.length === 0 ? 0 : Math.ceil(rows[0].ms);
  }

  async markStarted(name: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO job_runs (name, last_started_at) VALUES ($1, ${NOW_UTC})
       ON CONFLICT (name) DO UPDATE SET last_started_at = excluded.last_started_at`,
      [name],
    );
  }

  async recordFinish(name: string, run: { readonly durationMs: number; readonly error?: string; readonly result?: string }): Promise<void> {
    const failed = run.error !== undefined;
    await this.dataSource.query(
      `INSERT INTO job_runs (name, last_finished_at, last_duration_ms, last_outcome, last_error, last_result, runs, failures)
       VALUES ($1, ${NOW_UTC}, $2, $3, $4, $5, 1, $6)
       ON CONFLICT (name) DO UPDATE SET
         last_finished_at = excluded.last_finished_at,
         last_duration_ms = excluded.last_duration_ms,
         last_outcome = excluded.last_outcome,
         last_error = excluded.last_error,
         last_result = excluded.last_result,
         runs = job_runs.runs + 1,
         failures = job_runs.failures + excluded.failures`,
      [name, Math.round(run.durationMs), failed ? 'error' : 'success', clip(run.error), clip(run.result), failed ? 1 : 0],
    );
  }

  async recordSkip(name: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO job_runs (name, last_skipped_at, last_outcome, skips) VALUES ($1, ${NOW_UTC}, $2, 1)
       ON CONFLICT (name) DO UPDATE SET
         last_skipped_at = excluded.last_skipped_at,
         last_outcome = excluded.last_outcome,
         skips = job_runs.skips + 1`,
      [name, `skipped: ${reason}`],
    );
  }

  async list(): Promise<JobRunRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT name, last_started_at, last_finished_at, last_skipped_at, last_duration_ms, last_outcome, last_error, last_result,
              runs, failures, skips,
              (last_started_at IS NOT NULL AND (last_finished_at IS NULL OR last_started_at > last_finished_at)) AS running
         FROM job_runs ORDER BY name`,
    );
    return rows.map((r) => ({
      name: r.name as string,
      lastStartedAt: r.last_started_at as Timestamp | null,
      lastFinishedAt: r.last_finished_at as Timestamp | null,
      lastSkippedAt: r.last_skipped_at as Timestamp | null,
      lastDurationMs: r.last_duration_ms as number | null,
      lastOutcome: r.last_outcome as JobOutcome | null,
      lastError: r.last_error as string | null,
      lastResult: r.last_result as string | null,
      runs: r.runs as number,
      failures: r.failures as number,
      skips: r.skips as number,
      running: r.running as boolean,
    }));
  }
}

function clip(text: string | undefined): string | null {
  if (text === undefined) return null;
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
