import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GenericFileRow } from '../../../generic-files/index.js';
import type { IntellectualObjectRow } from '../../../intellectual-objects/index.js';
import type { WorkItemRow } from '../../../work-items/index.js';
import type { DeletionRequestDetail, DeletionRequestRow, DeletionRequestUserRow } from '../../application/deletion-request.record.js';
import { NOW_UTC } from '../../../../shared/persistence/sql-time.js';

const USER_COLUMNS = `id, created_at, updated_at, name, email, phone_number, reset_password_sent_at, sign_in_count, current_sign_in_at,
  last_sign_in_at, current_sign_in_ip, last_sign_in_ip, institution_id, password_changed_at, otp_required_for_login, deactivated_at,
  enabled_two_factor, confirmed_two_factor, last_sign_in_with_authy, authy_status, email_verified, initial_password_updated,
  force_password_update, grace_period, role`;

/** Reads and writes of `deletion_requests` and its join tables, always in the caller's transaction (or its manager). */
@Injectable()
export class DeletionRequestRepository {
  async findById(manager: EntityManager, id: number, options: { lock?: boolean } = {}): Promise<DeletionRequestRow | null> {
    const rows: DeletionRequestRow[] = await manager.query(`SELECT * FROM deletion_requests WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0] ?? null;
  }

  async insert(manager: EntityManager, request: { institutionId: number; requestedById: number; encryptedToken: string }): Promise<DeletionRequestRow> {
    const rows: DeletionRequestRow[] = await manager.query(
      `INSERT INTO deletion_requests (institution_id, requested_by_id, requested_at, encrypted_confirmation_token)
       VALUES ($1, $2, ${NOW_UTC}, $3) RETURNING *`,
      [request.institutionId, request.requestedById, request.encryptedToken],
    );
    return rows[0];
  }

  async attach(manager: EntityManager, id: number, items: { objectIds: readonly number[]; fileIds: readonly number[] }): Promise<void> {
    if (items.objectIds.length > 0) {
      await manager.query(
        `INSERT INTO deletion_requests_intellectual_objects (deletion_request_id, intellectual_object_id)
         SELECT $1, o FROM unnest($2::int[]) AS o ON CONFLICT DO NOTHING`,
        [id, [...items.objectIds]],
      );
    }
    if (items.fileIds.length > 0) {
      await manager.query(
        `INSERT INTO deletion_requests_generic_files (deletion_request_id, generic_file_id)
         SELECT $1, f FROM unnest($2::int[]) AS f ON CONFLICT DO NOTHING`,
        [id, [...items.fileIds]],
      );
    }
  }

  async markConfirmed(manager: EntityManager, id: number, userId: number): Promise<DeletionRequestRow> {
    const [rows] = await manager.query(`UPDATE deletion_requests SET confirmed_by_id = $2, confirmed_at = ${NOW_UTC} WHERE id = $1 RETURNING *`, [id, userId]);
    return rows[0];
  }

  async markCancelled(manager: EntityManager, id: number, userId: number): Promise<DeletionRequestRow> {
    const [rows] = await manager.query(`UPDATE deletion_requests SET cancelled_by_id = $2, cancelled_at = ${NOW_UTC} WHERE id = $1 RETURNING *`, [id, userId]);
    return rows[0];
  }

  /** The request's ids of objects and files, each by id. */
  async itemIds(manager: EntityManager, id: number): Promise<{ objectIds: number[]; fileIds: number[] }> {
    const objects: { id: number }[] = await manager.query(
      `SELECT intellectual_object_id AS id FROM deletion_requests_intellectual_objects WHERE deletion_request_id = $1 ORDER BY 1`,
      [id],
    );
    const files: { id: number }[] = await manager.query(`SELECT generic_file_id AS id FROM deletion_requests_generic_files WHERE deletion_request_id = $1 ORDER BY 1`, [id]);
    return { objectIds: objects.map((r) => r.id), fileIds: files.map((r) => r.id) };
  }

  async detail(manager: EntityManager, request: DeletionRequestRow): Promise<DeletionRequestDetail> {
    const userIds = [request.requested_by_id, request.confirmed_by_id, request.cancelled_by_id].filter((id): id is number => id !== null);
    // One connection per transaction: the reads run one after the other.
    const users: DeletionRequestUserRow[] = await manager.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = ANY($1::int[])`, [userIds]);
    const files: GenericFileRow[] = await manager.query(
      `SELECT f.* FROM deletion_requests_generic_files j JOIN generic_files f ON f.id = j.generic_file_id WHERE j.deletion_request_id = $1 ORDER BY f.id`,
      [request.id],
    );
    const objects: IntellectualObjectRow[] = await manager.query(
      `SELECT o.* FROM deletion_requests_intellectual_objects j JOIN intellectual_objects o ON o.id = j.intellectual_object_id
       WHERE j.deletion_request_id = $1 ORDER BY o.id`,
      [request.id],
    );
    const workItems: WorkItemRow[] = await manager.query(`SELECT * FROM work_items WHERE deletion_request_id = $1 ORDER BY id`, [request.id]);
    const user = (id: number | null) => (id === null ? null : (users.find((u) => u.id === id) ?? null));
    return {
      request,
      requestedBy: user(request.requested_by_id),
      confirmedBy: user(request.confirmed_by_id),
      cancelledBy: user(request.cancelled_by_id),
      files,
      objects,
      workItems,
    };
  }
}
