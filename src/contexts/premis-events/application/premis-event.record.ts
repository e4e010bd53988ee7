import type { Timestamp } from '../../../shared/time/timestamp.js';
import type { PremisEventFields } from '../domain/premis-event.js';

/** A row of the `premis_events` table, as PostgreSQL returns it. */
export interface PremisEventRow {
  readonly id: number;
  readonly identifier: string | null;
  readonly event_type: string | null;
  readonly date_time: Timestamp | null;
  readonly outcome_detail: string | null;
  readonly detail: string | null;
  readonly outcome_information: string | null;
  readonly object: string | null;
  readonly agent: string | null;
  readonly intellectual_object_id: number | null;
  /** NULL for an object-level event. */
  readonly generic_file_id: number | null;
  readonly created_at: Timestamp;
  readonly updated_at: Timestamp;
  readonly outcome: string | null;
  readonly institution_id: number | null;
  readonly old_uuid: string | null;
}

/** An event to insert. Events are insert-only; `updated_at` is always the time of the insert. */
export interface NewPremisEvent extends PremisEventFields {
  readonly oldUuid?: string | null;
  /** Kept when the client sent one; otherwise the time of the insert. */
  readonly createdAt?: Timestamp | null;
}
