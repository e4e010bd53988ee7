import type { MigrationInterface, QueryRunner } from 'typeorm';

interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

interface Index {
  name: string;
  on: string;
  unique?: boolean;
}

/**
 * The reference's foreign keys, under its constraint names, added once every table exists because
 * they form a cycle. The reference never declared keys from objects, files, events and work items
 * to their institutions, objects and files; they stay absent on purpose: deployed clients may post
 * ids that a constraint would reject.
 */
const FOREIGN_KEYS: readonly ForeignKey[] = [
  {
    table: 'institutions',
    name: 'fk_institutions_last_spot_restore',
    definition: 'FOREIGN KEY (last_spot_restore_work_item_id) REFERENCES work_items (id)',
  },
  {
    table: 'users',
    name: 'fk_rails_7fcf39ca13',
    definition: 'FOREIGN KEY (institution_id) REFERENCES institutions (id)',
  },
  {
    table: 'checksums',
    name: 'fk_rails_89bb0866e7',
    definition: 'FOREIGN KEY (generic_file_id) REFERENCES generic_files (id)',
  },
  {
    table: 'storage_records',
    name: 'fk_rails_a126ea6adc',
    definition: 'FOREIGN KEY (generic_file_id) REFERENCES generic_files (id)',
  },
  {
    table: 'work_items',
    name: 'fk_work_items_deletion_request_id',
    definition: 'FOREIGN KEY (deletion_request_id) REFERENCES deletion_requests (id)',
  },
  {
    table: 'deletion_requests',
    name: 'deletion_requests_institution_id_fkey',
    definition: 'FOREIGN KEY (institution_id) REFERENCES institutions (id)',
  },
  {
    table: 'deletion_requests',
    name: 'deletion_requests_requested_by_id_fkey',
    definition: 'FOREIGN KEY (requested_by_id) REFERENCES users (id)',
  },
  {
    table: 'deletion_requests',
    name: 'deletion_requests_confirmed_by_id_fkey',
    definition: 'FOREIGN KEY (confirmed_by_id) REFERENCES users (id)',
  },
  {
    table: 'deletion_requests',
    name: 'deletion_requests_cancelled_by_id_fkey',
    definition: 'FOREIGN KEY (cancelled_by_id) REFERENCES users (id)',
  },
  {
    table: 'deletion_requests_generic_files',
    name: 'deletion_requests_generic_files_deletion_request_id_fkey',
    definition: 'FOREIGN KEY (deletion_request_id) REFERENCES deletion_requests (id)',
  },
  {
    table: 'deletion_requests_generic_files',
    name: 'deletion_requests_generic_files_generic_file_id_fkey',
    definition: 'FOREIGN KEY (generic_file_id) REFERENCES generic_files (id)',
  },
  {
    table: 'deletion_requests_intellectual_objects',
    name: 'deletion_requests_intellectual_objects_deletion_request_id_fkey',
    definition: 'FOREIGN KEY (deletion_request_id) REFERENCES deletion_requests (id)',
  },
  {
    // The reference's name, as Postgres truncated it to 63 characters.
    table: 'deletion_requests_intellectual_objects',
    name: 'deletion_requests_intellectual_obje_intellectual_object_id_fkey',
    definition: 'FOREIGN KEY (intellectual_object_id) REFERENCES intellectual_objects (id)',
  },
  {
    table: 'alerts',
    name: 'alerts_institution_id_fkey',
    definition: 'FOREIGN KEY (institution_id) REFERENCES institutions (id)',
  },
  {
    table: 'alerts',
    name: 'alerts_deletion_request_id_fkey',
    definition: 'FOREIGN KEY (deletion_request_id) REFERENCES deletion_requests (id)',
  },
  {
    table: 'alerts_premis_events',
    name: 'alerts_premis_events_alert_id_fkey',
    definition: 'FOREIGN KEY (alert_id) REFERENCES alerts (id)',
  },
  {
    table: 'alerts_premis_events',
    name: 'alerts_premis_events_premis_event_id_fkey',
    definition: 'FOREIGN KEY (premis_event_id) REFERENCES premis_events (id)',
  },
  {
    table: 'alerts_users',
    name: 'alerts_users_alert_id_fkey',
    definition: 'FOREIGN KEY (alert_id) REFERENCES alerts (id)',
  },
  {
    table: 'alerts_users',
    name: 'alerts_users_user_id_fkey',
    definition: 'FOREIGN KEY (user_id) REFERENCES users (id)',
  },
  {
    table: 'alerts_work_items',
    name: 'alerts_work_items_alert_id_fkey',
    definition: 'FOREIGN KEY (alert_id) REFERENCES alerts (id)',
  },
  {
    table: 'alerts_work_items',
    name: 'alerts_work_items_work_item_id_fkey',
    definition: 'FOREIGN KEY (work_item_id) REFERENCES work_items (id)',
  },
];

