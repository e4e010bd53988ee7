import type { Timestamp } from '../../../shared/time/timestamp.js';

export interface GenericFileFields {
  readonly fileFormat: string | null;
  readonly size: number | null;
  /** Convention (not enforced, as in the reference): `<object identifier>/<path in bag>`. */
  readonly identifier: string | null;
  readonly intellectualObjectId: number | null;
  readonly state: string | null;
  readonly institutionId: number | null;
  readonly storageOption: string | null;
  /** The storage key of the file in the preservation buckets. */
  readonly uuid: string | null;
}

/** The stored-row facts the update and deletion rules compare against. */
export interface StoredGenericFile {
  readonly id: number;
  readonly institutionId: number | null;
  readonly intellectualObjectId: number | null;
  readonly identifier: string | null;
  readonly state: string | null;
  readonly storageOption: string | null;
  readonly createdAt: Timestamp;
}
