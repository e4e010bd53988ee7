import type { Timestamp } from '../../../shared/time/timestamp.js';

/**
 * A row of `alerts_view`, as PostgreSQL returns it (NULLs included): one row per alert and
 * recipient; an alert without recipients appears once with NULL recipient columns.
 */
export interface AlertViewRow {
  readonly id: number;
  readonly institution_id: number | null;
  readonly institution_name: string | null;
  readonly institution_identifier: string | null;
  readonly type: string;
  readonly subject: string;
  readonly content: string;
  readonly deletion_request_id: number | null;
  readonly created_at: Timestamp;
  readonly user_id: number | null;
  readonly user_name: string | null;
  readonly user_email: string | null;
  readonly sent_at: Timestamp | null;
  readonly read_at: Timestamp | null;
}
