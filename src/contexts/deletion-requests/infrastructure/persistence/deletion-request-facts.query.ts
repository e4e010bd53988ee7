import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Timestamp } from '../../../../shared/time/timestamp.js';
import type { ObjectForNewItem } from '../../../work-items/index.js';

/** A user as deletion requests check them. */
export interface DeletionParticipant {
  readonly id: number;
  readonly name: string | null;
  readonly email: string | null;
  readonly institutionId: number | null;
  readonly role: string | null;
  readonly deactivatedAt: Timestamp | null;
}

/** An object of a request, as its Delete work item copies it. */
export interface DeletionTargetObject {
  readonly object: ObjectForNewItem;
  readonly receivingBucket: string;
}

export interface DeletionTargetFile {
  readonly id: number;
  readonly size: number | null;
  readonly intellectualObjectId: number | null;
}

/** What deletion-request saves and approvals check, read in the caller's transaction. */
@Injectable()
export class DeletionRequestFactsQuery {
  async user(manager: EntityManager, id: number | null): Promise<DeletionParticipant | null> {
    if (id === null) return null;
    const rows: { id: number; name: string | null; email: string | null; institution_id: number | null; role: string | null; deactivated_at: Timestamp | null }[] =
      await manager.query('SELECT id, name, email, institution_id, role, deactivated_at FROM users WHERE id = $1', [id]);
    const row = rows[0];
    return row ? { id: row.id, name: row.name, email: row.email, institutionId: row.institution_id, role: row.role, deactivatedAt: row.deactivated_at } : null;
  }

