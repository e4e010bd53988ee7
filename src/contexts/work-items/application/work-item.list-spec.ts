import { defineListSpec } from '../../../shared/listing/index.js';

/**
 * Filters and sorts of the work-item lists (api.md §4.6), over `work_items_view wi`.
 * The reference advertises `sort=identifier`, which is not a column of the view: it is left out (400).
 */
export const workItemListSpec = defineListSpec({
  fields: {
    id: { column: 'wi.id', type: 'integer', sortable: true },
    name: { column: 'wi.name', type: 'string', filters: ['eq'], sortable: true },
    etag: { column: 'wi.etag', type: 'string', filters: ['eq'], sortable: true },
    institution_id: { column: 'wi.institution_id', type: 'integer', filters: ['eq'], sortable: true },
    institution_name: { column: 'wi.institution_name', type: 'string', sortable: true },
    institution_identifier: { column: 'wi.institution_identifier', type: 'string', sortable: true },
    intellectual_object_id: { column: 'wi.intellectual_object_id', type: 'integer', filters: ['eq', 'is_null'], sortable: true },
    object_identifier: { column: 'wi.object_identifier', type: 'string', filters: ['eq'], sortable: true },
    alt_identifier: { column: 'wi.alt_identifier', type: 'string', filters: ['eq'], sortable: true },
    bag_group_identifier: { column: 'wi.bag_group_identifier', type: 'string', filters: ['eq'], sortable: true },
    storage_option: { column: 'wi.storage_option', type: 'string', filters: ['eq'], sortable: true },
    bagit_profile_identifier: { column: 'wi.bagit_profile_identifier', type: 'string', filters: ['eq'], sortable: true },
    source_organization: { column: 'wi.source_organization', type: 'string', sortable: true },
    internal_sender_identifier: { column: 'wi.internal_sender_identifier', type: 'string', sortable: true },
    generic_file_id: { column: 'wi.generic_file_id', type: 'integer', filters: ['eq', 'is_null'], sortable: true },
    generic_file_identifier: { column: 'wi.generic_file_identifier', type: 'string', filters: ['eq'], sortable: true },
    bucket: { column: 'wi.bucket', type: 'string', filters: ['eq'], sortable: true },
    // A reserved word in PostgreSQL: unquoted, `user` would mean CURRENT_USER (the reference's bug).
    user: { column: 'wi."user"', type: 'string', filters: ['eq'], sortable: true },
    note: { column: 'wi.note', type: 'string', sortable: true },
    action: { column: 'wi.action', type: 'string', filters: ['eq', 'in'], sortable: true },
    stage: { column: 'wi.stage', type: 'string', filters: ['eq', 'in'], sortable: true },
    status: { column: 'wi.status', type: 'string', filters: ['eq', 'in'], sortable: true },
    outcome: { column: 'wi.outcome', type: 'string', sortable: true },
    bag_date: { column: 'wi.bag_date', type: 'timestamp', filters: ['gteq', 'lteq'], sortable: true },
    date_processed: { column: 'wi.date_processed', type: 'timestamp', filters: ['gteq', 'lteq'], sortable: true },
    retry: { column: 'wi.retry', type: 'boolean', filters: ['eq'], sortable: true },
    node: { column: 'wi.node', type: 'string', filters: ['is_null', 'not_null'], sortable: true },
    pid: { column: 'wi.pid', type: 'integer', sortable: true },
    needs_admin_review: { column: 'wi.needs_admin_review', type: 'boolean', filters: ['eq'], sortable: true },
    queued_at: { column: 'wi.queued_at', type: 'timestamp', filters: ['is_null', 'not_null'], sortable: true },
    size: { column: 'wi.size', type: 'integer', filters: ['gteq', 'lteq'], sortable: true },
    stage_started_at: { column: 'wi.stage_started_at', type: 'timestamp', sortable: true },
    aptrust_approver: { column: 'wi.aptrust_approver', type: 'string', sortable: true },
    inst_approver: { column: 'wi.inst_approver', type: 'string', sortable: true },
    deletion_request_id: { column: 'wi.deletion_request_id', type: 'integer', sortable: true },
    created_at: { column: 'wi.created_at', type: 'timestamp', sortable: true },
    updated_at: { column: 'wi.updated_at', type: 'timestamp', sortable: true },
  },
  defaultSort: 'updated_at__desc',
  tiebreaker: 'wi.id',
  // The view has one row per work_items row, so the table's counter counts it.
  counter: { name: 'work_items', institution_id: 'institution_id', dim_a: 'action', dim_b: 'status' },
});
