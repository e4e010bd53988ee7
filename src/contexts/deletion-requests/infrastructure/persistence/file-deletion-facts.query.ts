import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface FileDeletionWorkItem {
  readonly id: number;
  readonly instApprover: string | null;
  readonly deletionRequestId: number | null;
}

export interface ApprovingRequest {
  readonly id: number;
  readonly requestedById: number | null;
  readonly confirmedById: number | null;
  readonly requesterEmail: string | null;
}

/** What a file delete checks (workflows.md §1.8 A), read in the delete's transaction. */
@Injectable()
export class FileDeletionFactsQuery {
  /**
   * The newest Started Delete item for this file, or for its whole object.
   * Fix (reference quirk): the reference also accepts the Delete item of another file of the same object.
   */
  async deletionWorkItem(manager: EntityManager, fileId: number, objectId: number | null): Promise<FileDeletionWorkItem | null> {
    const rows: { id: number; inst_approver: string | null; deletion_request_id: number | null }[] = await manager.query(
      `SELECT id, inst_approver, deletion_request_id FROM work_items
       WHERE action = 'Delete' AND status = 'Started'
         AND (generic_file_id = $1 OR (generic_file_id IS NULL AND intellectual_object_id = $2))
       ORDER BY updated_at DESC, id DESC LIMIT 1`,
      [fileId, objectId],
    );
    const row = rows[0];
    return row ? { id: row.id, instApprover: row.inst_approver, deletionRequestId: row.deletion_request_id } : null;
  }

  async approvingRequest(manager: EntityManager, requestId: number): Promise<ApprovingRequest | null> {
    const rows: { id: number; requested_by_id: number | null; confirmed_by_id: number | null; requester_email: string | null }[] = await manager.query(
      `SELECT r.id, r.requested_by_id, r.confirmed_by_id, u.email AS requester_email
       FROM deletion_requests r LEFT JOIN users u ON u.id = r.requested_by_id WHERE r.id = $1`,
      [requestId],
    );
    const row = rows[0];
    return row ? { id: row.id, requestedById: row.requested_by_id, confirmedById: row.confirmed_by_id, requesterEmail: row.requester_email } : null;
  }
}
