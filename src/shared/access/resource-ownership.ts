import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceType } from './resource-type.js';

export interface LocatedResource {
  readonly type: ResourceType;
  readonly id: number;
  /** The institution that owns the record (null only for records without one). */
  readonly institutionId: number | null;
}

interface OwnershipQuery {
  readonly byId: string;
  /** For types whose routes also accept an identifier in place of the id. */
  readonly byIdentifier?: string;
}

const OWNERSHIP: Readonly<Record<Exclude<ResourceType, 'Institution'>, OwnershipQuery>> = {
  Alert: { byId: 'SELECT id, institution_id FROM alerts WHERE id = $1::bigint' },
  Checksum: { byId: 'SELECT c.id, f.institution_id FROM checksums c LEFT JOIN generic_files f ON f.id = c.generic_file_id WHERE c.id = $1::bigint' },
  DeletionRequest: { byId: 'SELECT id, institution_id FROM deletion_requests WHERE id = $1::bigint' },
  GenericFile: {
    byId: 'SELECT id, institution_id FROM generic_files WHERE id = $1::bigint',
    byIdentifier: 'SELECT id, institution_id FROM generic_files WHERE identifier = $1',
  },
  IntellectualObject: {
    byId: 'SELECT id, institution_id FROM intellectual_objects WHERE id = $1::bigint',
    byIdentifier: 'SELECT id, institution_id FROM intellectual_objects WHERE identifier = $1',
  },
  PremisEvent: {
    byId: 'SELECT id, institution_id FROM premis_events WHERE id = $1::bigint',
    byIdentifier: 'SELECT id, institution_id FROM premis_events WHERE identifier = $1',
  },
  StorageRecord: { byId: 'SELECT s.id, f.institution_id FROM storage_records s LEFT JOIN generic_files f ON f.id = s.generic_file_id WHERE s.id = $1::bigint' },
  User: { byId: 'SELECT id, institution_id FROM users WHERE id = $1::bigint' },
  WorkItem: { byId: 'SELECT id, institution_id FROM work_items WHERE id = $1::bigint' },
};

export type OwnershipLookup = LocatedResource | 'not-found' | 'identifier-not-supported';

/** Finds the record a route addresses by id or identifier, and the institution that owns it. */
@Injectable()
export class ResourceOwnership {
  constructor(private readonly dataSource: DataSource) {}

  async locate(type: ResourceType, key: string): Promise<OwnershipLookup> {
    // Up to 18 digits always fits int8; longer digit strings are identifiers (and then not found).
    const numericId = /^\d{1,18}$/.test(key) ? Number(key) : null;
    if (type === 'Institution') return this.locateInstitution(numericId, key);
    const query = OWNERSHIP[type];
    if (numericId !== null) return this.first(type, query.byId, key);
    if (!query.byIdentifier) return 'identifier-not-supported';
    return this.first(type, query.byIdentifier, key);
  }

  /** Institutions own themselves; as in the reference, a numeric id is taken as it is (the route reports a missing one). */
  private async locateInstitution(numericId: number | null, identifier: string): Promise<OwnershipLookup> {
    if (numericId !== null) return { type: 'Institution', id: numericId, institutionId: numericId };
    return this.first('Institution', 'SELECT id, id AS institution_id FROM institutions WHERE identifier = $1', identifier);
  }

  private async first(type: ResourceType, sql: string, value: string | number): Promise<OwnershipLookup> {
    const rows: { id: number; institution_id: number | null }[] = await this.dataSource.query(sql, [value]);
    return rows.length === 0 ? 'not-found' : { type, id: rows[0].id, institutionId: rows[0].institution_id };
  }
}
