import type { Timestamp } from '../../../shared/time/timestamp.js';

/** A row of `premis_events_view`, as PostgreSQL returns it (NULLs included). */
export interface PremisEventViewRow {
  readonly id: number;
  readonly identifier: string | null;
  readonly institution_id: number | null;
  readonly institution_name: string | null;
  readonly intellectual_object_id: number | null;
  readonly intellectual_object_identifier: string | null;
  /** NULL for an object-level event. */
  readonly generic_file_id: number | null;
  readonly generic_file_identifier: string | null;
  readonly event_type: string | null;
  readonly date_time: Timestamp | null;
  readonly detail: string | null;
  readonly outcome: string | null;
  readonly outcome_detail: string | null;
  readonly outcome_information: string | null;
  readonly object: string | null;
  readonly agent: string | null;
  readonly created_at: Timestamp;
  readonly updated_at: Timestamp;
  readonly old_uuid: string | null;
}
