import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reference's legacy Pharos tables. No code reads or writes them; they exist so that the
 * schema matches the reference and a production dump restores into it.
 */
export class CreateLegacyPharosTables1700000000002 implements MigrationInterface {
  name = 'CreateLegacyPharosTables1700000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE bulk_delete_jobs (
        id                        bigserial NOT NULL,
        requested_by              varchar,
        institutional_approver    varchar,
        aptrust_approver          varchar,
        institutional_approval_at timestamp,
        aptrust_approval_at       timestamp,
        note                      text,
        created_at                timestamp NOT NULL,
        updated_at                timestamp NOT NULL,
        institution_id            int4      NOT NULL,
        CONSTRAINT bulk_delete_jobs_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE bulk_delete_jobs_emails (
        bulk_delete_job_id int8,
        email_id           int8
      )
    `);
    await queryRunner.query(`
      CREATE INDEX index_bulk_delete_jobs_emails_on_bulk_delete_job_id
        ON bulk_delete_jobs_emails (bulk_delete_job_id)
    `);
    await queryRunner.query(`
      CREATE INDEX index_bulk_delete_jobs_emails_on_email_id
        ON bulk_delete_jobs_emails (email_id)
    `);

    await queryRunner.query(`
      CREATE TABLE bulk_delete_jobs_generic_files (
        bulk_delete_job_id int8,
        generic_file_id    int8
      )
    `);
    await queryRunner.query(`
      CREATE INDEX index_bulk_delete_jobs_generic_files_on_bulk_delete_job_id
        ON bulk_delete_jobs_generic_files (bulk_delete_job_id)
    `);
    await queryRunner.query(`
      CREATE INDEX index_bulk_delete_jobs_generic_files_on_generic_file_id
        ON bulk_delete_jobs_generic_files (generic_file_id)
    `);

    await queryRunner.query(`
      CREATE TABLE bulk_delete_jobs_institutions (
        bulk_delete_job_id int8,
        institution_id     int8
      )
    `);
    await queryRunner.query(`
      CREATE INDEX index_bulk_delete_jobs_institutions_on_bulk_delete_job_id
        ON bulk_delete_jobs_institutions (bulk_delete_job_id)
    `);
    await queryRunner.query(`
      CREATE INDEX index_bulk_delete_jobs_institutions_on_institution_id
        ON bulk_delete_jobs_institutions (institution_id)
    `);

    await queryRunner.query(`
      CREATE TABLE bulk_delete_jobs_intellectual_objects (
        bulk_delete_job_id     int8,
        intellectual_object_id int8
      )
    `);
    await queryRunner.query(`
      CREATE INDEX index_bulk_delete_jobs_intellectual_objects_on_bulk_job_id
        ON bulk_delete_jobs_intellectual_objects (bulk_delete_job_id)
    `);
    await queryRunner.query(`
      CREATE INDEX index_bulk_delete_jobs_intellectual_objects_on_object_id
        ON bulk_delete_jobs_intellectual_objects (intellectual_object_id)
    `);

    await queryRunner.query(`
      CREATE TABLE confirmation_tokens (
        id                     bigserial NOT NULL,
        token                  varchar,
        intellectual_object_id int4,
        generic_file_id        int4,
        institution_id         int4,
        user_id                int4,
        CONSTRAINT confirmation_tokens_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE emails (
        id                     bigserial NOT NULL,
        email_type             varchar,
        event_identifier       varchar,
        item_id                int4,
        email_text             text,
        user_list              text,
        created_at             timestamp NOT NULL,
        updated_at             timestamp NOT NULL,
        intellectual_object_id int4,
        generic_file_id        int4,
        institution_id         int4,
        CONSTRAINT emails_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE emails_generic_files (
        generic_file_id int8,
        email_id        int8
      )
    `);
    await queryRunner.query(`
      CREATE INDEX index_emails_generic_files_on_email_id
        ON emails_generic_files (email_id)
    `);
    await queryRunner.query(`
      CREATE INDEX index_emails_generic_files_on_generic_file_id
        ON emails_generic_files (generic_file_id)
    `);

    await queryRunner.query(`
      CREATE TABLE emails_intellectual_objects (
        intellectual_object_id int8,
        email_id               int8
      )
    `);
    await queryRunner.query(`
      CREATE INDEX index_emails_intellectual_objects_on_email_id
        ON emails_intellectual_objects (email_id)
    `);
    await queryRunner.query(`
      CREATE INDEX index_emails_intellectual_objects_on_intellectual_object_id
        ON emails_intellectual_objects (intellectual_object_id)
    `);

    await queryRunner.query(`
      CREATE TABLE emails_premis_events (
        premis_event_id int8,
        email_id        int8
      )
    `);
    await queryRunner.query(`
      CREATE INDEX index_emails_premis_events_on_email_id
        ON emails_premis_events (email_id)
    `);
    await queryRunner.query(`
      CREATE INDEX index_emails_premis_events_on_premis_event_id
        ON emails_premis_events (premis_event_id)
    `);

    await queryRunner.query(`
      CREATE TABLE emails_work_items (
        work_item_id int8,
        email_id     int8
      )
    `);
    await queryRunner.query(`
      CREATE INDEX index_emails_work_items_on_email_id
        ON emails_work_items (email_id)
    `);
    await queryRunner.query(`
      CREATE INDEX index_emails_work_items_on_work_item_id
        ON emails_work_items (work_item_id)
    `);

    await queryRunner.query(`
      CREATE TABLE old_passwords (
        id                       bigserial NOT NULL,
        encrypted_password       varchar   NOT NULL,
        password_salt            varchar,
        password_archivable_type varchar   NOT NULL,
        password_archivable_id   int4      NOT NULL,
        created_at               timestamp,
        CONSTRAINT old_passwords_pkey PRIMARY KEY (id)
      )
    `);
    await queryRunner.query(`
      CREATE INDEX index_password_archivable
        ON old_passwords (password_archivable_type, password_archivable_id)
    `);

    await queryRunner.query(`
      CREATE TABLE snapshots (
        id             bigserial NOT NULL,
        audit_date     timestamp,
        institution_id int4,
        apt_bytes      int8,
        cost           numeric,
        created_at     timestamp NOT NULL,
        updated_at     timestamp NOT NULL,
        snapshot_type  varchar,
        cs_bytes       int8,
        go_bytes       int8,
        CONSTRAINT snapshots_pkey PRIMARY KEY (id)
      )
    `);

    await queryRunner.query(`
      CREATE TABLE usage_samples (
        id             serial    NOT NULL,
        created_at     timestamp NOT NULL,
        updated_at     timestamp NOT NULL,
        institution_id varchar,
        data           text,
        CONSTRAINT usage_samples_pkey PRIMARY KEY (id)
      )
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping a table drops its indexes with it.
    await queryRunner.query(`DROP TABLE usage_samples`);
    await queryRunner.query(`DROP TABLE snapshots`);
    await queryRunner.query(`DROP TABLE old_passwords`);
    await queryRunner.query(`DROP TABLE emails_work_items`);
    await queryRunner.query(`DROP TABLE emails_premis_events`);
    await queryRunner.query(`DROP TABLE emails_intellectual_objects`);
    await queryRunner.query(`DROP TABLE emails_generic_files`);
    await queryRunner.query(`DROP TABLE emails`);
    await queryRunner.query(`DROP TABLE confirmation_tokens`);
    await queryRunner.query(`DROP TABLE bulk_delete_jobs_intellectual_objects`);
    await queryRunner.query(`DROP TABLE bulk_delete_jobs_institutions`);
    await queryRunner.query(`DROP TABLE bulk_delete_jobs_generic_files`);
    await queryRunner.query(`DROP TABLE bulk_delete_jobs_emails`);
    await queryRunner.query(`DROP TABLE bulk_delete_jobs`);
  }
}
