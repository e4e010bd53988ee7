import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently } from './concurrent-index.js';

/**
 * Indexes for the hottest member-API lists (found with `npm run bench` and EXPLAIN ANALYZE):
 *
 * - objects and files of one institution by updated_at (their default sort), with the id
 *   tiebreaker: a page, however deep, is an index-only walk in the list's exact order. Without the
 *   id, page 1000 of an institution's files re-sorted 20,000 heap rows;
 * - the files and the events of one object in their default order (updated_at, date_time). Without
 *   them, for an object with many rows the planner walks the whole table in date order hoping to
 *   meet 20 of them early: 31 s for the events of a 3,000-file bag over 5M events, and a scan of the
 *   institution's files for the files of an object;
 * - work items of one institution by action and status, the usual filters of the items list: their
 *   count is an index-only scan instead of a bitmap scan over the institution's items.
 *
 * The INCLUDEd columns are those the list views join on or the scope filters on: PostgreSQL 15
 * removes the unused LEFT JOINs of a view but still fetches their join columns, so without them no
 * index-only scan (and so no cheap count) is chosen.
 *
 * Built CONCURRENTLY (so outside a transaction), because generic_files and premis_events hold tens
 * of millions of rows in production and a plain CREATE INDEX would block writes for minutes. An
 * invalid leftover of an interrupted build is dropped and built again.
 */
const INDEXES = [
  { name: 'ix_intellectual_objects_inst_updated_at_id', on: 'intellectual_objects (institution_id, updated_at, id)' },
  { name: 'ix_generic_files_inst_updated_at_id', on: 'generic_files (institution_id, updated_at, id) INCLUDE (intellectual_object_id)' },
  { name: 'ix_generic_files_object_updated_at_id', on: 'generic_files (intellectual_object_id, updated_at, id) INCLUDE (institution_id)' },
  {
    name: 'ix_premis_events_object_date_time_id',
    on: 'premis_events (intellectual_object_id, date_time, id) INCLUDE (institution_id, generic_file_id)',
  },
  {
    name: 'ix_work_items_inst_action_status',
    on: 'work_items (institution_id, action, status) INCLUDE (intellectual_object_id, generic_file_id)',
  },
] as const;

export class AddListPagingIndexes1700000000013 implements MigrationInterface {
  name = 'AddListPagingIndexes1700000000013';
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of INDEXES) await createIndexConcurrently(queryRunner, index.name, index.on);
  }

  // TypeORM reverts in a transaction, where CONCURRENTLY is not allowed.
  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [...INDEXES].reverse()) await queryRunner.query(`DROP INDEX IF EXISTS ${index.name}`);
  }
}
