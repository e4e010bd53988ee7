import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The deposit statistics: current totals as a materialized view refreshed hourly, and monthly
 * snapshots in historical_deposit_stats. Both aggregate active files with CUBE (institution,
 * storage option); the rollup rows are labelled 'All Institutions' and 'Total' and sort last
 * through the sort key 'zzz'.
 *
 * Unlike the reference, the aggregation groups and joins institutions by id, not by name, so two
 * institutions that share a name stay apart.
 *
 * Each function takes its own transaction-level advisory lock and returns at once when another
 * session holds it: several app containers run the same cron jobs, and overlapping runs deadlocked
 * or duplicated rows in the reference. The "... is running" flag rows are still written, for the
 * admin metadata page.
 */
export class CreateDepositStats1700000000006 implements MigrationInterface {
  name = 'CreateDepositStats1700000000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    // cost_gb_per_month and monthly_cost are NULL on the 'Total' rows (no storage option matches).
    await queryRunner.query(`
      CREATE MATERIALIZED VIEW current_deposit_stats AS
      SELECT
        stats.institution_id,
        i.member_institution_id,
        CASE WHEN stats.all_institutions THEN 'All Institutions' ELSE i.name END AS institution_name,
        CASE WHEN stats.all_options THEN 'Total' ELSE stats.storage_option END AS storage_option,
        stats.file_count,
        stats.object_count,
        stats.total_bytes,
        stats.total_bytes / 1073741824 AS total_gb,
        stats.total_bytes / 1099511627776 AS total_tb,
        so.cost_gb_per_month,
        stats.total_bytes / 1073741824 * so.cost_gb_per_month AS monthly_cost,
        now() AS end_date,
        CASE WHEN stats.all_institutions THEN 'zzz' ELSE i.name END AS primary_sort,
        CASE WHEN stats.all_options THEN 'zzz' ELSE stats.storage_option END AS secondary_sort
      FROM (
        SELECT
          gf.institution_id,
          gf.storage_option,
          grouping(gf.institution_id) = 1 AS all_institutions,
          grouping(gf.storage_option) = 1 AS all_options,
          count(gf.id) AS file_count,
          count(DISTINCT gf.intellectual_object_id) AS object_count,
          sum(gf.size) AS total_bytes
        FROM generic_files gf
        WHERE gf.state = 'A'
        GROUP BY CUBE (gf.institution_id, gf.storage_option)
      ) stats
        LEFT JOIN institutions i ON i.id = stats.institution_id
        LEFT JOIN storage_options so ON so.name = stats.storage_option
      ORDER BY i.name, stats.storage_option
      WITH DATA
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX ix_current_deposits_inst_id_storage_option
        ON current_deposit_stats (institution_id, storage_option)
    `);

    // Unless forced, refreshes only when the view is over an hour old or has no institution row.
    await queryRunner.query(`
      CREATE FUNCTION update_current_deposit_stats(force boolean DEFAULT false)
      RETURNS int
      LANGUAGE plpgsql
      AS $$
      BEGIN
        IF NOT pg_try_advisory_xact_lock(724000002) THEN
          RETURN 0;
        END IF;

        IF NOT force
          AND NOT EXISTS (
            SELECT 1 FROM current_deposit_stats
            WHERE end_date < current_timestamp - interval '60 minutes'
          )
          AND EXISTS (SELECT 1 FROM current_deposit_stats WHERE institution_id IS NOT NULL)
        THEN
          RETURN 0;
        END IF;

        INSERT INTO ar_internal_metadata (key, value, created_at, updated_at)
        VALUES ('current_deposit_stats is running', 'true', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
        ON CONFLICT (key) DO UPDATE SET value = 'true', updated_at = excluded.updated_at;

        REFRESH MATERIALIZED VIEW CONCURRENTLY current_deposit_stats;

        UPDATE ar_internal_metadata
        SET value = 'false', updated_at = now() AT TIME ZONE 'UTC'
        WHERE key = 'current_deposit_stats is running';

        RETURN 1;
      END;
      $$
    `);

    // One monthly snapshot: end_date is the first of a month and the rows cover the active files
    // created before it. Returns 0 when that month is already present. Sums and costs are
    // coalesced to 0, so the 'Total' rows carry cost 0. Zero rows for absent combinations are the
    // business of populate_empty_deposit_stats().
    await queryRunner.query(`
      CREATE FUNCTION populate_historical_deposit_stats(stop_date timestamp)
      RETURNS int
      LANGUAGE plpgsql
      AS $$
      DECLARE
        snapshot_date date := stop_date::date;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(724000004) THEN
          RETURN 0;
        END IF;

        IF EXISTS (SELECT 1 FROM historical_deposit_stats WHERE end_date = snapshot_date) THEN
          RETURN 0;
        END IF;

        INSERT INTO historical_deposit_stats (
          institution_id,
          member_institution_id,
          institution_name,
          storage_option,
          file_count,
          object_count,
          total_bytes,
          total_gb,
          total_tb,
          cost_gb_per_month,
          monthly_cost,
          end_date,
          primary_sort,
          secondary_sort
        )
        SELECT
          stats.institution_id,
          i.member_institution_id,
          CASE WHEN stats.all_institutions THEN 'All Institutions' ELSE i.name END,
          CASE WHEN stats.all_options THEN 'Total' ELSE stats.storage_option END,
          stats.file_count,
          stats.object_count,
          coalesce(stats.total_bytes, 0),
          coalesce(stats.total_bytes / 1073741824, 0),
          coalesce(stats.total_bytes / 1099511627776, 0),
          coalesce(so.cost_gb_per_month, 0),
          coalesce(stats.total_bytes / 1073741824 * so.cost_gb_per_month, 0),
          snapshot_date,
          CASE WHEN stats.all_institutions THEN 'zzz' ELSE i.name END,
          CASE WHEN stats.all_options THEN 'zzz' ELSE stats.storage_option END
        FROM (
          SELECT
            gf.institution_id,
            gf.storage_option,
            grouping(gf.institution_id) = 1 AS all_institutions,
            grouping(gf.storage_option) = 1 AS all_options,
            count(gf.id) AS file_count,
            count(DISTINCT gf.intellectual_object_id) AS object_count,
            sum(gf.size) AS total_bytes
          FROM generic_files gf
          WHERE gf.state = 'A' AND gf.created_at < snapshot_date
          GROUP BY CUBE (gf.institution_id, gf.storage_option)
        ) stats
          LEFT JOIN institutions i ON i.id = stats.institution_id
          LEFT JOIN storage_options so ON so.name = stats.storage_option;

        RETURN 1;
      END;
      $$
    `);

