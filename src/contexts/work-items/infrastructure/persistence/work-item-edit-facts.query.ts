import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What the sys-admin edit form needs beyond the item. */
@Injectable()
export class WorkItemEditFacts {
  /** The object of this institution with this identifier and etag: the one a successful ingest created. */
  async ingestedObject(manager: EntityManager, institutionId: number, identifier: string, etag: string | null): Promise<{ id: number; identifier: string } | null> {
    const rows: { id: number; identifier: string }[] = await manager.query(
      `SELECT id, identifier FROM intellectual_objects WHERE institution_id = $1 AND identifier = $2 AND etag IS NOT DISTINCT FROM $3 ORDER BY id DESC LIMIT 1`,
      [institutionId, identifier, etag],
    );
    return rows[0] ?? null;
  }

  async institutionIdentifier(manager: EntityManager, institutionId: number): Promise<string | null> {
    const rows: { identifier: string | null }[] = await manager.query(`SELECT identifier FROM institutions WHERE id = $1`, [institutionId]);
    return rows[0]?.identifier ?? null;
  }
}