  async activeInstitutionalAdminCount(manager: EntityManager, institutionId: number): Promise<number> {
    const [{ n }]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM users WHERE institution_id = $1 AND role = 'institutional_admin' AND deactivated_at IS NULL`,
      [institutionId],
    );
    return n;
  }

  async objectInstitutionIds(manager: EntityManager, ids: readonly number[]): Promise<(number | null)[]> {
    if (ids.length === 0) return [];
    const rows: { institution_id: number | null }[] = await manager.query('SELECT institution_id FROM intellectual_objects WHERE id = ANY($1::int[])', [ids]);
    return rows.map((r) => r.institution_id);
  }

  async fileInstitutionIds(manager: EntityManager, ids: readonly number[]): Promise<(number | null)[]> {
    if (ids.length === 0) return [];
    const rows: { institution_id: number | null }[] = await manager.query('SELECT institution_id FROM generic_files WHERE id = ANY($1::int[])', [ids]);
    return rows.map((r) => r.institution_id);
  }

  /** How many of `ids` (duplicates counted once) are active objects of the institution. */
  async deletableObjectCount(manager: EntityManager, institutionId: number, ids: readonly number[]): Promise<number> {
    if (ids.length === 0) return 0;
    const [{ n }]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM intellectual_objects WHERE id = ANY($1::int[]) AND institution_id = $2 AND state = 'A'`,
      [ids, institutionId],
    );
    return n;
  }

  /** The distinct statuses of the work items of these objects. */
  async workStatusesOfObjects(manager: EntityManager, ids: readonly number[]): Promise<(string | null)[]> {
    if (ids.length === 0) return [];
    const rows: { status: string | null }[] = await manager.query('SELECT DISTINCT status FROM work_items WHERE intellectual_object_id = ANY($1::int[])', [ids]);
    return rows.map((r) => r.status);
  }

  /** The objects (by id) as new work items copy them: current size of active files, receiving bucket of the institution. */
  async targetObjects(manager: EntityManager, ids: readonly number[]): Promise<DeletionTargetObject[]> {
    if (ids.length === 0) return [];
    const rows: {
      id: number; institution_id: number; bag_name: string | null; etag: string | null; created_at: Timestamp; storage_option: string | null;
      size: number | null; receiving_bucket: string;
    }[] = await manager.query(
      `SELECT o.id, o.institution_id, o.bag_name, o.etag, o.created_at, o.storage_option, i.receiving_bucket,
         (SELECT sum(f.size) FROM generic_files f WHERE f.intellectual_object_id = o.id AND f.state = 'A') AS size
       FROM intellectual_objects o JOIN institutions i ON i.id = o.institution_id WHERE o.id = ANY($1::int[]) ORDER BY o.id`,
      [ids],
    );
    return rows.map((row) => ({
      object: {
        id: row.id, institutionId: row.institution_id, bagName: row.bag_name, etag: row.etag, createdAt: row.created_at,
        storageOption: row.storage_option, size: row.size,
      },
      receivingBucket: row.receiving_bucket,
    }));
  }

  async targetFiles(manager: EntityManager, ids: readonly number[]): Promise<DeletionTargetFile[]> {
    if (ids.length === 0) return [];
    const rows: { id: number; size: number | null; intellectual_object_id: number | null }[] = await manager.query(
      'SELECT id, size, intellectual_object_id FROM generic_files WHERE id = ANY($1::int[]) ORDER BY id',
      [ids],
    );
    return rows.map((r) => ({ id: r.id, size: r.size, intellectualObjectId: r.intellectual_object_id }));
  }

  /** The object, locked until the transaction ends, with the statuses of the work on its bag (its institution's items of that name). */
  async lockObjectForRequest(manager: EntityManager, id: number): Promise<RequestTarget | null> {
    const rows: RequestTargetRow[] = await manager.query(
      'SELECT id, institution_id, bag_name, state, created_at, storage_option FROM intellectual_objects WHERE id = $1 FOR UPDATE',
      [id],
    );
    const row = rows[0];
    return row ? { ...toTarget(row), workStatuses: await this.bagStatuses(manager, row.institution_id, row.bag_name) } : null;
  }

  /** The file, locked until the transaction ends, with the statuses of its own work and of the work on its object's bag. */
  async lockFileForRequest(manager: EntityManager, id: number): Promise<(RequestTarget & { readonly objectId: number | null }) | null> {
    const rows: (RequestTargetRow & { intellectual_object_id: number | null; object_bag_name: string | null; object_institution_id: number | null })[] =
      await manager.query(
        `SELECT f.id, f.institution_id, NULL AS bag_name, f.state, f.created_at, f.storage_option, f.intellectual_object_id,
                o.bag_name AS object_bag_name, o.institution_id AS object_institution_id
         FROM generic_files f LEFT JOIN intellectual_objects o ON o.id = f.intellectual_object_id WHERE f.id = $1 FOR UPDATE OF f`,
        [id],
      );
    const row = rows[0];
    if (!row) return null;
    const own: { status: string | null }[] = await manager.query('SELECT DISTINCT status FROM work_items WHERE generic_file_id = $1', [id]);
    const objectStatuses = row.object_institution_id === null ? [] : await this.bagStatuses(manager, row.object_institution_id, row.object_bag_name);
    return { ...toTarget(row), objectId: row.intellectual_object_id, workStatuses: [...own.map((r) => r.status), ...objectStatuses] };
  }

  private async bagStatuses(manager: EntityManager, institutionId: number | null, bagName: string | null): Promise<(string | null)[]> {
    const rows: { status: string | null }[] = await manager.query(
      'SELECT DISTINCT status FROM work_items WHERE institution_id = $1 AND name = $2',
      [institutionId, bagName ?? ''],
    );
    return rows.map((r) => r.status);
  }
}

interface RequestTargetRow {
  readonly id: number;
  readonly institution_id: number | null;
  readonly bag_name: string | null;
  readonly state: string | null;
  readonly created_at: Timestamp;
  readonly storage_option: string | null;
}

/** An object or file someone asks to delete. */
export interface RequestTarget {
  readonly id: number;
  readonly institutionId: number | null;
  readonly state: string | null;
  readonly createdAt: Timestamp;
  readonly storageOption: string | null;
  readonly workStatuses: readonly (string | null)[];
}

const toTarget = (row: RequestTargetRow): Omit<RequestTarget, 'workStatuses'> => ({
  id: row.id, institutionId: row.institution_id, state: row.state, createdAt: row.created_at, storageOption: row.storage_option,
});
