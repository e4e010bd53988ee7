import type { Timestamp } from '../../../shared/time/timestamp.js';
import type { GenericFileRow } from '../../generic-files/index.js';
import type { IntellectualObjectRow } from '../../intellectual-objects/index.js';
import type { WorkItemRow } from '../../work-items/index.js';

/** A row of the `deletion_requests` table. */
export interface DeletionRequestRow {
  readonly id: number;
  readonly institution_id: number;
  readonly requested_by_id: number;
  readonly requested_at: Timestamp;
  readonly encrypted_confirmation_token: string;
  readonly confirmed_by_id: number | null;
  readonly confirmed_at: Timestamp | null;
  readonly cancelled_by_id: number | null;
  readonly cancelled_at: Timestamp | null;
}

/** The columns of a user that may be shown (api.md §6.17): never passwords, keys, tokens or second-factor secrets. */
export interface DeletionRequestUserRow {
  readonly id: number;
  readonly created_at: Timestamp;
  readonly updated_at: Timestamp;
  readonly name: string | null;
  readonly email: string | null;
  readonly phone_number: string | null;
  readonly reset_password_sent_at: Timestamp | null;
  readonly sign_in_count: number;
  readonly current_sign_in_at: Timestamp | null;
  readonly last_sign_in_at: Timestamp | null;
  readonly current_sign_in_ip: string | null;
  readonly last_sign_in_ip: string | null;
  readonly institution_id: number | null;
  readonly password_changed_at: Timestamp | null;
  readonly otp_required_for_login: boolean | null;
  readonly deactivated_at: Timestamp | null;
  readonly enabled_two_factor: boolean | null;
  readonly confirmed_two_factor: boolean | null;
  readonly last_sign_in_with_authy: Timestamp | null;
  readonly authy_status: string | null;
  readonly email_verified: boolean | null;
  readonly initial_password_updated: boolean | null;
  readonly force_password_update: boolean | null;
  readonly grace_period: Timestamp | null;
  readonly role: string;
}

/** A deletion request with its people, files, objects and work items loaded. */
export interface DeletionRequestDetail {
  readonly request: DeletionRequestRow;
  readonly requestedBy: DeletionRequestUserRow | null;
  readonly confirmedBy: DeletionRequestUserRow | null;
  readonly cancelledBy: DeletionRequestUserRow | null;
  /** By id. */
  readonly files: readonly GenericFileRow[];
  /** By id. */
  readonly objects: readonly IntellectualObjectRow[];
  /** The Delete items made at approval, by id. */
  readonly workItems: readonly WorkItemRow[];
}
