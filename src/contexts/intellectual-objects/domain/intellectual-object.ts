import type { Timestamp } from '../../../shared/time/timestamp.js';

export interface IntellectualObjectFields {
  readonly title: string | null;
  readonly description: string | null;
  /** Convention (not enforced, as in the reference): `<institution identifier>/<bag name>`. */
  readonly identifier: string | null;
  readonly altIdentifier: string | null;
  readonly access: string | null;
  readonly bagName: string | null;
  readonly institutionId: number | null;
  readonly state: string | null;
  readonly etag: string | null;
  readonly bagGroupIdentifier: string | null;
  readonly storageOption: string | null;
  readonly bagitProfileIdentifier: string | null;
  readonly sourceOrganization: string | null;
  readonly internalSenderIdentifier: string | null;
  readonly internalSenderDescription: string | null;
}

/** The stored-row facts the update rules compare against. */
export interface StoredIntellectualObject {
  readonly id: number;
  readonly institutionId: number | null;
  readonly identifier: string | null;
  readonly state: string | null;
  readonly storageOption: string | null;
  readonly createdAt: Timestamp;
}
