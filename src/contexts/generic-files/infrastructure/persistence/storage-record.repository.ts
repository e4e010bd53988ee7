import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StorageRecordWrite } from '../../application/generic-file.record.js';
import type { StorageRecordRow } from '../../application/storage-record.read-model.js';

/** Writes of `storage_records`, in the caller's transaction. */
@Injectable()
export class StorageRecordRepository {
  /** One statement however many records; the rows come back in the order of `records`. */
  async insertMany(manager: EntityManager, records: readonly StorageRecordWrite[]): Promise<StorageRecordRow[]> {
    if (records.length === 0) return [];
    const rows: StorageRecordRow[] = await manager.query(
      `INSERT INTO storage_records (generic_file_id, url)
       SELECT s.generic_file_id, s.url
       FROM unnest($1::int4[], $2::varchar[]) WITH ORDINALITY AS s(generic_file_id, url, ord)
       ORDER BY s.ord
       RETURNING *`,
      [records.map((r) => r.genericFileId), records.map((r) => r.url)],
    );
    return rows.sort((a, b) => a.id - b.id);
  }

  /** Hard delete: a deleted file keeps no storage records. Returns how many were deleted. */
  async deleteForFile(manager: EntityManager, fileId: number): Promise<number> {
    const [, affected] = await manager.query(`DELETE FROM storage_records WHERE generic_file_id = $1`, [fileId]);
    return affected;
  }
}
