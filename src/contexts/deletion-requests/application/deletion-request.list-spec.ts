import { defineListSpec } from '../../../shared/listing/index.js';

/**
 * Filters and sorts of the deletion-request lists (api.md §4.6), over `deletion_requests_view dr`.
 * The reference also allows `stage` and `status`, which the view lacks (they crash there); they are left out, so 400.
 */
export const deletionRequestListSpec = defineListSpec({
  fields: {
    id: { column: 'dr.id', type: 'integer', sortable: true },
    institution_id: { column: 'dr.institution_id', type: 'integer', filters: ['eq'], sortable: true },
    institution_name: { column: 'dr.institution_name', type: 'string', sortable: true },
    institution_identifier: { column: 'dr.institution_identifier', type: 'string', sortable: true },
    requested_by_id: { column: 'dr.requested_by_id', type: 'integer', sortable: true },
    requested_by_name: { column: 'dr.requested_by_name', type: 'string', sortable: true },
    requested_by_email: { column: 'dr.requested_by_email', type: 'string', sortable: true },
    requested_at: { column: 'dr.requested_at', type: 'timestamp', filters: ['gteq', 'lteq'], sortable: true },
    confirmed_by_id: { column: 'dr.confirmed_by_id', type: 'integer', sortable: true },
    confirmed_by_name: { column: 'dr.confirmed_by_name', type: 'string', sortable: true },
    confirmed_by_email: { column: 'dr.confirmed_by_email', type: 'string', sortable: true },
    confirmed_at: { column: 'dr.confirmed_at', type: 'timestamp', sortable: true },
    cancelled_by_id: { column: 'dr.cancelled_by_id', type: 'integer', sortable: true },
    cancelled_by_name: { column: 'dr.cancelled_by_name', type: 'string', sortable: true },
    cancelled_by_email: { column: 'dr.cancelled_by_email', type: 'string', sortable: true },
    cancelled_at: { column: 'dr.cancelled_at', type: 'timestamp', sortable: true },
    file_count: { column: 'dr.file_count', type: 'integer', sortable: true },
    object_count: { column: 'dr.object_count', type: 'integer', sortable: true },
  },
  defaultSort: 'requested_at__desc',
  tiebreaker: 'dr.id',
});
