import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PreparedStatement } from '../../../../shared/persistence/prepared-statement.js';
import type { WorkItemRow, WorkItemWrite } from '../../application/work-item.record.js';
import { STAGE_CLEANUP, STAGE_RECORD, STATUS_SUCCESS, ACTION_INGEST } from '../../domain/work-item.js';
import { NOW_UTC, pgTimestampParam } from '../../../../shared/persistence/sql-time.js';

/** Every column a save writes, except created_at, updated_at and queued_at (handled separately). */
const COLUMNS = [
  'intellectual_object_id', 'generic_file_id', 'name', 'etag', 'bucket', '"user"', 'note', 'action', 'stage', 'status', 'outcome',
  'bag_date', 'date_processed', 'retry', 'node', 'pid', 'needs_admin_review', 'institution_id', 'size', 'stage_started_at',
  'aptrust_approver', 'inst_approver', 'deletion_request_id',
] as const;

const values = (w: WorkItemWrite) => [
  w.intellectualObjectId, w.genericFileId, w.name, w.etag, w.bucket, w.user, w.note, w.action, w.stage, w.status, w.outcome,
  pgTimestampParam(w.bagDate), pgTimestampParam(w.dateProcessed), w.retry, w.node, w.pid, w.needsAdminReview, w.institutionId, w.size,
  pgTimestampParam(w.stageStartedAt),
  w.aptrustApprover, w.instApprover, w.deletionRequestId,
];

export interface SaveOptions {
  /** Set queued_at to the database's now (the item's id is queued in the same transaction). */
  readonly queuedNow?: boolean;
}

/** The columns of a WorkItemRow, named so that a column a later migration adds changes no prepared statement's result. */
const ROW = [
  'id', 'created_at', 'updated_at', 'intellectual_object_id', 'generic_file_id', 'name', 'etag', 'bucket', '"user"', 'note', 'action', 'stage',
  'status', 'outcome', 'bag_date', 'date_processed', 'retry', 'node', 'pid', 'needs_admin_review', 'institution_id', 'queued_at', 'size',
  'stage_started_at', 'aptrust_approver', 'inst_approver', 'deletion_request_id',
].join(', ');

const FIND_BY_ID = new PreparedStatement<WorkItemRow>('work_item_by_id', `SELECT ${ROW} FROM work_items WHERE id = $1`);
const LOCK_BY_ID = new PreparedStatement<WorkItemRow>('work_item_lock_by_id', `SELECT ${ROW} FROM work_items WHERE id = $1 FOR UPDATE`);
/**
 * updated_at is the statement's clock, after the row lock was granted, and always moves forward,
 * so that it orders the saves of one item even when transactions started in another order. The
 * last parameter, when not null, is the institution the row must still belong to.
 */
const OVERWRITE = new PreparedStatement<WorkItemRow>(
  'work_item_overwrite',
  `UPDATE work_items SET ${COLUMNS.map((column, i) => `${column} = $${i + 2}`).join(', ')},
          queued_at = CASE WHEN $${COLUMNS.length + 3}::boolean THEN ${NOW_UTC} ELSE $${COLUMNS.length + 2}::timestamp END,
          updated_at = GREATEST(clock_timestamp() AT TIME ZONE 'UTC', updated_at + interval '1 microsecond')
    WHERE id = $1 AND ($${COLUMNS.length + 4}::int4 IS NULL OR institution_id = $${COLUMNS.length + 4}) RETURNING ${ROW}`,
);

/** Writes of the `work_items` table, always inside the caller's transaction. */
@Injectable()
export class WorkItemRepository {
  async findById(manager: EntityManager, id: number, options: { lock?: boolean } = {}): Promise<WorkItemRow | null> {
    return (await (options.lock ? LOCK_BY_ID : FIND_BY_ID).first(manager, [id])) ?? null;
  }

  async insert(manager: EntityManager, item: WorkItemWrite, options: SaveOptions = {}): Promise<WorkItemRow> {
    const n = COLUMNS.length;
    const placeholders = COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
    const rows = await manager.query(
      `INSERT INTO work_items (${COLUMNS.join(', ')}, queued_at, created_at, updated_at)
       VALUES (${placeholders}, CASE WHEN $${n + 3}::boolean THEN ${NOW_UTC} ELSE $${n + 1}::timestamp END,
               COALESCE($${n + 2}::timestamp, ${NOW_UTC}), ${NOW_UTC})
       RETURNING *`,
      [...values(item), pgTimestampParam(item.queuedAt), pgTimestampParam(item.createdAt), options.queuedNow ?? false],
    );
    return rows[0];
  }

  /** Overwrites every column but created_at (a full-record update, as the admin API defines it). */
  async overwrite(manager: EntityManager, id: number, item: WorkItemWrite, options: SaveOptions = {}): Promise<WorkItemRow> {
    return (await this.overwriteOwned(manager, id, null, item, options))!;
  }

  /**
   * The same overwrite as one statement, which takes the row lock itself, only while the row belongs
   * to `institutionId` (any institution when null); null when no such row.
   */
  async overwriteOwned(
    manager: EntityManager,
    id: number,
    institutionId: number | null,
    item: WorkItemWrite,
    options: SaveOptions = {},
  ): Promise<WorkItemRow | null> {
    const rows = await OVERWRITE.rows(manager, [id, ...values(item), pgTimestampParam(item.queuedAt), options.queuedNow ?? false, institutionId]);
    return rows[0] ?? null;
  }

  /** The object's latest successful ingest (status Success at stage Record or Cleanup), newest date_processed first. */
  async lastSuccessfulIngest(manager: EntityManager, objectId: number): Promise<WorkItemRow | null> {
    const rows = await manager.query(
      `SELECT * FROM work_items
        WHERE intellectual_object_id = $1 AND action = $2 AND status = $3 AND stage IN ($4, $5)
        ORDER BY date_processed DESC NULLS LAST, id DESC LIMIT 1`,
      [objectId, ACTION_INGEST, STATUS_SUCCESS, STAGE_RECORD, STAGE_CLEANUP],
    );
    return rows[0] ?? null;
  }
}
