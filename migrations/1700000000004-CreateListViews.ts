import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read views that the list and detail endpoints query. Every join is a LEFT JOIN, so a row
 * whose parent is missing still shows, with NULL parent columns.
 */
export class CreateListViews1700000000004 implements MigrationInterface {
  name = 'CreateListViews1700000000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per (alert, recipient); an alert without recipients shows once with NULL user columns.
    await queryRunner.query(`
      CREATE VIEW alerts_view AS
      SELECT
        a.id,
        a.institution_id,
        i.name AS institution_name,
        i.identifier AS institution_identifier,
        a.type,
        a.subject,
        a.content,
        a.deletion_request_id,
        a.created_at,
        au.user_id,
        u.name AS user_name,
        u.email AS user_email,
        au.sent_at,
        au.read_at
      FROM alerts a
        LEFT JOIN alerts_users au ON au.alert_id = a.id
        LEFT JOIN users u ON u.id = au.user_id
        LEFT JOIN institutions i ON i.id = a.institution_id
    `);

    await queryRunner.query(`
      CREATE VIEW checksums_view AS
      SELECT
        cs.id,
        cs.algorithm,
        cs.datetime,
        cs.digest,
        gf.state,
        gf.identifier AS generic_file_identifier,
        cs.generic_file_id,
        gf.intellectual_object_id,
        gf.institution_id,
        cs.created_at,
        cs.updated_at
      FROM checksums cs
        LEFT JOIN generic_files gf ON gf.id = cs.generic_file_id
    `);

    // The reference joins the "cancelled by" user on confirmed_by_id; this joins on cancelled_by_id.
    await queryRunner.query(`
      CREATE VIEW deletion_requests_view AS
      SELECT
        dr.id,
        dr.institution_id,
        i.name AS institution_name,
        i.identifier AS institution_identifier,
        dr.requested_by_id,
        req.name AS requested_by_name,
        req.email AS requested_by_email,
        dr.requested_at,
        dr.confirmed_by_id,
        conf.name AS confirmed_by_name,
        conf.email AS confirmed_by_email,
        dr.confirmed_at,
        dr.cancelled_by_id,
        can.name AS cancelled_by_name,
        can.email AS cancelled_by_email,
        dr.cancelled_at,
        (
          SELECT count(*)
          FROM deletion_requests_generic_files drgf
          WHERE drgf.deletion_request_id = dr.id
        ) AS file_count,
        (
          SELECT count(*)
          FROM deletion_requests_intellectual_objects drio
          WHERE drio.deletion_request_id = dr.id
        ) AS object_count
      FROM deletion_requests dr
        LEFT JOIN institutions i ON i.id = dr.institution_id
        LEFT JOIN users req ON req.id = dr.requested_by_id
        LEFT JOIN users conf ON conf.id = dr.confirmed_by_id
        LEFT JOIN users can ON can.id = dr.cancelled_by_id
    `);

    // md5 … sha512 are the newest digest per algorithm (by created_at; id breaks ties).
    await queryRunner.query(`
      CREATE VIEW generic_files_view AS
      SELECT
        gf.id,
        gf.file_format,
        gf.size,
        gf.identifier,
        gf.intellectual_object_id,
        io.identifier AS object_identifier,
        io.access,
        gf.state,
        gf.last_fixity_check,
        gf.institution_id,
        i.name AS institution_name,
        i.identifier AS institution_identifier,
        gf.storage_option,
        gf.uuid,
        gf.mod_time,
        (
          SELECT cs.digest
          FROM checksums cs
          WHERE cs.generic_file_id = gf.id AND cs.algorithm = 'md5'
          ORDER BY cs.created_at DESC, cs.id DESC
          LIMIT 1
        ) AS md5,
        (
          SELECT cs.digest
          FROM checksums cs
          WHERE cs.generic_file_id = gf.id AND cs.algorithm = 'sha1'
          ORDER BY cs.created_at DESC, cs.id DESC
          LIMIT 1
        ) AS sha1,
        (
          SELECT cs.digest
          FROM checksums cs
          WHERE cs.generic_file_id = gf.id AND cs.algorithm = 'sha256'
          ORDER BY cs.created_at DESC, cs.id DESC
          LIMIT 1
        ) AS sha256,
        (
          SELECT cs.digest
          FROM checksums cs
          WHERE cs.generic_file_id = gf.id AND cs.algorithm = 'sha512'
          ORDER BY cs.created_at DESC, cs.id DESC
          LIMIT 1
        ) AS sha512,
        gf.created_at,
        gf.updated_at
      FROM generic_files gf
        LEFT JOIN intellectual_objects io ON io.id = gf.intellectual_object_id
        LEFT JOIN institutions i ON i.id = gf.institution_id
    `);

