import type { Timestamp } from '../../../shared/time/timestamp.js';

/** A row of `intellectual_objects_view`, as PostgreSQL returns it (NULLs included). */
export interface IntellectualObjectViewRow {
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
  readonly institution_name: string | null;
  readonly institution_identifier: string | null;
  readonly institution_type: string | null;
  readonly institution_parent_id: number | null;
  readonly file_count: number | null;
  readonly size: number | null;
  readonly payload_file_count: number | null;
  readonly payload_size: number | null;
}
