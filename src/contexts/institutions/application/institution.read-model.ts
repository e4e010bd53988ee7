import type { Timestamp } from '../../../shared/time/timestamp.js';

/** A row of `institutions_view`. */
export interface InstitutionViewRow {
  readonly id: number;
  readonly name: string | null;
  readonly identifier: string | null;
  readonly state: string | null;
  readonly type: string | null;
  readonly deactivated_at: Timestamp | null;
  readonly otp_enabled: boolean | null;
  readonly receiving_bucket: string;
  readonly restore_bucket: string;
  readonly spot_restore_frequency: number;
  readonly last_spot_restore_work_item_id: number | null;
  readonly created_at: Timestamp;
  readonly updated_at: Timestamp;
  readonly parent_id: number | null;
  readonly parent_name: string | null;
  readonly parent_identifier: string | null;
  readonly parent_state: string | null;
  readonly parent_deactivated_at: Timestamp | null;
}
