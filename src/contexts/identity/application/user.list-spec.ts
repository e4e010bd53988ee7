import { defineListSpec } from '../../../shared/listing/index.js';

/** Filters and sorts of the web user list (api.md §4.6), over `users_view uv`. */
export const userListSpec = defineListSpec({
  fields: {
    id: { column: 'uv.id', type: 'integer', sortable: true },
    name: { column: 'uv.name', type: 'string', filters: ['contains'], sortable: true },
    email: { column: 'uv.email', type: 'string', filters: ['contains'], sortable: true },
    role: { column: 'uv.role', type: 'string', filters: ['eq'], sortable: true },
    institution_id: { column: 'uv.institution_id', type: 'integer', filters: ['eq'], sortable: true },
    institution_name: { column: 'uv.institution_name', type: 'string', sortable: true },
    deactivated_at: { column: 'uv.deactivated_at', type: 'timestamp', filters: ['is_null', 'not_null'], sortable: true },
    current_sign_in_at: { column: 'uv.current_sign_in_at', type: 'timestamp', sortable: true },
    created_at: { column: 'uv.created_at', type: 'timestamp', sortable: true },
  },
  defaultSort: 'name__asc',
  tiebreaker: 'uv.id',
});
