import { defineListSpec } from '../../../shared/listing/index.js';

/** Filters and sorts of the member file list (api.md §4.6), over `generic_files_view gf`. */
export const genericFileListSpec = defineListSpec({
  fields: {
    id: { column: 'gf.id', type: 'integer', sortable: true },
    file_format: { column: 'gf.file_format', type: 'string', sortable: true },
    size: { column: 'gf.size', type: 'integer', filters: ['gteq', 'lteq'], sortable: true },
    identifier: { column: 'gf.identifier', type: 'string', filters: ['eq'], sortable: true },
    intellectual_object_id: { column: 'gf.intellectual_object_id', type: 'integer', filters: ['eq'], sortable: true },
    object_identifier: { column: 'gf.object_identifier', type: 'string', sortable: true },
    // Not in the reference's allow-list, but Preserv's recorder recovery sends it; accepting it fixes that path.
    intellectual_object_identifier: { column: 'gf.object_identifier', type: 'string', filters: ['eq'] },
    access: { column: 'gf.access', type: 'string', sortable: true },
    state: { column: 'gf.state', type: 'string', filters: ['eq'], sortable: true },
    last_fixity_check: { column: 'gf.last_fixity_check', type: 'timestamp', filters: ['gteq', 'lteq'], sortable: true },
    institution_id: { column: 'gf.institution_id', type: 'integer', filters: ['eq'], sortable: true },
    institution_name: { column: 'gf.institution_name', type: 'string', sortable: true },
    institution_identifier: { column: 'gf.institution_identifier', type: 'string', sortable: true },
    storage_option: { column: 'gf.storage_option', type: 'string', filters: ['eq', 'in'], sortable: true },
    uuid: { column: 'gf.uuid', type: 'string', filters: ['eq'], sortable: true },
    mtime: { column: 'gf.mod_time', type: 'timestamp', sortable: true },
    md5: { column: 'gf.md5', type: 'string', sortable: true },
    sha1: { column: 'gf.sha1', type: 'string', sortable: true },
    sha256: { column: 'gf.sha256', type: 'string', sortable: true },
    sha512: { column: 'gf.sha512', type: 'string', sortable: true },
    created_at: { column: 'gf.created_at', type: 'timestamp', filters: ['gteq', 'lteq'], sortable: true },
    updated_at: { column: 'gf.updated_at', type: 'timestamp', filters: ['gteq', 'lteq'], sortable: true },
  },
  defaultSort: 'updated_at__desc',
  tiebreaker: 'gf.id',
  // The view has one row per generic_files row, so the table's counter counts it.
  counter: { name: 'generic_files', institution_id: 'institution_id', dim_a: 'state' },
});
