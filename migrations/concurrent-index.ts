import type { QueryRunner } from 'typeorm';

/**
 * CREATE INDEX CONCURRENTLY (the migration must run outside a transaction), so that writers are not
 * blocked on tables of tens of millions of rows. An invalid leftover of an interrupted build is
 * dropped and built again; a valid index of that name is kept.
 */
export async function createIndexConcurrently(queryRunner: QueryRunner, name: string, on: string): Promise<void> {
  const invalid = await queryRunner.query(
    `SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = $1 AND NOT i.indisvalid`,
    [name],
  );
  if (invalid.length > 0) await queryRunner.query(`DROP INDEX CONCURRENTLY ${name}`);
  await queryRunner.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${name} ON ${on}`);
}
