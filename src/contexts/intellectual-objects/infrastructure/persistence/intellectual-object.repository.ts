import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { toPgTimestamp } from '../../../../shared/time/timestamp.js';
import type { IntellectualObjectRow, IntellectualObjectWrite } from '../../application/intellectual-object.record.js';
import { NOW_UTC } from '../../../../shared/persistence/sql-time.js';

const COLUMNS = [
  'title', 'description', 'identifier', 'alt_identifier', 'access', 'bag_name', 'institution_id', 'state', 'etag', 'bag_group_identifier',
  'storage_option', 'bagit_profile_identifier', 'source_organization', 'internal_sender_identifier', 'internal_sender_description',
] as const;

const values = (o: IntellectualObjectWrite) => [
  o.title, o.description, o.identifier, o.altIdentifier, o.access, o.bagName, o.institutionId, o.state, o.etag, o.bagGroupIdentifier,
  o.storageOption, o.bagitProfileIdentifier, o.sourceOrganization, o.internalSenderIdentifier, o.internalSenderDescription,
];

/** Writes of the `intellectual_objects` table. Callers pass the transaction's manager when there is one. */
@Injectable()
export class IntellectualObjectRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: number, manager: EntityManager = this.dataSource.manager, options: { lock?: boolean } = {}): Promise<IntellectualObjectRow | null> {
    const rows = await manager.query(`SELECT * FROM intellectual_objects WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0] ?? null;
  }

  async insert(object: IntellectualObjectWrite, manager: EntityManager = this.dataSource.manager): Promise<IntellectualObjectRow> {
    const params = [...values(object), object.createdAt ? toPgTimestamp(object.createdAt) : null];
    const placeholders = COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
    const rows = await manager.query(
      `INSERT INTO intellectual_objects (${COLUMNS.join(', ')}, created_at, updated_at)
       VALUES (${placeholders}, COALESCE($${COLUMNS.length + 1}::timestamp, ${NOW_UTC}), ${NOW_UTC}) RETURNING *`,
      params,
    );
    return rows[0];
  }

  /** Overwrites every column (a full-record update, as the admin API defines it). */
  async update(id: number, object: IntellectualObjectWrite, manager: EntityManager = this.dataSource.manager): Promise<IntellectualObjectRow> {
    const assignments = COLUMNS.map((column, i) => `${column} = $${i + 2}`).join(', ');
    const rows = await manager.query(
      `UPDATE intellectual_objects SET ${assignments}, updated_at = ${NOW_UTC} WHERE id = $1 RETURNING *`,
      [id, ...values(object)],
    );
    return rows[0][0];
  }

  /** The soft delete: state D, updated_at now, and the default BagIt profile when the object has none. */
  async markDeleted(id: number, defaultProfile: string, manager: EntityManager): Promise<IntellectualObjectRow> {
    const [rows] = await manager.query(
      `UPDATE intellectual_objects SET state = 'D', updated_at = ${NOW_UTC}, bagit_profile_identifier = COALESCE(NULLIF(bagit_profile_identifier, ''), $2)
       WHERE id = $1 RETURNING *`,
      [id, defaultProfile],
    );
    return rows[0];
  }
}
