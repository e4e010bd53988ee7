import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ObjectForNewItem } from '../../../work-items/index.js';

export interface FileWorkFacts {
  /** Statuses of the file's own work items. */
  readonly fileStatuses: readonly (string | null)[];
  /** Statuses of the work items on the parent object's bag (institution and bag name, as for objects). */
  readonly objectStatuses: readonly (string | null)[];
}

export interface FileObjectFacts {
  readonly object: ObjectForNewItem;
  readonly receivingBucket: string;
}

/** What a file restoration needs to know, read in the caller's transaction. */
@Injectable()
export class FileWorkQueries {
  async workStatuses(manager: EntityManager, fileId: number): Promise<FileWorkFacts> {
    const rows: { kind: 'file' | 'object'; status: string | null }[] = await manager.query(
      `SELECT DISTINCT 'file' AS kind, w.status FROM work_items w WHERE w.generic_file_id = $1
       UNION
       SELECT DISTINCT 'object' AS kind, w.status
       FROM generic_files f
       JOIN intellectual_objects o ON o.id = f.intellectual_object_id
       JOIN work_items w ON w.institution_id = o.institution_id AND w.name = o.bag_name
       WHERE f.id = $1`,
      [fileId],
    );
    return {
      fileStatuses: rows.filter((r) => r.kind === 'file').map((r) => r.status),
      objectStatuses: rows.filter((r) => r.kind === 'object').map((r) => r.status),
    };
  }

  /** The file's object as a new work item copies it, with its active size and its institution's receiving bucket. */
  async objectOfFile(manager: EntityManager, fileId: number): Promise<FileObjectFacts | null> {
    const rows: {
      id: number; institution_id: number; bag_name: string | null; etag: string | null; created_at: string; storage_option: string | null;
      size: number | null; receiving_bucket: string;
    }[] = await manager.query(
      `SELECT o.id, o.institution_id, o.bag_name, o.etag, o.created_at, o.storage_option, i.receiving_bucket,
         (SELECT sum(a.size) FROM generic_files a WHERE a.intellectual_object_id = o.id AND a.state = 'A') AS size
       FROM generic_files f
       JOIN intellectual_objects o ON o.id = f.intellectual_object_id
       JOIN institutions i ON i.id = o.institution_id
       WHERE f.id = $1`,
      [fileId],
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
