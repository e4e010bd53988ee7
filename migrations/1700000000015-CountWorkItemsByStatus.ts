import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The work-items counter function of CreateRowCounters, with `status` as its second dimension or without. */
const countWorkItemsFunction = (dimB: string) => `
  CREATE OR REPLACE FUNCTION count_work_items_rows()
  RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO row_count_deltas (counter, institution_id, dim_a, dim_b, delta)
      SELECT 'work_items', institution_id, dim_a, dim_b, count(*)
      FROM (SELECT institution_id, action::text AS dim_a, ${dimB} AS dim_b FROM new_rows) changed
      GROUP BY institution_id, dim_a, dim_b;
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO row_count_deltas (counter, institution_id, dim_a, dim_b, delta)
      SELECT 'work_items', institution_id, dim_a, dim_b, -count(*)
      FROM (SELECT institution_id, action::text AS dim_a, ${dimB} AS dim_b FROM old_rows) changed
      GROUP BY institution_id, dim_a, dim_b;
    ELSE
      INSERT INTO row_count_deltas (counter, institution_id, dim_a, dim_b, delta)
      SELECT 'work_items', institution_id, dim_a, dim_b, sum(delta)
      FROM (
        SELECT institution_id, action::text AS dim_a, ${dimB} AS dim_b, 1 AS delta FROM new_rows
        UNION ALL
        SELECT institution_id, action::text AS dim_a, ${dimB} AS dim_b, -1 AS delta FROM old_rows
      ) changed
      GROUP BY institution_id, dim_a, dim_b
      HAVING sum(delta) <> 0;
    END IF;
    RETURN NULL;
  END;
  $$
`;

/**
 * Work items are counted by action and status: the items lists that Preserv and depositors ask for
 * most (`action=Ingest&status=Success`, say) then take their count from the counter, not COUNT(*).
 * A status change writes two delta rows, which compaction folds.
 *
 * The table is locked against writes while the counter is rebuilt, so no row is counted twice or missed.
 */
export class CountWorkItemsByStatus1700000000015 implements MigrationInterface {
  name = 'CountWorkItemsByStatus1700000000015';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.recount(queryRunner, 'status::text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.recount(queryRunner, 'NULL::text');
  }

  private async recount(queryRunner: QueryRunner, dimB: string): Promise<void> {
    await queryRunner.query(`LOCK TABLE work_items IN SHARE ROW EXCLUSIVE MODE`);
    await queryRunner.query(countWorkItemsFunction(dimB));
    await queryRunner.query(`DELETE FROM row_count_deltas WHERE counter = 'work_items'`);
    await queryRunner.query(`
      INSERT INTO row_count_deltas (counter, institution_id, dim_a, dim_b, delta)
      SELECT 'work_items', institution_id, action::text, ${dimB}, count(*)
      FROM work_items
      GROUP BY 2, 3, 4
    `);
  }
}
