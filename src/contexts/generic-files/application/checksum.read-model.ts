import type { Timestamp } from '../../../shared/time/timestamp.js';

/** A row of `checksums_view`: a checksum with its file's state, identifier, object and institution. */
export interface ChecksumViewRow {
  readonly id: number;
  readonly algorithm: string | null;
  readonly datetime: Timestamp | null;
  readonly digest: string | null;
  readonly state: string | null;
  readonly generic_file_identifier: string | null;
  readonly generic_file_id: number | null;
  readonly intellectual_object_id: number | null;
  readonly institution_id: number | null;
  readonly created_at: Timestamp;
  readonly updated_at: Timestamp;
}

/** A row of the `checksums` table. */
export interface ChecksumRow {
  readonly id: number;
  readonly algorithm: string | null;
  readonly datetime: Timestamp | null;
  readonly digest: string | null;
  readonly generic_file_id: number | null;
  readonly created_at: Timestamp;
  readonly updated_at: Timestamp;
}
