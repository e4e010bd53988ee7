import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes whose columns are the leading columns of another index on the same table: every lookup
 * they serve, the longer index serves as well, and every insert (and every update that is not HOT,
 * such as a fixity check moving `last_fixity_check` and `updated_at`) pays for each of them. The
 * recorder's batches write ~1,500 rows a bag, so each index dropped here is work saved on every bag.
 */
const REDUNDANT_INDEXES = [
  { name: 'index_intellectual_objects_on_institution_id', on: 'intellectual_objects (institution_id)', coveredBy: 'ix_intellectual_objects_inst_updated_at_id' },
  { name: 'index_generic_files_on_institution_id', on: 'generic_files (institution_id)', coveredBy: 'index_generic_files_on_institution_id_and_state' },
  {
    name: 'index_generic_files_on_institution_id_and_updated_at',
    on: 'generic_files (institution_id, updated_at)',
    coveredBy: 'ix_generic_files_inst_updated_at_id',
  },
  { name: 'index_generic_files_on_intellectual_object_id', on: 'generic_files (intellectual_object_id)', coveredBy: 'ix_generic_files_object_updated_at_id' },
  { name: 'index_premis_events_on_event_type', on: 'premis_events (event_type)', coveredBy: 'index_premis_events_on_event_type_and_outcome' },
  { name: 'index_premis_events_on_intellectual_object_id', on: 'premis_events (intellectual_object_id)', coveredBy: 'ix_premis_events_object_date_time_id' },
  { name: 'index_work_items_on_institution_id', on: 'work_items (institution_id)', coveredBy: 'ix_work_items_inst_action_status' },
] as const;

/** Dropped CONCURRENTLY (outside a transaction): these tables are written all day. */
export class DropRedundantIndexes1700000000016 implements MigrationInterface {
  name = 'DropRedundantIndexes1700000000016';
  transaction = false;

  /** An index is dropped only while the index that covers it exists and is valid. */
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of REDUNDANT_INDEXES) {
      const covering = await queryRunner.query(
        `SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = $1 AND i.indisvalid`,
        [index.coveredBy],
      );
      if (covering.length === 0) throw new Error(`Not dropping ${index.name}: ${index.coveredBy}, which covers it, is missing or invalid`);
      await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS ${index.name}`);
    }
  }

  // TypeORM reverts in a transaction, where CONCURRENTLY is not allowed.
  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of REDUNDANT_INDEXES) await queryRunner.query(`CREATE INDEX IF NOT EXISTS ${index.name} ON ${index.on}`);
  }
}
