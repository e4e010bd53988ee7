import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per background job: the last run's start, end, duration and outcome ('success',
 * 'error' or 'skipped: <reason>') and running totals, for the operators' page. Without Redis the
 * start doubles as the claim of the current period: an instance runs a job only if it can move
 * last_started_at forward by a whole period, so instances sharing the database run it once.
 */
export class CreateJobRuns1700000000014 implements MigrationInterface {
  name = 'CreateJobRuns1700000000014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE job_runs (
        name             text      NOT NULL,
        last_started_at  timestamp,
        last_finished_at timestamp,
        last_skipped_at  timestamp,
        last_duration_ms int4,
        last_outcome     text,
        last_error       text,
        last_result      text,
        runs             int4      NOT NULL DEFAULT 0,
        failures         int4      NOT NULL DEFAULT 0,
        skips            int4      NOT NULL DEFAULT 0,
        CONSTRAINT job_runs_pkey PRIMARY KEY (name)
      )
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE job_runs`);
  }
}
