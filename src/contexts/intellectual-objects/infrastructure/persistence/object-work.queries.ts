import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ObjectForNewItem } from '../../../work-items/index.js';

export interface NewItemObjectFacts {
  readonly object: ObjectForNewItem;
  /** The receiving bucket of the object's institution. */
  readonly receivingBucket: string;
}

/** What restore and delete work items need to know about an object, read in the caller's transaction. */
@Injectable()
export class ObjectWorkQueries {
  /** Distinct statuses of the work items of an institution named `name` (how pending work on a bag is found). */
  async statusesOfBag(manager: EntityManager, institutionId: number, name: string): Promise<(string | null)[]> {
    const rows: { status: string | null }[] = await manager.query(
      'SELECT DISTINCT status FROM work_items WHERE institution_id = $1 AND name = $2',
      [institutionId, name],
    );
    return rows.map((r) => r.status);
  }

  /** The object as a new work item copies it, with its current size (active files) and its institution's receiving bucket. */
  async newItemFacts(manager: EntityManager, objectId: number): Promise<NewItemObjectFacts | null> {
    const rows: {
      id: number; institution_id: number; bag_name: string | null; etag: string | null; created_at: string; storage_option: string | null;
      size: number | null; receiving_bucket: string;
    }[] = await manager.query(
      `SELECT o.id, o.institution_id, o.bag_name, o.etag, o.created_at, o.storage_option, i.receiving_bucket,
         (SELECT sum(f.size) FROM generic_files f WHERE f.intellectual_object_id = o.id AND f.state = 'A') AS size
       FROM intellectual_objects o JOIN institutions i ON i.id = o.institution_id WHERE o.id = $1`,
      [objectId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      object: {
        id: row.id, institutionId: row.institution_id, bagName: row.bag_name, etag: row.etag, createdAt: row.created_at,
        storageOption: row.storage_option, size: row.size,
      },
      receivingBucket: row.receiving_bucket,
    };
  }
}
