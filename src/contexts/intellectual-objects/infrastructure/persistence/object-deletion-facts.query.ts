import { Injectable } from '@nestjs/common';
import type { ObjectLevelEvent } from '../../domain/object-deletion.rules.js';
import type { EntityManager } from 'typeorm';
import type { Timestamp } from '../../../../shared/time/timestamp.js';

export interface ObjectDeletionRecordFacts {
  readonly hasActiveFiles: boolean;
  readonly lastIngestionEvent: ObjectLevelEvent | null;
  readonly lastDeletionEvent: ObjectLevelEvent | null;
  /** The newest Started Delete item for the object itself (not one of its files). */
  readonly deletionWorkItem: { readonly id: number; readonly instApprover: string | null; readonly deletionRequestId: number | null } | null;
}

export interface ApprovingRequestFacts {
  readonly id: number;
  readonly requestedById: number | null;
  readonly confirmedById: number | null;
  readonly requesterEmail: string | null;
}

/** A row of `institutions`, as IntellectualObject.institution shows it. */
export interface InstitutionRow {
  readonly id: number;
  readonly created_at: Timestamp;
  readonly updated_at: Timestamp;
  readonly name: string | null;
  readonly identifier: string | null;
  readonly state: string | null;
  readonly type: string | null;
  readonly member_institution_id: number | null;
  readonly deactivated_at: Timestamp | null;
  readonly otp_enabled: boolean | null;
  readonly spot_restore_frequency: number;
  readonly last_spot_restore_work_item_id: number | null;
  readonly receiving_bucket: string;
  readonly restore_bucket: string;
}

/** What an object delete checks (workflows.md §1.8 B), read in the delete's transaction. */
@Injectable()
export class ObjectDeletionFactsQuery {
  async objectFacts(manager: EntityManager, objectId: number): Promise<ObjectDeletionRecordFacts> {
    const [{ has_active_files }]: { has_active_files: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM generic_files WHERE intellectual_object_id = $1 AND state = 'A') AS has_active_files`,
      [objectId],
    );
    const events: { event_type: string; created_at: Timestamp | null }[] = await manager.query(
      `SELECT DISTINCT ON (event_type) event_type, created_at FROM premis_events
       WHERE intellectual_object_id = $1 AND generic_file_id IS NULL AND event_type IN ('ingestion', 'deletion')
       ORDER BY event_type, created_at DESC NULLS LAST, id DESC`,
      [objectId],
    );
    const items: { id: number; inst_approver: string | null; deletion_request_id: number | null }[] = await manager.query(
      `SELECT id, inst_approver, deletion_request_id FROM work_items
       WHERE intellectual_object_id = $1 AND generic_file_id IS NULL AND action = 'Delete' AND status = 'Started'
       ORDER BY updated_at DESC, id DESC LIMIT 1`,
      [objectId],
    );
    const event = (type: string) => {
      const found = events.find((e) => e.event_type === type);
      return found ? { createdAt: found.created_at } : null;
    };
    const item = items[0];
    return {
      hasActiveFiles: has_active_files,
      lastIngestionEvent: event('ingestion'),
      lastDeletionEvent: event('deletion'),
      deletionWorkItem: item ? { id: item.id, instApprover: item.inst_approver, deletionRequestId: item.deletion_request_id } : null,
    };
  }

  async approvingRequest(manager: EntityManager, requestId: number): Promise<ApprovingRequestFacts | null> {
    const rows: { id: number; requested_by_id: number | null; confirmed_by_id: number | null; requester_email: string | null }[] = await manager.query(
      `SELECT r.id, r.requested_by_id, r.confirmed_by_id, u.email AS requester_email
       FROM deletion_requests r LEFT JOIN users u ON u.id = r.requested_by_id WHERE r.id = $1`,
      [requestId],
    );
    const row = rows[0];
    return row ? { id: row.id, requestedById: row.requested_by_id, confirmedById: row.confirmed_by_id, requesterEmail: row.requester_email } : null;
  }

  async institution(manager: EntityManager, id: number): Promise<InstitutionRow | null> {
    const rows: InstitutionRow[] = await manager.query(
      `SELECT id, created_at, updated_at, name, identifier, state, type, member_institution_id, deactivated_at, otp_enabled,
              spot_restore_frequency, last_spot_restore_work_item_id, receiving_bucket, restore_bucket
       FROM institutions WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }
}
