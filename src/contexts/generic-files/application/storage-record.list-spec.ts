import { defineListSpec } from '../../../shared/listing/index.js';

/** Filters and sorts of the admin storage record list (api.md §4.6), over `storage_records sr`. */
export const storageRecordListSpec = defineListSpec({
  fields: {
    id: { column: 'sr.id', type: 'integer', sortable: true },
    generic_file_id: { column: 'sr.generic_file_id', type: 'integer', filters: ['eq'], sortable: true },
    url: { column: 'sr.url', type: 'string', sortable: true },
  },
  defaultSort: 'id__desc',
  tiebreaker: 'sr.id',
});
