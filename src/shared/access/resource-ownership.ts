import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PreparedStatement } from '../persistence/prepared-statement.js';
import type { ResourceType } from './resource-type.js';

export interface LocatedResource {
  readonly type: ResourceType;
  readonly id: number;
  /** The institution that owns the record; null for records without one, and when the route finds the record itself. */
  readonly institutionId: number | null;
  /** The URL's identifier, when the route finds the record itself by identifier (`id` is then 0). */
  readonly identifier?: string;
}

interface OwnershipQuery {
  readonly byId: PreparedStatement<OwnerRow>;
  /** For types whose routes also accept an identifier in place of the id. */
  readonly byIdentifier?: PreparedStatement<OwnerRow>;
}

interface OwnerRow {
  readonly id: number;
  readonly institution_id: number | null;
}

const owner = (name: string, sql: string) => new PreparedStatement<OwnerRow>(`owner_of_${name}`, sql);

const OWNERSHIP: Readonly<Record<Exclude<ResourceType, 'Institution'>, OwnershipQuery>> = {
  Alert: { byId: owner('alert', 'SELECT id, institution_id FROM alerts WHERE id = $1::bigint') },
  Checksum: {
    byId: owner('checksum', 'SELECT c.id, f.institution_id FROM checksums c LEFT JOIN generic_files f ON f.id = c.generic_file_id WHERE c.id = $1::bigint'),
  },
  DeletionRequest: { byId: owner('deletion_request', 'SELECT id, institution_id FROM deletion_requests WHERE id = $1::bigint') },
  GenericFile: {
    byId: owner('generic_file', 'SELECT id, institution_id FROM generic_files WHERE id = $1::bigint'),
    byIdentifier: owner('generic_file_identifier', 'SELECT id, institution_id FROM generic_files WHERE identifier = $1'),
  },
  IntellectualObject: {
    byId: owner('intellectual_object', 'SELECT id, institution_id FROM intellectual_objects WHERE id = $1::bigint'),
    byIdentifier: owner('intellectual_object_identifier', 'SELECT id, institution_id FROM intellectual_objects WHERE identifier = $1'),
  },
  PremisEvent: {
    byId: owner('premis_event', 'SELECT id, institution_id FROM premis_events WHERE id = $1::bigint'),
    byIdentifier: owner('premis_event_identifier', 'SELECT id, institution_id FROM premis_events WHERE identifier = $1'),
  },
  StorageRecord: {
    byId: owner('storage_record', 'SELECT s.id, f.institution_id FROM storage_records s LEFT JOIN generic_files f ON f.id = s.generic_file_id WHERE s.id = $1::bigint'),
  },
  User: { byId: owner('user', 'SELECT id, institution_id FROM users WHERE id = $1::bigint') },
  WorkItem: { byId: owner('work_item', 'SELECT id, institution_id FROM work_items WHERE id = $1::bigint') },
};
const INSTITUTION_BY_IDENTIFIER = owner('institution_identifier', 'SELECT id, id AS institution_id FROM institutions WHERE identifier = $1');

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * The id a key names, parsed as the reference's ParseInt does: an optionally signed integer within
 * int64. Zero and anything else are identifiers, as in the reference (api.md §2.4 step 3).
 */
export function numericIdOf(key: string): number | null {
  if (!/^[+-]?\d{1,19}$/.test(key)) return null;
  const id = BigInt(key);
  return id !== 0n && id >= INT64_MIN && id <= INT64_MAX ? Number(id) : null;
}

export type OwnershipLookup = LocatedResource | 'not-found' | 'identifier-not-supported';

/** Finds the record a route addresses by id or identifier, and the institution that owns it. */
@Injectable()
export class ResourceOwnership {
  constructor(private readonly dataSource: DataSource) {}

  async locate(type: ResourceType, key: string): Promise<OwnershipLookup> {
    const numericId = numericIdOf(key);
    if (type === 'Institution') return this.locateInstitution(numericId, key);
    const query = OWNERSHIP[type];
    if (numericId !== null) return this.first(type, query.byId, key);
    if (!query.byIdentifier) return 'identifier-not-supported';
    return this.first(type, query.byIdentifier, key);
  }

  /** Institutions own themselves; as in the reference, a numeric id is taken as it is (the route reports a missing one). */
  private async locateInstitution(numericId: number | null, identifier: string): Promise<OwnershipLookup> {
    if (numericId !== null) return { type: 'Institution', id: numericId, institutionId: numericId };
    return this.first('Institution', INSTITUTION_BY_IDENTIFIER, identifier);
  }

  private async first(type: ResourceType, statement: PreparedStatement<OwnerRow>, value: string | number): Promise<OwnershipLookup> {
    const row = await statement.first(this.dataSource, [value]);
    return row === undefined ? 'not-found' : { type, id: row.id, institutionId: row.institution_id };
  }
}