    await queryRunner.query(`
      CREATE VIEW institutions_view AS
      SELECT
        i.id,
        i.name,
        i.identifier,
        i.state,
        i.type,
        i.deactivated_at,
        i.otp_enabled,
        i.receiving_bucket,
        i.restore_bucket,
        i.spot_restore_frequency,
        i.last_spot_restore_work_item_id,
        i.created_at,
        i.updated_at,
        i.member_institution_id AS parent_id,
        parent.name AS parent_name,
        parent.identifier AS parent_identifier,
        parent.state AS parent_state,
        parent.deactivated_at AS parent_deactivated_at
      FROM institutions i
        LEFT JOIN institutions parent ON parent.id = i.member_institution_id
    `);

    // Sizes and counts cover active files only. Payload files are those under "<identifier>/data/".
    // The reference builds that LIKE pattern from the raw identifier, so "_" and "%" in an
    // identifier act as wildcards; here they are escaped (backslash is LIKE's default escape).
    await queryRunner.query(`
      CREATE VIEW intellectual_objects_view AS
      SELECT
        io.id,
        io.title,
        io.description,
        io.identifier,
        io.alt_identifier,
        io.access,
        io.bag_name,
        io.institution_id,
        io.created_at,
        io.updated_at,
        io.state,
        io.etag,
        io.bag_group_identifier,
        io.storage_option,
        io.bagit_profile_identifier,
        io.source_organization,
        io.internal_sender_identifier,
        io.internal_sender_description,
        i.name AS institution_name,
        i.identifier AS institution_identifier,
        i.type AS institution_type,
        i.member_institution_id AS institution_parent_id,
        (
          SELECT count(*)
          FROM generic_files gf
          WHERE gf.intellectual_object_id = io.id AND gf.state = 'A'
        ) AS file_count,
        (
          SELECT sum(gf.size)
          FROM generic_files gf
          WHERE gf.intellectual_object_id = io.id AND gf.state = 'A'
        ) AS size,
        (
          SELECT count(*)
          FROM generic_files gf
          WHERE gf.intellectual_object_id = io.id AND gf.state = 'A'
            AND gf.identifier LIKE
              replace(replace(replace(io.identifier, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '/data/%'
        ) AS payload_file_count,
        (
          SELECT sum(gf.size)
          FROM generic_files gf
          WHERE gf.intellectual_object_id = io.id AND gf.state = 'A'
            AND gf.identifier LIKE
              replace(replace(replace(io.identifier, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '/data/%'
        ) AS payload_size
      FROM intellectual_objects io
        LEFT JOIN institutions i ON i.id = io.institution_id
    `);

    await queryRunner.query(`
      CREATE VIEW premis_events_view AS
      SELECT
        pe.id,
        pe.identifier,
        pe.institution_id,
        i.name AS institution_name,
        pe.intellectual_object_id,
        io.identifier AS intellectual_object_identifier,
        pe.generic_file_id,
        gf.identifier AS generic_file_identifier,
        pe.event_type,
        pe.date_time,
        pe.detail,
        pe.outcome,
        pe.outcome_detail,
        pe.outcome_information,
        pe.object,
        pe.agent,
        pe.created_at,
        pe.updated_at,
        pe.old_uuid
      FROM premis_events pe
        LEFT JOIN institutions i ON i.id = pe.institution_id
        LEFT JOIN intellectual_objects io ON io.id = pe.intellectual_object_id
        LEFT JOIN generic_files gf ON gf.id = pe.generic_file_id
    `);

