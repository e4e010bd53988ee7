import { defineListSpec } from '../../../shared/listing/index.js';

/** Filters and sorts of the object lists (api.md §4.6), over `intellectual_objects_view io`; every IntellectualObjectView field sorts. */
export const intellectualObjectListSpec = defineListSpec({
  fields: {
    id: { column: 'io.id', type: 'integer', sortable: true },
    title: { column: 'io.title', type: 'string', sortable: true },
    description: { column: 'io.description', type: 'string', sortable: true },
    identifier: { column: 'io.identifier', type: 'string', filters: ['eq', 'starts_with'], sortable: true },
    alt_identifier: { column: 'io.alt_identifier', type: 'string', filters: ['eq', 'starts_with'], sortable: true },
    access: { column: 'io.access', type: 'string', filters: ['eq'], sortable: true },
    bag_name: { column: 'io.bag_name', type: 'string', filters: ['eq'], sortable: true },
    institution_id: { column: 'io.institution_id', type: 'integer', filters: ['eq'], sortable: true },
    created_at: { column: 'io.created_at', type: 'timestamp', filters: ['gteq', 'lteq'], sortable: true },
    updated_at: { column: 'io.updated_at', type: 'timestamp', filters: ['gteq', 'lteq'], sortable: true },
    state: { column: 'io.state', type: 'string', filters: ['eq'], sortable: true },
    etag: { column: 'io.etag', type: 'string', filters: ['eq'], sortable: true },
    bag_group_identifier: { column: 'io.bag_group_identifier', type: 'string', filters: ['eq', 'starts_with'], sortable: true },
    storage_option: { column: 'io.storage_option', type: 'string', filters: ['eq'], sortable: true },
    bagit_profile_identifier: { column: 'io.bagit_profile_identifier', type: 'string', filters: ['eq'], sortable: true },
    source_organization: { column: 'io.source_organization', type: 'string', filters: ['eq'], sortable: true },
    internal_sender_identifier: { column: 'io.internal_sender_identifier', type: 'string', filters: ['eq'], sortable: true },
    internal_sender_description: { column: 'io.internal_sender_description', type: 'string', filters: ['eq'], sortable: true },
    institution_name: { column: 'io.institution_name', type: 'string', sortable: true },
    institution_identifier: { column: 'io.institution_identifier', type: 'string', sortable: true },
    institution_type: { column: 'io.institution_type', type: 'string', sortable: true },
    institution_parent_id: { column: 'io.institution_parent_id', type: 'integer', filters: ['eq'], sortable: true },
    file_count: { column: 'io.file_count', type: 'integer', filters: ['gteq', 'lteq'], sortable: true },
    size: { column: 'io.size', type: 'integer', filters: ['gteq', 'lteq'], sortable: true },
    payload_file_count: { column: 'io.payload_file_count', type: 'integer', sortable: true },
    payload_size: { column: 'io.payload_size', type: 'integer', sortable: true },
  },
  defaultSort: 'updated_at__desc',
  tiebreaker: 'io.id',
  // The view has one row per intellectual_objects row, so the table's counter counts it.
  counter: { name: 'intellectual_objects', institution_id: 'institution_id', dim_a: 'state' },
});