    // Fills in every month from January 2014 (the first deposits) through the current one (UTC);
    // months already present are skipped, so the monthly cron run only adds the new month.
    await queryRunner.query(`
      CREATE FUNCTION populate_all_historical_deposit_stats()
      RETURNS void
      LANGUAGE plpgsql
      AS $$
      DECLARE
        utc_now timestamp := now() AT TIME ZONE 'UTC';
        month_start timestamp;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(724000003) THEN
          RETURN;
        END IF;

        INSERT INTO ar_internal_metadata (key, value, created_at, updated_at)
        VALUES ('historical deposit stats is running', 'true', utc_now, utc_now)
        ON CONFLICT (key) DO UPDATE SET value = 'true', updated_at = excluded.updated_at;

        FOR month_start IN
          SELECT m FROM generate_series(timestamp '2014-01-01', utc_now, interval '1 month') AS m
          WHERE m < utc_now
        LOOP
          PERFORM populate_historical_deposit_stats(month_start);
        END LOOP;

        UPDATE ar_internal_metadata
        SET value = 'false', updated_at = now() AT TIME ZONE 'UTC'
        WHERE key = 'historical deposit stats is running';
      END;
      $$
    `);

    // The timeline charts need explicit zero points. For every institution, month and storage
    // option already present in the table, a missing combination gets a row of zeros. The
    // institution-less rows are labelled like the rollups, with member_institution_id 0.
    await queryRunner.query(`
      CREATE FUNCTION populate_empty_deposit_stats()
      RETURNS int
      LANGUAGE plpgsql
      AS $$
      BEGIN
        IF NOT pg_try_advisory_xact_lock(724000005) THEN
          RETURN 0;
        END IF;

        INSERT INTO historical_deposit_stats (
          institution_id,
          institution_name,
          storage_option,
          object_count,
          file_count,
          total_bytes,
          total_gb,
          total_tb,
          cost_gb_per_month,
          monthly_cost,
          end_date,
          member_institution_id,
          primary_sort,
          secondary_sort
        )
        SELECT
          missing.institution_id,
          CASE WHEN missing.institution_id IS NULL THEN 'All Institutions' ELSE i.name END,
          missing.storage_option,
          0, 0, 0, 0, 0, 0, 0,
          missing.end_date,
          CASE WHEN missing.institution_id IS NULL THEN 0 ELSE i.member_institution_id END,
          CASE WHEN missing.institution_id IS NULL THEN 'zzz' ELSE i.name END,
          CASE WHEN missing.storage_option = 'Total' THEN 'zzz' ELSE missing.storage_option END
        FROM (
          -- EXCEPT compares NULLs as equal, which matches the rollup rows' NULL institution.
          SELECT inst.institution_id, opt.storage_option, month.end_date
          FROM (SELECT DISTINCT institution_id FROM historical_deposit_stats) inst
            CROSS JOIN (
              SELECT DISTINCT storage_option FROM historical_deposit_stats
              WHERE storage_option IS NOT NULL
            ) opt
            CROSS JOIN (
              SELECT DISTINCT end_date FROM historical_deposit_stats
              WHERE end_date IS NOT NULL
            ) month
          EXCEPT
          SELECT institution_id, storage_option, end_date FROM historical_deposit_stats
        ) missing
          LEFT JOIN institutions i ON i.id = missing.institution_id
        WHERE missing.institution_id IS NULL OR i.id IS NOT NULL;

        RETURN 1;
      END;
      $$
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION populate_empty_deposit_stats()`);
    await queryRunner.query(`DROP FUNCTION populate_all_historical_deposit_stats()`);
    await queryRunner.query(`DROP FUNCTION populate_historical_deposit_stats(timestamp)`);
    await queryRunner.query(`DROP FUNCTION update_current_deposit_stats(boolean)`);
    await queryRunner.query(`
      DELETE FROM ar_internal_metadata
      WHERE key IN ('current_deposit_stats is running', 'historical deposit stats is running')
    `);
    // Dropping the materialized view drops its index with it.
    await queryRunner.query(`DROP MATERIALIZED VIEW current_deposit_stats`);
  }
}
