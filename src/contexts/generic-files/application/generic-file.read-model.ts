import type { Timestamp } from '../../../shared/time/timestamp.js';
import type { PremisEventRow } from '../../premis-events/index.js';
import type { ChecksumRow } from './checksum.read-model.js';
import type { StorageRecordRow } from './storage-record.read-model.js';

/** A row of `generic_files_view`, as PostgreSQL returns it (NULLs included). */
export interface GenericFileViewRow {
  readonly id: number;
  readonly file_format: string | null;
  readonly size: number | null;
  readonly identifier: string | null;
  readonly intellectual_object_id: number | null;
  readonly object_identifier: string | null;
  readonly access: string | null;
  readonly state: string | null;
  readonly last_fixity_check: Timestamp;
  readonly institution_id: number;
  readonly institution_name: string | null;
  readonly institution_identifier: string | null;
  readonly storage_option: string;
  readonly uuid: string;
  readonly mod_time: Timestamp | null;
  readonly md5: string | null;
  readonly sha1: string | null;
  readonly sha256: string | null;
  readonly sha512: string | null;
  readonly created_at: Timestamp;
  readonly updated_at: Timestamp;
}

/** A row of the `generic_files` table. */
export interface GenericFileRow {
  readonly id: number;
  readonly file_format: string | null;
  readonly size: number | null;
  readonly identifier: string | null;
  readonly intellectual_object_id: number | null;
  readonly created_at: Timestamp;
  readonly updated_at: Timestamp;
  readonly state: string | null;
  readonly last_fixity_check: Timestamp;
  readonly institution_id: number;
  readonly storage_option: string;
  readonly uuid: string;
  readonly mod_time: Timestamp | null;
}

/** A row of `premis_events`, as it is nested in a full GenericFile. */
export type GenericFilePremisEventRow = PremisEventRow;

/** The relations of a full GenericFile, each in the reference's order. */
export interface GenericFileRelations {
  /** By date_time desc. */
  readonly premis_events: readonly GenericFilePremisEventRow[];
  /** By created_at desc. */
  readonly checksums: readonly ChecksumRow[];
  readonly storage_records: readonly StorageRecordRow[];
}

/** A GenericFile with its relations loaded (member file show, admin file list). */
export type GenericFileWithRelations = GenericFileRow & GenericFileRelations;
