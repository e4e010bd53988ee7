import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { WorkItemFields, WorkItemRow } from '../../../work-items/index.js';
import { NOW_UTC, pgTimestampParam } from '../../../../shared/persistence/sql-time.js';

const A_YEAR_AGO = `${NOW_UTC} - interval '365 days'`;

/** The writes of the test-only routes that fabricate deletion preconditions. Never used outside test databases. */
@Injectable()
export class DeletionPreconditionsWriter {
  async backdateObject(manager: EntityManager, objectId: number): Promise<void> {
    await manager.query(`UPDATE intellectual_objects SET created_at = ${A_YEAR_AGO} WHERE id = $1`, [objectId]);
    await manager.query(`UPDATE generic_files SET created_at = ${A_YEAR_AGO} WHERE intellectual_object_id = $1`, [objectId]);
  }

  async backdateFile(manager: EntityManager, fileId: number): Promise<void> {
    await manager.query(`UPDATE generic_files SET created_at = ${A_YEAR_AGO} WHERE id = $1`, [fileId]);
  }

  /** Whether the object lacks an object-level ingestion event that no object-level deletion event follows. */
  async needsIngestionEvent(manager: EntityManager, objectId: number): Promise<boolean> {
    const [{ needed }]: { needed: boolean }[] = await manager.query(
      `SELECT NOT EXISTS (
         SELECT 1 FROM premis_events i
         WHERE i.intellectual_object_id = $1 AND i.generic_file_id IS NULL AND i.event_type = 'ingestion'
           AND NOT EXISTS (SELECT 1 FROM premis_events d WHERE d.intellectual_object_id = $1 AND d.generic_file_id IS NULL
                             AND d.event_type = 'deletion' AND d.created_at > i.created_at)) AS needed`,
      [objectId],
    );
    return needed;
  }

  /** The institution's first active institutional admin, who requests and approves the fabricated deletion. */
  async firstInstitutionalAdmin(manager: EntityManager, institutionId: number): Promise<{ id: number; email: string | null; institutionId: number | null; role: string | null } | null> {
    const rows: { id: number; email: string | null; institution_id: number | null; role: string | null }[] = await manager.query(
      `SELECT id, email, institution_id, role FROM users WHERE institution_id = $1 AND role = 'institutional_admin' AND deactivated_at IS NULL ORDER BY id LIMIT 1`,
      [institutionId],
    );
    const row = rows[0];
    return row ? { id: row.id, email: row.email, institutionId: row.institution_id, role: row.role } : null;
  }

  /** Inserts the item as it is, without queueing it: the tests that ask for it drive the deletion themselves. */
  async insertWorkItem(manager: EntityManager, item: WorkItemFields): Promise<WorkItemRow> {
    const rows: WorkItemRow[] = await manager.query(
      `INSERT INTO work_items (name, etag, institution_id, intellectual_object_id, generic_file_id, bucket, "user", note, action, stage, status, outcome,
                               bag_date, date_processed, retry, node, pid, needs_admin_review, size, inst_approver, deletion_request_id,
                               created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, ${NOW_UTC}, ${NOW_UTC}) RETURNING *`,
      [
        item.name, item.etag, item.institutionId, item.intellectualObjectId, item.genericFileId, item.bucket, item.user, item.note, item.action,
        item.stage, item.status, item.outcome, pgTimestampParam(item.bagDate), pgTimestampParam(item.dateProcessed), item.retry, item.node, item.pid,
        item.needsAdminReview, item.size, item.instApprover, item.deletionRequestId,
      ],
    );
    return rows[0];
  }
}