    // ROLLUP rows: storage_option NULL is an institution's subtotal; both NULL is the grand total.
    await queryRunner.query(`
      CREATE VIEW storage_option_stats AS
      WITH stats AS (
        SELECT
          sum(gf.size) AS total_bytes,
          count(*) AS file_count,
          gf.institution_id,
          gf.storage_option
        FROM generic_files gf
        WHERE gf.state = 'A'
        GROUP BY ROLLUP (gf.institution_id, gf.storage_option)
      )
      SELECT
        s.total_bytes,
        s.file_count,
        s.institution_id,
        s.storage_option,
        i.name AS institution_name,
        i.identifier AS institution_identifier
      FROM stats s
        LEFT JOIN institutions i ON i.id = s.institution_id
    `);

    // The user columns without the secrets and the login-flow state, plus the institution and its parent.
    await queryRunner.query(`
      CREATE VIEW users_view AS
      SELECT
        u.id,
        u.name,
        u.email,
        u.phone_number,
        u.created_at,
        u.updated_at,
        u.reset_password_sent_at,
        u.remember_created_at,
        u.sign_in_count,
        u.current_sign_in_at,
        u.last_sign_in_at,
        u.current_sign_in_ip,
        u.last_sign_in_ip,
        u.institution_id,
        u.password_changed_at,
        u.consumed_timestep,
        u.otp_required_for_login,
        u.deactivated_at,
        u.enabled_two_factor,
        u.confirmed_two_factor,
        u.authy_id,
        u.last_sign_in_with_authy,
        u.authy_status,
        u.email_verified,
        u.initial_password_updated,
        u.force_password_update,
        u.account_confirmed,
        u.grace_period,
        u.role,
        i.name AS institution_name,
        i.identifier AS institution_identifier,
        i.state AS institution_state,
        i.type AS institution_type,
        i.member_institution_id,
        i2.name AS member_institution_name,
        i2.identifier AS member_institution_identifier,
        i2.state AS member_institution_state,
        i.otp_enabled,
        i.receiving_bucket,
        i.restore_bucket
      FROM users u
        LEFT JOIN institutions i ON i.id = u.institution_id
        LEFT JOIN institutions i2 ON i2.id = i.member_institution_id
    `);

    // storage_option is the object's, so it is NULL for ingests whose object is not recorded yet.
    await queryRunner.query(`
      CREATE VIEW work_items_view AS
      SELECT
        wi.id,
        wi.name,
        wi.etag,
        wi.institution_id,
        i.name AS institution_name,
        i.identifier AS institution_identifier,
        wi.intellectual_object_id,
        io.identifier AS object_identifier,
        io.alt_identifier,
        io.bag_group_identifier,
        io.storage_option,
        io.bagit_profile_identifier,
        io.source_organization,
        io.internal_sender_identifier,
        wi.generic_file_id,
        gf.identifier AS generic_file_identifier,
        wi.bucket,
        wi."user",
        wi.note,
        wi.action,
        wi.stage,
        wi.status,
        wi.outcome,
        wi.bag_date,
        wi.date_processed,
        wi.retry,
        wi.node,
        wi.pid,
        wi.needs_admin_review,
        wi.queued_at,
        wi.size,
        wi.stage_started_at,
        wi.aptrust_approver,
        wi.inst_approver,
        wi.deletion_request_id,
        wi.created_at,
        wi.updated_at
      FROM work_items wi
        LEFT JOIN institutions i ON i.id = wi.institution_id
        LEFT JOIN intellectual_objects io ON io.id = wi.intellectual_object_id
        LEFT JOIN generic_files gf ON gf.id = wi.generic_file_id
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW work_items_view`);
    await queryRunner.query(`DROP VIEW users_view`);
    await queryRunner.query(`DROP VIEW storage_option_stats`);
    await queryRunner.query(`DROP VIEW premis_events_view`);
    await queryRunner.query(`DROP VIEW intellectual_objects_view`);
    await queryRunner.query(`DROP VIEW institutions_view`);
    await queryRunner.query(`DROP VIEW generic_files_view`);
    await queryRunner.query(`DROP VIEW deletion_requests_view`);
    await queryRunner.query(`DROP VIEW checksums_view`);
    await queryRunner.query(`DROP VIEW alerts_view`);
  }
}
