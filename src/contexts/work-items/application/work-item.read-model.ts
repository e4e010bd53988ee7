import type { Timestamp } from '../../../shared/time/timestamp.js';

/** A row of `work_items_view`, as PostgreSQL returns it (NULLs included). */
export interface WorkItemViewRow {
  readonly id: number;
  readonly name: string | null;
  readonly etag: string | null;
  readonly institution_id: number | null;
  readonly institution_name: string | null;
  readonly institution_identifier: string | null;
  readonly intellectual_object_id: number | null;
  /** The linked object's columns are NULL for ingests not yet recorded. */
  readonly object_identifier: string | null;
  readonly alt_identifier: string | null;
  readonly bag_group_identifier: string | null;
  readonly storage_option: string | null;
  readonly bagit_profile_identifier: string | null;
  readonly source_organization: string | null;
  readonly internal_sender_identifier: string | null;
  readonly generic_file_id: number | null;
  readonly generic_file_identifier: string | null;
  readonly bucket: string | null;
  readonly user: string | null;
  readonly note: string | null;
  readonly action: string | null;
  readonly stage: string | null;
  readonly status: string | null;
  readonly outcome: string | null;
  readonly bag_date: Timestamp | null;
  readonly date_processed: Timestamp | null;
  readonly retry: boolean | null;
  readonly node: string | null;
  readonly pid: number | null;
  readonly needs_admin_review: boolean | null;
  readonly queued_at: Timestamp | null;
  readonly size: number | null;
  readonly stage_started_at: Timestamp | null;
  readonly aptrust_approver: string | null;
  readonly inst_approver: string | null;
  readonly deletion_request_id: number | null;
  readonly created_at: Timestamp;
  readonly updated_at: Timestamp;
}
