import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reference's migration utility (data-model.md §2.3), for schema parity: runs `constraint_sql`
 * unless the table already has a constraint named `c_name`. Nothing in the application calls it.
 */
export class AddCreateConstraintIfNotExists1700000000019 implements MigrationInterface {
  name = 'AddCreateConstraintIfNotExists1700000000019';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION create_constraint_if_not_exists(t_name text, c_name text, constraint_sql text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass(t_name) AND conname = c_name) THEN
          EXECUTE constraint_sql;
        END IF;
      END
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS create_constraint_if_not_exists(text, text, text)`);
  }
}