/** The reference's indexes under its names. None is partial. */
const INDEXES: readonly Index[] = [
  { name: 'index_institutions_on_name', on: 'institutions (name)' },
  { name: 'index_institutions_identifier', on: 'institutions (identifier)', unique: true },
  { name: 'index_institutions_receiving_bucket', on: 'institutions (receiving_bucket)', unique: true },
  { name: 'index_institutions_restore_bucket', on: 'institutions (restore_bucket)', unique: true },

  { name: 'index_users_on_email', on: 'users (email)', unique: true },
  { name: 'index_users_on_reset_password_token', on: 'users (reset_password_token)', unique: true },
  { name: 'index_users_on_institution_id', on: 'users (institution_id)' },
  { name: 'index_users_on_password_changed_at', on: 'users (password_changed_at)' },
  { name: 'index_users_on_authy_id', on: 'users (authy_id)' },

  { name: 'index_intellectual_objects_on_identifier', on: 'intellectual_objects (identifier)', unique: true },
  { name: 'index_intellectual_objects_on_bag_name', on: 'intellectual_objects (bag_name)' },
  { name: 'index_intellectual_objects_on_institution_id', on: 'intellectual_objects (institution_id)' },
  { name: 'index_intellectual_objects_on_created_at', on: 'intellectual_objects (created_at)' },
  { name: 'index_intellectual_objects_on_updated_at', on: 'intellectual_objects (updated_at)' },

  { name: 'index_generic_files_on_identifier', on: 'generic_files (identifier)', unique: true },
  { name: 'index_generic_files_on_uuid', on: 'generic_files (uuid)', unique: true },
  { name: 'index_generic_files_on_intellectual_object_id', on: 'generic_files (intellectual_object_id)' },
  { name: 'index_generic_files_on_created_at', on: 'generic_files (created_at)' },
  { name: 'index_generic_files_on_updated_at', on: 'generic_files (updated_at)' },
  { name: 'ix_gf_last_fixity_check', on: 'generic_files (last_fixity_check)' },
  { name: 'index_generic_files_on_institution_id', on: 'generic_files (institution_id)' },
  { name: 'index_generic_files_on_institution_id_and_state', on: 'generic_files (institution_id, state)' },
  {
    name: 'index_generic_files_on_institution_id_and_updated_at',
    on: 'generic_files (institution_id, updated_at)',
  },
  {
    name: 'ix_generic_files_state_opt_fixity',
    on: 'generic_files (state, storage_option, last_fixity_check)',
  },

  { name: 'index_checksums_on_generic_file_id', on: 'checksums (generic_file_id)' },

  { name: 'index_storage_records_on_generic_file_id', on: 'storage_records (generic_file_id)' },

  { name: 'index_premis_events_on_identifier', on: 'premis_events (identifier)', unique: true },
  { name: 'index_premis_events_on_event_type', on: 'premis_events (event_type)' },
  { name: 'index_premis_events_date_time_desc', on: 'premis_events (date_time DESC)' },
  { name: 'index_premis_events_on_intellectual_object_id', on: 'premis_events (intellectual_object_id)' },
  { name: 'index_premis_events_on_generic_file_id', on: 'premis_events (generic_file_id)' },
  { name: 'index_premis_events_on_outcome', on: 'premis_events (outcome)' },
  { name: 'index_premis_events_on_institution_id', on: 'premis_events (institution_id)' },
  { name: 'index_premis_events_on_event_type_and_outcome', on: 'premis_events (event_type, outcome)' },

  { name: 'index_work_items_on_intellectual_object_id', on: 'work_items (intellectual_object_id)' },
  { name: 'index_work_items_on_generic_file_id', on: 'work_items (generic_file_id)' },
  { name: 'index_work_items_on_action', on: 'work_items (action)' },
  { name: 'index_work_items_on_stage', on: 'work_items (stage)' },
  { name: 'index_work_items_on_status', on: 'work_items (status)' },
  { name: 'index_work_items_on_date_processed', on: 'work_items (date_processed)' },
  { name: 'index_work_items_on_institution_id', on: 'work_items (institution_id)' },
  { name: 'index_work_items_etag_instid_and_name', on: 'work_items (etag, institution_id, name)' },
  { name: 'index_work_items_on_etag_and_name', on: 'work_items (etag, name)' },
  {
    name: 'index_work_items_on_inst_id_and_date_processed',
    on: 'work_items (institution_id, date_processed)',
  },

  { name: 'index_deletion_requests_institution_id', on: 'deletion_requests (institution_id)' },

  {
    name: 'index_drgf_unique',
    on: 'deletion_requests_generic_files (deletion_request_id, generic_file_id)',
    unique: true,
  },
  {
    name: 'index_drio_unique',
    on: 'deletion_requests_intellectual_objects (deletion_request_id, intellectual_object_id)',
    unique: true,
  },

  { name: 'index_alerts_institution_id', on: 'alerts (institution_id)' },
  { name: 'index_alerts_type', on: 'alerts (type)' },

  { name: 'index_alerts_premis_events_alert_id', on: 'alerts_premis_events (alert_id)' },
  {
    name: 'index_alerts_premis_events_unique',
    on: 'alerts_premis_events (alert_id, premis_event_id)',
    unique: true,
  },

  { name: 'index_alerts_users_alert_id', on: 'alerts_users (alert_id)' },
  { name: 'index_alerts_users_user_id', on: 'alerts_users (user_id)' },
  { name: 'index_alerts_users_unique', on: 'alerts_users (alert_id, user_id)', unique: true },

  { name: 'index_alerts_work_items_alert_id', on: 'alerts_work_items (alert_id)' },
  {
    name: 'index_alerts_work_items_unique',
    on: 'alerts_work_items (alert_id, work_item_id)',
    unique: true,
  },

  { name: 'index_storage_options_name', on: 'storage_options (name)', unique: true },

  { name: 'ix_historical_deposit_stats_end_date', on: 'historical_deposit_stats (end_date)' },
  { name: 'ix_historical_deposit_stats_inst_id', on: 'historical_deposit_stats (institution_id)' },
  { name: 'ix_historical_deposit_stats_storage_option', on: 'historical_deposit_stats (storage_option)' },
  {
    name: 'ix_historical_inst_opt_date',
    on: 'historical_deposit_stats (institution_id, storage_option, end_date)',
    unique: true,
  },

  { name: 'ix_ar_internal_metadata_uniq_key', on: 'ar_internal_metadata (key)', unique: true },

  // Not in the reference: the default sorts of the work-item and checksum lists, and the reverse
  // lookups of two foreign keys.
  { name: 'ix_work_items_updated_at', on: 'work_items (updated_at)' },
  { name: 'ix_checksums_datetime', on: 'checksums (datetime)' },
  { name: 'ix_work_items_deletion_request_id', on: 'work_items (deletion_request_id)' },
  { name: 'ix_alerts_premis_events_event_id', on: 'alerts_premis_events (premis_event_id)' },
];

export class AddForeignKeysAndIndexes1700000000003 implements MigrationInterface {
  name = 'AddForeignKeysAndIndexes1700000000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const fk of FOREIGN_KEYS) {
      await queryRunner.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${fk.definition}`);
    }
    for (const index of INDEXES) {
      await queryRunner.query(`CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${index.name} ON ${index.on}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [...INDEXES].reverse()) {
      await queryRunner.query(`DROP INDEX ${index.name}`);
    }
    for (const fk of [...FOREIGN_KEYS].reverse()) {
      await queryRunner.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
    }
  }
}
