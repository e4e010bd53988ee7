import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ChecksumRow } from '../../application/checksum.read-model.js';
import type { ChecksumWrite } from '../../application/generic-file.record.js';
import { NOW_UTC, pgTimestampParam } from '../../../../shared/persistence/sql-time.js';

/** Inserts into `checksums` (insert-only), in the caller's transaction. */
@Injectable()
export class ChecksumRepository {
  /** One statement however many checksums; the rows come back in the order of `checksums`. */
  async insertMany(manager: EntityManager, checksums: readonly ChecksumWrite[]): Promise<ChecksumRow[]> {
    if (checksums.length === 0) return [];
    const rows: ChecksumRow[] = await manager.query(
      `INSERT INTO checksums (algorithm, datetime, digest, generic_file_id, created_at, updated_at)
       SELECT c.algorithm, c.datetime, c.digest, c.generic_file_id, COALESCE(c.created_at, ${NOW_UTC}), ${NOW_UTC}
       FROM unnest($1::varchar[], $2::timestamp[], $3::varchar[], $4::int4[], $5::timestamp[])
         WITH ORDINALITY AS c(algorithm, datetime, digest, generic_file_id, created_at, ord)
       ORDER BY c.ord
       RETURNING *`,
      [
        checksums.map((c) => c.algorithm),
        checksums.map((c) => pgTimestampParam(c.dateTime)),
        checksums.map((c) => c.digest),
        checksums.map((c) => c.genericFileId),
        checksums.map((c) => pgTimestampParam(c.createdAt)),
      ],
    );
    return rows.sort((a, b) => a.id - b.id);
  }
}
