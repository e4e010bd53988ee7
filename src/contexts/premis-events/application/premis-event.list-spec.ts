import { defineListSpec } from '../../../shared/listing/index.js';

/** Filters and sorts of the event lists (api.md §4.6), over `premis_events_view pe`. */
export const premisEventListSpec = defineListSpec({
  fields: {
    id: { column: 'pe.id', type: 'integer', sortable: true },
    agent: { column: 'pe.agent', type: 'string', sortable: true },
    created_at: { column: 'pe.created_at', type: 'timestamp', sortable: true },
    date_time: { column: 'pe.date_time', type: 'timestamp', filters: ['gteq', 'lteq'], sortable: true },
    detail: { column: 'pe.detail', type: 'string', sortable: true },
    event_type: { column: 'pe.event_type', type: 'string', filters: ['eq'], sortable: true },
    generic_file_id: { column: 'pe.generic_file_id', type: 'integer', filters: ['eq', 'is_null'], sortable: true },
    generic_file_identifier: { column: 'pe.generic_file_identifier', type: 'string', filters: ['eq'], sortable: true },
    identifier: { column: 'pe.identifier', type: 'string', filters: ['eq'], sortable: true },
    institution_id: { column: 'pe.institution_id', type: 'integer', filters: ['eq'], sortable: true },
    institution_name: { column: 'pe.institution_name', type: 'string', sortable: true },
    intellectual_object_id: { column: 'pe.intellectual_object_id', type: 'integer', filters: ['eq'], sortable: true },
    intellectual_object_identifier: { column: 'pe.intellectual_object_identifier', type: 'string', filters: ['eq'], sortable: true },
    object: { column: 'pe.object', type: 'string', sortable: true },
    old_uuid: { column: 'pe.old_uuid', type: 'string', sortable: true },
    outcome: { column: 'pe.outcome', type: 'string', filters: ['eq'], sortable: true },
    outcome_detail: { column: 'pe.outcome_detail', type: 'string', sortable: true },
    outcome_information: { column: 'pe.outcome_information', type: 'string', sortable: true },
    updated_at: { column: 'pe.updated_at', type: 'timestamp', sortable: true },
  },
  defaultSort: 'date_time__desc',
  tiebreaker: 'pe.id',
  // The view has one row per premis_events row, so the table's counter counts it.
  counter: { name: 'premis_events', institution_id: 'institution_id', dim_a: 'event_type', dim_b: 'outcome' },
});
