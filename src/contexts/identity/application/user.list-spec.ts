import { defineListSpec } from '../../../shared/listing/index.js';

/**
 * Filters and sorts of the web user list (api.md §4.6), over `users_view uv`. Every field of the
 * reference's UserView JSON sorts; the columns it does not serialize (authy_id, consumed_timestep,
 * remember_created_at) do not.
 */
export const userListSpec = defineListSpec({
  fields: {
    id: { column: 'uv.id', type: 'integer', sortable: true },
    name: { column: 'uv.name', type: 'string', filters: ['contains'], sortable: true },
    email: { column: 'uv.email', type: 'string', filters: ['contains'], sortable: true },
    phone_number: { column: 'uv.phone_number', type: 'string', sortable: true },
    created_at: { column: 'uv.created_at', type: 'timestamp', sortable: true },
    updated_at: { column: 'uv.updated_at', type: 'timestamp', sortable: true },
    reset_password_sent_at: { column: 'uv.reset_password_sent_at', type: 'timestamp', sortable: true },
    sign_in_count: { column: 'uv.sign_in_count', type: 'integer', sortable: true },
    current_sign_in_at: { column: 'uv.current_sign_in_at', type: 'timestamp', sortable: true },
    last_sign_in_at: { column: 'uv.last_sign_in_at', type: 'timestamp', sortable: true },
    current_sign_in_ip: { column: 'uv.current_sign_in_ip', type: 'string', sortable: true },
    last_sign_in_ip: { column: 'uv.last_sign_in_ip', type: 'string', sortable: true },
    institution_id: { column: 'uv.institution_id', type: 'integer', filters: ['eq'], sortable: true },
    password_changed_at: { column: 'uv.password_changed_at', type: 'timestamp', sortable: true },
    otp_required_for_login: { column: 'uv.otp_required_for_login', type: 'boolean', sortable: true },
    deactivated_at: { column: 'uv.deactivated_at', type: 'timestamp', filters: ['is_null', 'not_null'], sortable: true },
    enabled_two_factor: { column: 'uv.enabled_two_factor', type: 'boolean', sortable: true },
    confirmed_two_factor: { column: 'uv.confirmed_two_factor', type: 'boolean', sortable: true },
    last_sign_in_with_authy: { column: 'uv.last_sign_in_with_authy', type: 'timestamp', sortable: true },
    authy_status: { column: 'uv.authy_status', type: 'string', sortable: true },
    email_verified: { column: 'uv.email_verified', type: 'boolean', sortable: true },
    initial_password_updated: { column: 'uv.initial_password_updated', type: 'boolean', sortable: true },
    force_password_update: { column: 'uv.force_password_update', type: 'boolean', sortable: true },
    grace_period: { column: 'uv.grace_period', type: 'timestamp', sortable: true },
    role: { column: 'uv.role', type: 'string', filters: ['eq'], sortable: true },
    institution_name: { column: 'uv.institution_name', type: 'string', sortable: true },
    institution_identifier: { column: 'uv.institution_identifier', type: 'string', sortable: true },
    institution_state: { column: 'uv.institution_state', type: 'string', sortable: true },
    institution_type: { column: 'uv.institution_type', type: 'string', sortable: true },
    member_institution_id: { column: 'uv.member_institution_id', type: 'integer', sortable: true },
    member_institution_name: { column: 'uv.member_institution_name', type: 'string', sortable: true },
    member_institution_identifier: { column: 'uv.member_institution_identifier', type: 'string', sortable: true },
    member_institution_state: { column: 'uv.member_institution_state', type: 'string', sortable: true },
    otp_enabled: { column: 'uv.otp_enabled', type: 'boolean', sortable: true },
    receiving_bucket: { column: 'uv.receiving_bucket', type: 'string', sortable: true },
    restore_bucket: { column: 'uv.restore_bucket', type: 'string', sortable: true },
  },
  defaultSort: 'name__asc',
  tiebreaker: 'uv.id',
});
