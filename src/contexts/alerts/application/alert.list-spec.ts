import { defineListSpec } from '../../../shared/listing/index.js';

/** Filters and sorts of the alert lists (api.md §4.6), over `alerts_view av`. */
export const alertListSpec = defineListSpec({
  fields: {
    id: { column: 'av.id', type: 'integer', sortable: true },
    institution_id: { column: 'av.institution_id', type: 'integer', filters: ['eq'], sortable: true },
    institution_name: { column: 'av.institution_name', type: 'string', sortable: true },
    institution_identifier: { column: 'av.institution_identifier', type: 'string', sortable: true },
    type: { column: 'av.type', type: 'string', filters: ['eq'], sortable: true },
    subject: { column: 'av.subject', type: 'string', sortable: true },
    content: { column: 'av.content', type: 'string', sortable: true },
    deletion_request_id: { column: 'av.deletion_request_id', type: 'integer', sortable: true },
    created_at: { column: 'av.created_at', type: 'timestamp', filters: ['gteq', 'lteq'], sortable: true },
    user_id: { column: 'av.user_id', type: 'integer', filters: ['eq'], sortable: true },
    user_name: { column: 'av.user_name', type: 'string', sortable: true },
    user_email: { column: 'av.user_email', type: 'string', sortable: true },
    sent_at: { column: 'av.sent_at', type: 'timestamp', sortable: true },
    read_at: { column: 'av.read_at', type: 'timestamp', sortable: true },
  },
  defaultSort: 'created_at__desc',
  // The view has one row per alert and recipient, so the id alone does not make the order stable.
  tiebreaker: '(av.id, av.user_id)',
});
