import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The count caches: COUNT over premis_events alone takes 15+ seconds in production, so list
 * totals come from these hourly refreshed CUBE aggregates. A NULL dimension means "all values";
 * a missing combination means a count of 0.
 *
 * The views are created WITH DATA and carry unique indexes, which REFRESH ... CONCURRENTLY needs.
 */
export class CreateCountCaches1700000000005 implements MigrationInterface {
  name = 'CreateCountCaches1700000000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE MATERIALIZED VIEW premis_event_counts AS
      SELECT
        institution_id,
        count(id) AS row_count,
        event_type,
        outcome,
        current_timestamp AS updated_at
      FROM premis_events
      GROUP BY CUBE (institution_id, event_type, outcome)
      WITH DATA
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX ix_premis_event_counts
        ON premis_event_counts (institution_id, event_type, outcome)
    `);

    await queryRunner.query(`
      CREATE MATERIALIZED VIEW intellectual_object_counts AS
      SELECT
        institution_id,
        count(id) AS row_count,
        state,
        current_timestamp AS updated_at
      FROM intellectual_objects
      GROUP BY CUBE (institution_id, state)
      WITH DATA
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX ix_intellectual_object_counts
        ON intellectual_object_counts (institution_id, state)
    `);

    await queryRunner.query(`
      CREATE MATERIALIZED VIEW generic_file_counts AS
      SELECT
        institution_id,
        count(id) AS row_count,
        state,
        current_timestamp AS updated_at
      FROM generic_files
      GROUP BY CUBE (institution_id, state)
      WITH DATA
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX ix_generic_file_counts
        ON generic_file_counts (institution_id, state)
    `);

    await queryRunner.query(`
      CREATE MATERIALIZED VIEW work_item_counts AS
      SELECT
        institution_id,
        count(id) AS row_count,
        action,
        current_timestamp AS updated_at
      FROM work_items
      GROUP BY CUBE (institution_id, action)
      WITH DATA
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX ix_work_item_counts
        ON work_item_counts (institution_id, action)
    `);

    // Every app container calls this hourly. The advisory lock (instead of the reference's flag
    // check and row-lock probe) keeps runs from overlapping: a second caller returns 0 at once.
    // The flag row is still written so that the admin metadata page shows the job. Unless forced,
    // a refresh happens only when the caches are over an hour old or hold no per-institution row.
    await queryRunner.query(`
      CREATE FUNCTION update_counts(force boolean DEFAULT false)
      RETURNS int
      LANGUAGE plpgsql
      AS $$
      BEGIN
        IF NOT pg_try_advisory_xact_lock(724000001) THEN
          RETURN 0;
        END IF;

        IF NOT force
          AND NOT EXISTS (
            SELECT 1 FROM work_item_counts
            WHERE updated_at < current_timestamp - interval '60 minutes'
          )
          AND EXISTS (SELECT 1 FROM work_item_counts WHERE institution_id IS NOT NULL)
        THEN
          RETURN 0;
        END IF;

        INSERT INTO ar_internal_metadata (key, value, created_at, updated_at)
        VALUES ('update counts is running', 'true', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
        ON CONFLICT (key) DO UPDATE SET value = 'true', updated_at = excluded.updated_at;

        REFRESH MATERIALIZED VIEW CONCURRENTLY premis_event_counts;
        REFRESH MATERIALIZED VIEW CONCURRENTLY intellectual_object_counts;
        REFRESH MATERIALIZED VIEW CONCURRENTLY generic_file_counts;
        REFRESH MATERIALIZED VIEW CONCURRENTLY work_item_counts;

        UPDATE ar_internal_metadata
        SET value = 'false', updated_at = now() AT TIME ZONE 'UTC'
        WHERE key = 'update counts is running';

        RETURN 1;
      END;
      $$
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION update_counts(boolean)`);
    await queryRunner.query(`DELETE FROM ar_internal_metadata WHERE key = 'update counts is running'`);
    // Dropping a materialized view drops its index with it.
    await queryRunner.query(`DROP MATERIALIZED VIEW work_item_counts`);
    await queryRunner.query(`DROP MATERIALIZED VIEW generic_file_counts`);
    await queryRunner.query(`DROP MATERIALIZED VIEW intellectual_object_counts`);
    await queryRunner.query(`DROP MATERIALIZED VIEW premis_event_counts`);
  }
}
