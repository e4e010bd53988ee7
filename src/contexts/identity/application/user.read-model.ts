import type { Timestamp } from '../../../shared/time/timestamp.js';

/** A row of `users_view` as the user pages show it. */
export interface UserViewRow {
  readonly id: number;
  readonly name: string | null;
  readonly email: string | null;
  readonly phone_number: string | null;
  readonly role: string;
  readonly institution_id: number | null;
  readonly institution_name: string | null;
  readonly institution_identifier: string | null;
  readonly sign_in_count: number;
  readonly current_sign_in_at: Timestamp | null;
  readonly last_sign_in_at: Timestamp | null;
  readonly current_sign_in_ip: string | null;
  readonly last_sign_in_ip: string | null;
  readonly deactivated_at: Timestamp | null;
  readonly otp_required_for_login: boolean | null;
  readonly grace_period: Timestamp | null;
  readonly enabled_two_factor: boolean | null;
  readonly confirmed_two_factor: boolean | null;
  readonly authy_status: string | null;
  readonly email_verified: boolean | null;
  readonly initial_password_updated: boolean | null;
  readonly force_password_update: boolean | null;
  readonly otp_enabled: boolean | null;
  readonly created_at: Timestamp;
  readonly updated_at: Timestamp;
}

export interface InstitutionOption {
  readonly id: number;
  readonly name: string;
}
