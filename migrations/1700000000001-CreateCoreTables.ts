import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry's tables, with the reference's column order, types, nullability and defaults.
 * Foreign keys and secondary indexes follow in AddForeignKeysAndIndexes, because the foreign keys
 * form a cycle (institutions → work_items → deletion_requests → institutions).
 */
export class CreateCoreTables1700000000001 implements MigrationInterface {
  name = 'CreateCoreTables1700000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE institutions (
        id                             serial    NOT NULL,
        name                           varchar,
        identifier                     varchar,
        created_at                     timestamp NOT NULL,
        updated_at                     timestamp NOT NULL,
        state                          varchar,
        type                           varchar,
        member_institution_id          int4,
        deactivated_at                 timestamp,
        otp_enabled                    bool,
        receiving_bucket               varchar   NOT NULL,
        restore_bucket                 varchar   NOT NULL,
        spot_restore_frequency         int4      NOT NULL DEFAULT 0,
        last_spot_restore_work_item_id int8,
        CONSTRAINT institutions_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE users (
        id                        serial      NOT NULL,
        name                      varchar,
        email                     varchar,
        phone_number              varchar,
        created_at                timestamp   NOT NULL,
        updated_at                timestamp   NOT NULL,
        encrypted_password        varchar     NOT NULL DEFAULT '',
        reset_password_token      varchar,
        reset_password_sent_at    timestamp,
        remember_created_at       timestamp,
        sign_in_count             int4        NOT NULL DEFAULT 0,
        current_sign_in_at        timestamp,
        last_sign_in_at           timestamp,
        current_sign_in_ip        varchar,
        last_sign_in_ip           varchar,
        institution_id            int4,
        encrypted_api_secret_key  text,
        password_changed_at       timestamp,
        encrypted_otp_secret      varchar,
        encrypted_otp_secret_iv   varchar,
        encrypted_otp_secret_salt varchar,
        encrypted_otp_sent_at     timestamp,
        consumed_timestep         int4,
        otp_required_for_login    bool,
        deactivated_at            timestamp,
        enabled_two_factor        bool                 DEFAULT false,
        confirmed_two_factor      bool                 DEFAULT false,
        otp_backup_codes          varchar[],
        authy_id                  varchar,
        last_sign_in_with_authy   timestamp,
        authy_status              varchar,
        email_verified            bool                 DEFAULT false,
        initial_password_updated  bool                 DEFAULT false,
        force_password_update     bool                 DEFAULT false,
        account_confirmed         bool                 DEFAULT true,
        grace_period              timestamp,
        awaiting_second_factor    bool        NOT NULL DEFAULT false,
        role                      varchar(50) NOT NULL DEFAULT 'none',
        CONSTRAINT users_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE intellectual_objects (
        id                          serial    NOT NULL,
        title                       varchar,
        description                 text,
        identifier                  varchar,
        alt_identifier              varchar,
        access                      varchar,
        bag_name                    varchar,
        institution_id              int4,
        created_at                  timestamp NOT NULL,
        updated_at                  timestamp NOT NULL,
        state                       varchar,
        etag                        varchar,
        bag_group_identifier        varchar,
        storage_option              varchar   NOT NULL DEFAULT 'Standard',
        bagit_profile_identifier    varchar,
        source_organization         varchar,
        internal_sender_identifier  varchar,
        internal_sender_description text,
        CONSTRAINT intellectual_objects_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE generic_files (
        id                     serial    NOT NULL,
        file_format            varchar,
        size                   int8,
        identifier             varchar,
        intellectual_object_id int4,
        created_at             timestamp NOT NULL,
        updated_at             timestamp NOT NULL,
        state                  varchar,
        last_fixity_check      timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
        institution_id         int4      NOT NULL,
        storage_option         varchar   NOT NULL DEFAULT 'Standard',
        uuid                   varchar   NOT NULL,
        mod_time               timestamp,
        CONSTRAINT generic_files_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE checksums (
        id              serial    NOT NULL,
        algorithm       varchar,
        datetime        timestamp,
        digest          varchar,
        generic_file_id int4,
        created_at      timestamp NOT NULL,
        updated_at      timestamp NOT NULL,
        CONSTRAINT checksums_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE storage_records (
        id              bigserial NOT NULL,
        generic_file_id int4,
        url             varchar,
        CONSTRAINT storage_records_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE premis_events (
        id                     serial    NOT NULL,
        identifier             varchar,
        event_type             varchar,
        date_time              timestamp,
        outcome_detail         varchar,
        detail                 varchar,
        outcome_information    varchar,
        object                 varchar,
        agent                  varchar,
        intellectual_object_id int4,
        generic_file_id        int4,
        created_at             timestamp NOT NULL,
        updated_at             timestamp NOT NULL,
        outcome                varchar,
        institution_id         int4,
        old_uuid               varchar,
        CONSTRAINT premis_events_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE work_items (
        id                     serial       NOT NULL,
        created_at             timestamp    NOT NULL,
        updated_at             timestamp    NOT NULL,
        intellectual_object_id int4,
        generic_file_id        int4,
        name                   varchar,
        etag                   varchar,
        bucket                 varchar,
        "user"                 varchar,
        note                   text,
        action                 varchar,
        stage                  varchar,
        status                 varchar,
        outcome                text,
        bag_date               timestamp,
        date_processed         timestamp,
        retry                  bool         NOT NULL DEFAULT false,
        node                   varchar(255),
        pid                    int4                  DEFAULT 0,
        needs_admin_review     bool         NOT NULL DEFAULT false,
        institution_id         int4,
        queued_at              timestamp,
        size                   int8,
        stage_started_at       timestamp,
        aptrust_approver       varchar,
        inst_approver          varchar,
        deletion_request_id    int8,
        CONSTRAINT work_items_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE deletion_requests (
        id                           bigserial NOT NULL,
        institution_id               int4      NOT NULL,
        requested_by_id              int4      NOT NULL,
        requested_at                 timestamp NOT NULL,
        encrypted_confirmation_token varchar   NOT NULL,
        confirmed_by_id              int4,
        confirmed_at                 timestamp,
        cancelled_by_id              int4,
        cancelled_at                 timestamp,
        CONSTRAINT deletion_requests_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE deletion_requests_generic_files (
        deletion_request_id int4 NOT NULL,
        generic_file_id     int4 NOT NULL
      )
    `);

    await queryRunner.query(`
      CREATE TABLE deletion_requests_intellectual_objects (
        deletion_request_id    int4 NOT NULL,
        intellectual_object_id int4 NOT NULL
      )
    `);

    await queryRunner.query(`
      CREATE TABLE alerts (
        id                  bigserial NOT NULL,
        institution_id      int4,
        type                varchar   NOT NULL,
        subject             varchar   NOT NULL,
        content             text      NOT NULL,
        deletion_request_id int4,
        created_at          timestamp NOT NULL,
        CONSTRAINT alerts_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE alerts_premis_events (
        alert_id        int4 NOT NULL,
        premis_event_id int4 NOT NULL
      )
    `);

    await queryRunner.query(`
      CREATE TABLE alerts_users (
        alert_id int4      NOT NULL,
        user_id  int4      NOT NULL,
        sent_at  timestamp,
        read_at  timestamp
      )
    `);

    await queryRunner.query(`
      CREATE TABLE alerts_work_items (
        alert_id     int4 NOT NULL,
        work_item_id int4 NOT NULL
      )
    `);

    await queryRunner.query(`
      CREATE TABLE storage_options (
        id                bigserial     NOT NULL,
        provider          varchar       NOT NULL,
        service           varchar       NOT NULL,
        region            varchar       NOT NULL,
        name              varchar       NOT NULL,
        cost_gb_per_month numeric(12,8) NOT NULL,
        comment           varchar       NOT NULL,
        updated_at        timestamp     NOT NULL,
        CONSTRAINT storage_options_pkey PRIMARY KEY (id)
      )
    `);

    // The reference table has no key. The trailing id exists only because the ORM needs one.
    await queryRunner.query(`
      CREATE TABLE historical_deposit_stats (
        institution_id        int8,
        institution_name      varchar(80),
        storage_option        varchar(40),
        object_count          int8,
        file_count            int8,
        total_bytes           int8,
        total_gb              float8,
        total_tb              float8,
        cost_gb_per_month     float8,
        monthly_cost          float8,
        end_date              date,
        member_institution_id int4,
        primary_sort          varchar,
        secondary_sort        varchar,
        id                    bigserial NOT NULL,
        CONSTRAINT historical_deposit_stats_pkey PRIMARY KEY (id)
      )
    `);

    // Production's shape: a serial id as the primary key, with key kept unique by an index.
    await queryRunner.query(`
      CREATE TABLE ar_internal_metadata (
        key        varchar   NOT NULL,
        value      varchar,
        created_at timestamp NOT NULL,
        updated_at timestamp NOT NULL,
        id         serial    NOT NULL,
        CONSTRAINT ar_internal_metadata_pkey PRIMARY KEY (id)
      )
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ar_internal_metadata`);
    await queryRunner.query(`DROP TABLE historical_deposit_stats`);
    await queryRunner.query(`DROP TABLE storage_options`);
    await queryRunner.query(`DROP TABLE alerts_work_items`);
    await queryRunner.query(`DROP TABLE alerts_users`);
    await queryRunner.query(`DROP TABLE alerts_premis_events`);
    await queryRunner.query(`DROP TABLE alerts`);
    await queryRunner.query(`DROP TABLE deletion_requests_intellectual_objects`);
    await queryRunner.query(`DROP TABLE deletion_requests_generic_files`);
    await queryRunner.query(`DROP TABLE deletion_requests`);
    await queryRunner.query(`DROP TABLE work_items`);
    await queryRunner.query(`DROP TABLE premis_events`);
    await queryRunner.query(`DROP TABLE storage_records`);
    await queryRunner.query(`DROP TABLE checksums`);
    await queryRunner.query(`DROP TABLE generic_files`);
    await queryRunner.query(`DROP TABLE intellectual_objects`);
    await queryRunner.query(`DROP TABLE users`);
    await queryRunner.query(`DROP TABLE institutions`);
  }
}
