import { defineListSpec } from '../../../shared/listing/index.js';

/** Filters and sorts of the checksum lists (api.md §4.6), over `checksums_view cs`. */
export const checksumListSpec = defineListSpec({
  fields: {
    id: { column: 'cs.id', type: 'integer', sortable: true },
    algorithm: { column: 'cs.algorithm', type: 'string', filters: ['eq'], sortable: true },
    datetime: { column: 'cs.datetime', type: 'timestamp', filters: ['gteq', 'lteq'], sortable: true },
    digest: { column: 'cs.digest', type: 'string', filters: ['eq'], sortable: true },
    state: { column: 'cs.state', type: 'string', filters: ['eq'], sortable: true },
    generic_file_identifier: { column: 'cs.generic_file_identifier', type: 'string', filters: ['eq'], sortable: true },
    generic_file_id: { column: 'cs.generic_file_id', type: 'integer', filters: ['eq'], sortable: true },
    intellectual_object_id: { column: 'cs.intellectual_object_id', type: 'integer', filters: ['eq'], sortable: true },
    institution_id: { column: 'cs.institution_id', type: 'integer', filters: ['eq'], sortable: true },
    created_at: { column: 'cs.created_at', type: 'timestamp', sortable: true },
    updated_at: { column: 'cs.updated_at', type: 'timestamp', sortable: true },
  },
  defaultSort: 'datetime__desc',
  tiebreaker: 'cs.id',
});
