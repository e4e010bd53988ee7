import type { Timestamp } from '../../../shared/time/timestamp.js';

/** A row of `deletion_requests_view`, as PostgreSQL returns it (NULLs included). */
export interface DeletionRequestViewRow {
  readonly id: number;
  readonly institution_id: number;
  readonly institution_name: string | null;
  readonly institution_identifier: string | null;
  readonly requested_by_id: number;
  readonly requested_by_name: string | null;
  readonly requested_by_email: string | null;
  readonly requested_at: Timestamp;
  readonly confirmed_by_id: number | null;
  readonly confirmed_by_name: string | null;
  readonly confirmed_by_email: string | null;
  readonly confirmed_at: Timestamp | null;
  readonly cancelled_by_id: number | null;
  readonly cancelled_by_name: string | null;
  readonly cancelled_by_email: string | null;
  readonly cancelled_at: Timestamp | null;
  readonly file_count: number;
  readonly object_count: number;
}
