import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One counted table: the counter name written to row_count_deltas and the columns of its dimensions. */
interface CountedTable {
  readonly table: string;
  readonly dimA: string;
  readonly dimB?: string;
}

/**
 * The counter name is the table name. Dimensions as in the reference's count caches (data-model
 * §2.2): objects and files by state, events by event type and outcome, work items by action; all of
 * them by institution.
 */
const COUNTED_TABLES: readonly CountedTable[] = [
  { table: 'intellectual_objects', dimA: 'state' },
  { table: 'generic_files', dimA: 'state' },
  { table: 'premis_events', dimA: 'event_type', dimB: 'outcome' },
  { table: 'work_items', dimA: 'action' },
];

const triggerFunction = (t: CountedTable) => `count_${t.table}_rows`;

/** `institution_id, <dim_a>::text, <dim_b>::text` of one transition table, aliased to the delta columns. */
const dimensions = (t: CountedTable) =>
  `institution_id, ${t.dimA}::text AS dim_a, ${t.dimB ? `${t.dimB}::text` : 'NULL::text'} AS dim_b`;

/**
 * Exact row counts without COUNT(*): statement-level triggers append the net change of every
 * statement to row_count_deltas, one row per (institution, dimensions) group it touched, and a
 * count is the SUM of the deltas of the matching groups.
 *
 * - Exact under MVCC: the deltas are written in the writer's transaction, so any snapshot sees the
 *   deltas of exactly the rows it sees.
 * - No contention: writers only ever insert delta rows, never update a shared counter row.
 * - compact_row_count_deltas() folds the deltas into one row per group, periodically.
 *
 * The triggers are created before the counters are seeded: CREATE TRIGGER locks each table against
 * writes until this migration's transaction commits, so no row is counted twice or missed.
 */
export class CreateRowCounters1700000000008 implements MigrationInterface {
  name = 'CreateRowCounters1700000000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE row_count_deltas (
        counter        text   NOT NULL,
        institution_id int4,
        dim_a          text,
        dim_b          text,
        delta          bigint NOT NULL
      )
    `);
    // Every read is `counter = ? [AND institution_id = ?] [AND dim_a = ?] [AND dim_b = ?]`; the
    // INCLUDE lets the SUM come from the index alone.
    await queryRunner.query(`
      CREATE INDEX ix_row_count_deltas_groups
        ON row_count_deltas (counter, institution_id, dim_a, dim_b) INCLUDE (delta)
    `);

    for (const t of COUNTED_TABLES) {
      // An UPDATE writes deltas only for groups whose count it changed (a state A → D, say); the
      // frequent updates that leave the dimensions alone (fixity checks) write nothing.
      await queryRunner.query(`
        CREATE FUNCTION ${triggerFunction(t)}()
        RETURNS trigger
        LANGUAGE plpgsql
        AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            INSERT INTO row_count_deltas (counter, institution_id, dim_a, dim_b, delta)
            SELECT '${t.table}', institution_id, dim_a, dim_b, count(*)
            FROM (SELECT ${dimensions(t)} FROM new_rows) changed
            GROUP BY institution_id, dim_a, dim_b;
          ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO row_count_deltas (counter, institution_id, dim_a, dim_b, delta)
            SELECT '${t.table}', institution_id, dim_a, dim_b, -count(*)
            FROM (SELECT ${dimensions(t)} FROM old_rows) changed
            GROUP BY institution_id, dim_a, dim_b;
          ELSE
            INSERT INTO row_count_deltas (counter, institution_id, dim_a, dim_b, delta)
            SELECT '${t.table}', institution_id, dim_a, dim_b, sum(delta)
            FROM (
              SELECT ${dimensions(t)}, 1 AS delta FROM new_rows
              UNION ALL
              SELECT ${dimensions(t)}, -1 AS delta FROM old_rows
            ) changed
            GROUP BY institution_id, dim_a, dim_b
            HAVING sum(delta) <> 0;
          END IF;
          RETURN NULL;
        END;
        $$
      `);
      await queryRunner.query(`
        CREATE TRIGGER ${t.table}_count_insert
          AFTER INSERT ON ${t.table} REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION ${triggerFunction(t)}()
      `);
      await queryRunner.query(`
        CREATE TRIGGER ${t.table}_count_update
          AFTER UPDATE ON ${t.table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION ${triggerFunction(t)}()
      `);
      await queryRunner.query(`
        CREATE TRIGGER ${t.table}_count_delete
          AFTER DELETE ON ${t.table} REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION ${triggerFunction(t)}()
      `);
    }

    // TRUNCATE has no transition table; it empties the counter in the same transaction instead.
    await queryRunner.query(`
      CREATE FUNCTION reset_row_count()
      RETURNS trigger
      LANGUAGE plpgsql
      AS $$
      BEGIN
        DELETE FROM row_count_deltas WHERE counter = TG_TABLE_NAME;
        RETURN NULL;
      END;
      $$
    `);
    for (const t of COUNTED_TABLES) {
      await queryRunner.query(`
        CREATE TRIGGER ${t.table}_count_truncate
          AFTER TRUNCATE ON ${t.table}
          FOR EACH STATEMENT EXECUTE FUNCTION reset_row_count()
      `);
    }

    for (const t of COUNTED_TABLES) {
      await queryRunner.query(`
        INSERT INTO row_count_deltas (counter, institution_id, dim_a, dim_b, delta)
        SELECT '${t.table}', institution_id, dim_a, dim_b, count(*)
        FROM (SELECT ${dimensions(t)} FROM ${t.table}) existing
        GROUP BY institution_id, dim_a, dim_b
      `);
    }

    // Folds all deltas into one row per group (groups that net to zero disappear) in one statement,
    // so every snapshot sees either the deltas or their sums. Deltas committed while it runs are
    // not in its snapshot and stay as they are. The advisory lock only saves a second, concurrent
    // call from redoing the work: it returns -1 at once. Otherwise returns the delta rows removed.
    await queryRunner.query(`
      CREATE FUNCTION compact_row_count_deltas()
      RETURNS bigint
      LANGUAGE plpgsql
      AS $$
      DECLARE
        removed bigint;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(724000006) THEN
          RETURN -1;
        END IF;

        WITH moved AS (
          DELETE FROM row_count_deltas
          RETURNING counter, institution_id, dim_a, dim_b, delta
        ),
        folded AS (
          INSERT INTO row_count_deltas (counter, institution_id, dim_a, dim_b, delta)
          SELECT counter, institution_id, dim_a, dim_b, sum(delta)
          FROM moved
          GROUP BY counter, institution_id, dim_a, dim_b
          HAVING sum(delta) <> 0
          RETURNING 1
        )
        SELECT (SELECT count(*) FROM moved) - (SELECT count(*) FROM folded) INTO removed;

        RETURN removed;
      END;
      $$
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION compact_row_count_deltas()`);
    for (const t of [...COUNTED_TABLES].reverse()) {
      await queryRunner.query(`DROP TRIGGER ${t.table}_count_truncate ON ${t.table}`);
      await queryRunner.query(`DROP TRIGGER ${t.table}_count_delete ON ${t.table}`);
      await queryRunner.query(`DROP TRIGGER ${t.table}_count_update ON ${t.table}`);
      await queryRunner.query(`DROP TRIGGER ${t.table}_count_insert ON ${t.table}`);
      await queryRunner.query(`DROP FUNCTION ${triggerFunction(t)}()`);
    }
    await queryRunner.query(`DROP FUNCTION reset_row_count()`);
    await queryRunner.query(`DROP TABLE row_count_deltas`);
  }
}
