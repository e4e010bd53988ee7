import type { Timestamp } from '../../../shared/time/timestamp.js';
import type { IntellectualObjectFields } from '../domain/intellectual-object.js';

/** A row of the `intellectual_objects` table, as PostgreSQL returns it. */
export interface IntellectualObjectRow {
  readonly id: number;
  readonly title: string | null;
  readonly description: string | null;
  readonly identifier: string | null;
  readonly alt_identifier: string | null;
  readonly access: string | null;
  readonly bag_name: string | null;
  readonly institution_id: number | null;
  readonly created_at: Timestamp;
  readonly updated_at: Timestamp;
  readonly state: string | null;
  readonly etag: string | null;
  readonly bag_group_identifier: string | null;
  readonly storage_option: string;
  readonly bagit_profile_identifier: string | null;
  readonly source_organization: string | null;
  readonly internal_sender_identifier: string | null;
  readonly internal_sender_description: string | null;
}

/** What a create or update writes. */
export interface IntellectualObjectWrite extends IntellectualObjectFields {
  readonly createdAt: Timestamp | null;
}
