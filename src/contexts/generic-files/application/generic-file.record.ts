import type { Timestamp } from '../../../shared/time/timestamp.js';
import type { NewPremisEvent } from '../../premis-events/index.js';
import type { ChecksumFields } from '../domain/checksum.js';
import type { GenericFileFields } from '../domain/generic-file.js';
import type { StorageRecordFields } from '../domain/storage-record.js';

/** What a file create or update writes to `generic_files`. */
export interface GenericFileWrite extends GenericFileFields {
  /** Null: the column default (2000-01-01) on create, the stored value on update. */
  readonly lastFixityCheck: Timestamp | null;
  readonly modTime: Timestamp | null;
  /** Kept on create when set; an update keeps the stored value. */
  readonly createdAt: Timestamp | null;
}

export interface ChecksumWrite extends ChecksumFields {
  readonly createdAt?: Timestamp | null;
}

export type StorageRecordWrite = StorageRecordFields;

/** A child as it arrived nested in a file body: those with an id are skipped, the others inserted. */
export type Submitted<T> = T & { readonly id: number | null };

/** One GenericFile body of a create, batch create or update, with its nested children as sent. */
export interface FileSubmission {
  /** The body's id: 0 on create. */
  readonly id: number;
  readonly file: GenericFileWrite;
  readonly checksums: readonly Submitted<ChecksumWrite>[];
  readonly storageRecords: readonly Submitted<StorageRecordWrite>[];
  readonly events: readonly Submitted<NewPremisEvent>[];
}
