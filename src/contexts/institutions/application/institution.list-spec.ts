import { defineListSpec } from '../../../shared/listing/index.js';

/** Filters and sorts of the admin institution list (api.md §4.6), over `institutions_view iv`; every InstitutionView field sorts. */
export const institutionListSpec = defineListSpec({
  fields: {
    id: { column: 'iv.id', type: 'integer', sortable: true },
    name: { column: 'iv.name', type: 'string', filters: ['contains'], sortable: true },
    identifier: { column: 'iv.identifier', type: 'string', sortable: true },
    state: { column: 'iv.state', type: 'string', sortable: true },
    type: { column: 'iv.type', type: 'string', filters: ['eq'], sortable: true },
    deactivated_at: { column: 'iv.deactivated_at', type: 'timestamp', sortable: true },
    otp_enabled: { column: 'iv.otp_enabled', type: 'boolean', sortable: true },
    spot_restore_frequency: { column: 'iv.spot_restore_frequency', type: 'integer', sortable: true },
    last_spot_restore_work_item_id: { column: 'iv.last_spot_restore_work_item_id', type: 'integer', sortable: true },
    receiving_bucket: { column: 'iv.receiving_bucket', type: 'string', sortable: true },
    restore_bucket: { column: 'iv.restore_bucket', type: 'string', sortable: true },
    created_at: { column: 'iv.created_at', type: 'timestamp', sortable: true },
    updated_at: { column: 'iv.updated_at', type: 'timestamp', sortable: true },
    parent_id: { column: 'iv.parent_id', type: 'integer', sortable: true },
    parent_name: { column: 'iv.parent_name', type: 'string', sortable: true },
    parent_identifier: { column: 'iv.parent_identifier', type: 'string', sortable: true },
    parent_state: { column: 'iv.parent_state', type: 'string', sortable: true },
    parent_deactivated_at: { column: 'iv.parent_deactivated_at', type: 'timestamp', sortable: true },
  },
  defaultSort: 'name__asc',
  tiebreaker: 'iv.id',
});
