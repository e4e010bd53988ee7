import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface RestorationFacts {
  readonly objectIdentifier: string | null;
  readonly genericFileIdentifier: string | null;
  readonly institutionIdentifier: string | null;
  /** Name of the user whose email is the item's `user`; null when there is no such user. */
  readonly requesterName: string | null;
  /** The spot-test frequency (days) of the institution tracking this item as its last spot test; null when none does. */
  readonly spotTestDays: number | null;
}

export interface DeletionRequestFacts {
  readonly id: number;
  readonly institutionId: number;
  readonly requesterName: string | null;
  readonly approverName: string | null;
  /** A "Deletion Completed" alert exists for the request already. */
  readonly alreadyAlerted: boolean;
  readonly items: readonly { readonly id: number; readonly status: string | null }[];
  readonly objectIdentifiers: readonly string[];
  readonly fileIdentifiers: readonly string[];
}

/**
 * What the save of a work item needs to know about the records around it (its deletion request,
 * object, file, institution and requester). Read-only, except for the deletion request's row lock.
 */
@Injectable()
export class WorkItemSaveFacts {
  /** Whether the deletion request includes the file (when a file id is given) or else the object. */
  async deletionRequestIncludes(manager: EntityManager, requestId: number, target: { fileId: number | null; objectId: number | null }): Promise<boolean> {
    const [row] = target.fileId !== null
      ? await manager.query(
        'SELECT EXISTS (SELECT 1 FROM deletion_requests_generic_files WHERE deletion_request_id = $1 AND generic_file_id = $2) AS included',
        [requestId, target.fileId],
      )
      : await manager.query(
        'SELECT EXISTS (SELECT 1 FROM deletion_requests_intellectual_objects WHERE deletion_request_id = $1 AND intellectual_object_id = $2) AS included',
        [requestId, target.objectId],
      );
    return row.included === true;
  }

  async restoration(manager: EntityManager, workItemId: number): Promise<RestorationFacts | null> {
    // A spot test of a Glacier-only object is tracked by its Glacier Restore item; the Restore Object
    // item Preserv creates after it, for the same object and requester, is that spot test's restoration.
    const [row] = await manager.query(
      `SELECT wi.object_identifier, wi.generic_file_identifier, wi.institution_identifier,
              (SELECT u.name FROM users u WHERE u.email = wi."user" ORDER BY u.id LIMIT 1) AS requester_name,
              spot.spot_restore_frequency AS spot_test_days, spot.id IS NOT NULL AS is_spot_test
         FROM work_items_view wi
         LEFT JOIN LATERAL (
           SELECT i.id, i.spot_restore_frequency FROM institutions i
            WHERE i.last_spot_restore_work_item_id = wi.id
               OR (i.id = wi.institution_id AND wi.action = 'Restore Object' AND EXISTS (
                     SELECT 1 FROM work_items tracked
                      WHERE tracked.id = i.last_spot_restore_work_item_id AND tracked.id < wi.id
                        AND tracked.action = 'Glacier Restore' AND tracked.intellectual_object_id = wi.intellectual_object_id
                        AND tracked."user" = wi."user"))
            ORDER BY i.id LIMIT 1) spot ON true
        WHERE wi.id = $1`,
      [workItemId],
    );
    if (!row) return null;
    return {
      objectIdentifier: row.object_identifier,
      genericFileIdentifier: row.generic_file_identifier,
      institutionIdentifier: row.institution_identifier,
      requesterName: row.requester_name,
      spotTestDays: row.is_spot_test ? (row.spot_test_days ?? 0) : null,
    };
  }

  /**
   * Locks the deletion request's row for the rest of the transaction and reads its state. The lock
   * serializes the saves of its work items, so that when the last two finish at the same time,
   * exactly one of them sees all items completed.
   */
  async lockDeletionRequest(manager: EntityManager, requestId: number): Promise<DeletionRequestFacts | null> {
    const [request] = await manager.query(
      `SELECT dr.id, dr.institution_id, requester.name AS requester_name, approver.name AS approver_name
         FROM deletion_requests dr
         LEFT JOIN users requester ON requester.id = dr.requested_by_id
         LEFT JOIN users approver ON approver.id = dr.confirmed_by_id
        WHERE dr.id = $1
          FOR UPDATE OF dr`,
      [requestId],
    );
    if (!request) return null;
    const alerted = await manager.query(`SELECT EXISTS (SELECT 1 FROM alerts WHERE deletion_request_id = $1 AND type = 'Deletion Completed') AS alerted`, [requestId]);
    const items = await manager.query('SELECT id, status FROM work_items WHERE deletion_request_id = $1 ORDER BY id', [requestId]);
    const objects = await manager.query(
      `SELECT o.identifier FROM deletion_requests_intellectual_objects j JOIN intellectual_objects o ON o.id = j.intellectual_object_id
        WHERE j.deletion_request_id = $1 ORDER BY o.identifier`,
      [requestId],
    );
    const files = await manager.query(
      `SELECT f.identifier FROM deletion_requests_generic_files j JOIN generic_files f ON f.id = j.generic_file_id
        WHERE j.deletion_request_id = $1 ORDER BY f.identifier`,
      [requestId],
    );
    return {
      id: request.id,
      institutionId: request.institution_id,
      requesterName: request.requester_name,
      approverName: request.approver_name,
      alreadyAlerted: alerted[0].alerted === true,
      items: items.map((r: { id: number; status: string | null }) => ({ id: r.id, status: r.status })),
      objectIdentifiers: objects.map((r: { identifier: string }) => r.identifier),
      fileIdentifiers: files.map((r: { identifier: string }) => r.identifier),
    };
  }
}
