import type { DatasetScale } from '../bench-config.js';

/**
 * The synthetic dataset, generated inside PostgreSQL with generate_series. Every statement covers
 * one id range, so that the seeder can show progress; `$1` and `$2` are the first and last id.
 *
 * Shapes follow data-model.md: objects skewed over institutions (institution k holds a share ∝ 1/k),
 * files skewed over objects (a few bags with thousands of files, most with a handful), four digests
 * per file, two storage records per Standard file, file events in the ingest order followed by fixity
 * checks, object events, one ingest work item per object plus restores and deletions.
 */

/** The bcrypt hash of "password" that the fixture users share (test/fixtures/registry/users.csv). */
export const PASSWORD_HASH = '$2a$10$7aoot2KFFqikpTYVEbErYOxZijCHDPvqT4OMoFwdmsYBE9SK2PibC';

export const SYS_ADMIN_EMAIL = 'system@aptrust.org';

/** Institution ids are 2 … institutions + 1; id 1 is APTrust. */
export const institutionIdentifier = (id: number): string => `inst${String(id - 1).padStart(2, '0')}.edu`;
export const institutionUserEmail = (id: number): string => `user@${institutionIdentifier(id)}`;

const APTRUST_PROFILE = 'https://raw.githubusercontent.com/APTrust/preservation-services/master/profiles/aptrust-v2.2.json';
const BTR_PROFILE = 'https://github.com/dpscollaborative/btr_bagit_profile/releases/download/1.0/btr-bagit-profile.json';
const EPOCH = `timestamp '2016-01-04 09:00:00'`;
const SPAN_DAYS = 3440;
const NOW = `timestamp '2025-06-30 12:00:00'`;

export interface SeedStep {
  /** Shown in the progress display. */
  readonly label: string;
  /** How many ids the step covers (its share of the progress bar). */
  readonly rows: number;
  /** One statement per id range [$1, $2]. */
  readonly sql: string;
  /** Extra parameters after $1, $2. */
  readonly parameters?: readonly unknown[];
}

/** Cumulative shares of institutions 2 … n (the last is implied): width_bucket thresholds. */
export function institutionThresholds(institutions: number): number[] {
  const weights = Array.from({ length: institutions }, (_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const thresholds: number[] = [];
  let cumulative = 0;
  for (const weight of weights.slice(0, -1)) {
    cumulative += weight / total;
    thresholds.push(cumulative);
  }
  return thresholds;
}

export function institutionsAndUsersSql(institutions: number): string[] {
  const rows = Array.from({ length: institutions }, (_, k) => k + 2)
    .map((id) => {
      const identifier = institutionIdentifier(id);
      return `(${id}, 'Bench Institution ${String(id - 1).padStart(2, '0')}', '${identifier}', ${EPOCH}, ${EPOCH}, 'A', 'MemberInstitution',
               'aptrust.receiving.test.${identifier}', 'aptrust.restore.test.${identifier}', 30)`;
    })
    .join(',\n');
  const users = Array.from({ length: institutions }, (_, k) => k + 2)
    .flatMap((id) => [
      `('Bench User ${id - 1}', '${institutionUserEmail(id)}', ${id}, 'institutional_user')`,
      `('Bench Admin ${id - 1}', 'admin@${institutionIdentifier(id)}', ${id}, 'institutional_admin')`,
    ])
    .join(',\n');
  return [
    `INSERT INTO institutions (id, name, identifier, created_at, updated_at, state, type, receiving_bucket, restore_bucket, spot_restore_frequency)
     VALUES (1, 'APTrust', 'aptrust.org', ${EPOCH}, ${EPOCH}, 'A', NULL, 'aptrust.receiving.test.aptrust.org', 'aptrust.restore.test.aptrust.org', 0),
     ${rows}`,
    `INSERT INTO users (name, email, institution_id, role, created_at, updated_at, encrypted_password, encrypted_api_secret_key,
                        email_verified, initial_password_updated, account_confirmed, grace_period, phone_number)
     SELECT u.name, u.email, u.institution_id, u.role, ${EPOCH}, ${EPOCH}, '${PASSWORD_HASH}', '${PASSWORD_HASH}',
            true, true, true, timestamp '1999-12-31 23:59:00', '14345551212'
       FROM (VALUES ('APTrust System', '${SYS_ADMIN_EMAIL}', 1, 'admin'),
                    ${users}) AS u (name, email, institution_id, role)`,
  ];
}

export function seedSteps(scale: DatasetScale): SeedStep[] {
  const n = scale.objects;
  const f = scale.files;
  const fileEvents = Math.min(scale.events, Math.round(scale.events * 0.9));
  const ingests = Math.min(scale.workItems, n);
  return [
    {
      label: 'intellectual_objects',
      rows: n,
      parameters: [institutionThresholds(scale.institutions)],
      sql: `
        INSERT INTO intellectual_objects (id, title, description, identifier, alt_identifier, access, bag_name, institution_id,
          created_at, updated_at, state, etag, bag_group_identifier, storage_option, bagit_profile_identifier, source_organization,
          internal_sender_identifier, internal_sender_description)
        SELECT s.g,
               initcap(s.collection) || ', item ' || s.g,
               CASE WHEN s.g % 3 = 0 THEN NULL ELSE 'Digitized ' || s.collection || ' from the special collections, batch ' || s.g / 100 END,
               i.identifier || '/' || s.bag_name,
               CASE WHEN s.g % 4 = 0 THEN 'ALT-' || lpad(s.g::text, 8, '0') END,
               CASE WHEN s.r_access < 0.55 THEN 'consortia' WHEN s.r_access < 0.9 THEN 'institution' ELSE 'restricted' END,
               s.bag_name,
               i.id,
               s.created_at,
               CASE WHEN s.r_update < 0.7 THEN s.created_at + s.r_update * interval '2 hours'
                    ELSE s.created_at + (s.r_update - 0.7) / 0.3 * (${NOW} - s.created_at) END,
               CASE WHEN s.r_state < 0.03 THEN 'D' ELSE 'A' END,
               md5('etag' || s.g),
               s.collection || '-' || s.g / 250,
               CASE WHEN s.r_option < 0.78 THEN 'Standard' WHEN s.r_option < 0.86 THEN 'Glacier-OR' WHEN s.r_option < 0.90 THEN 'Glacier-Deep-OH'
                    WHEN s.r_option < 0.95 THEN 'Wasabi-VA' WHEN s.r_option < 0.97 THEN 'Glacier-VA' ELSE 'Wasabi-OR' END,
               CASE WHEN s.g % 10 = 0 THEN '${BTR_PROFILE}' ELSE '${APTRUST_PROFILE}' END,
               i.name,
               'sender-' || s.g,
               CASE WHEN s.g % 5 = 0 THEN 'Transferred by the digitization lab' END
          FROM (SELECT g, collection, 2 + width_bucket(r_institution, $3::float8[]) AS institution, r_access, r_update, r_state, r_option,
                       created_at, collection || '.' || to_char(created_at, 'YYYY-MM-DD') || '.' || g AS bag_name
                  FROM (SELECT g, random() AS r_institution, random() AS r_access, random() AS r_update, random() AS r_state, random() AS r_option,
                               (ARRAY['photographs', 'manuscripts', 'theses', 'oral-histories', 'maps', 'newspapers', 'audio', 'video'])[1 + g % 8] AS collection,
                               ${EPOCH} + (g::float8 / ${n}) * interval '${SPAN_DAYS} days' + random() * interval '1 day' AS created_at
                          FROM generate_series($1::int, $2::int) g) r) s
          JOIN institutions i ON i.id = s.institution`,
    },
    {
      label: 'generic_files',
      rows: f,
      sql: `
        INSERT INTO generic_files (id, file_format, size, identifier, intellectual_object_id, created_at, updated_at, state,
          last_fixity_check, institution_id, storage_option, uuid, mod_time)
        SELECT s.g,
               (ARRAY['image/tiff', 'image/tiff', 'image/tiff', 'image/tiff', 'application/pdf', 'application/pdf', 'text/plain', 'audio/x-wav',
                      'image/jpeg', 'application/xml'])[1 + s.g % 10],
               floor(exp(7 + s.r_size * 13))::bigint,
               io.identifier || '/data/' || 'box' || (s.g % 13) || '/' ||
                 CASE WHEN s.g % 97 = 0 THEN 'Scan ' || s.g || ' (copy) & notes’' ELSE 'file_' || s.g END ||
                 (ARRAY['.tif', '.tif', '.tif', '.tif', '.pdf', '.pdf', '.txt', '.wav', '.jpg', '.xml'])[1 + s.g % 10],
               io.id,
               io.created_at + (s.g % 3600) * interval '1 second',
               CASE WHEN s.r_state < 0.5 THEN io.created_at + (s.g % 3600) * interval '1 second' ELSE s.fixity END,
               CASE WHEN io.state = 'D' OR s.r_state < 0.01 THEN 'D' ELSE 'A' END,
               s.fixity,
               io.institution_id,
               io.storage_option,
               gen_random_uuid()::text,
               io.created_at - interval '30 days'
          FROM (SELECT g, 1 + floor(${n} * power(random(), 2))::int AS object_id, random() AS r_size, random() AS r_state,
                       timestamp '2025-04-01' + random() * interval '90 days' AS fixity
                  FROM generate_series($1::int, $2::int) g) s
          JOIN intellectual_objects io ON io.id = s.object_id`,
    },
    {
      label: 'checksums',
      rows: scale.checksums,
      sql: `
        INSERT INTO checksums (id, algorithm, datetime, digest, generic_file_id, created_at, updated_at)
        SELECT s.g,
               (ARRAY['md5', 'sha1', 'sha256', 'sha512'])[1 + s.algorithm],
               gf.created_at,
               CASE s.algorithm
                 WHEN 0 THEN md5(gf.uuid || s.g)
                 WHEN 1 THEN left(encode(sha256((gf.uuid || s.g)::bytea), 'hex'), 40)
                 WHEN 2 THEN encode(sha256((gf.uuid || s.g)::bytea), 'hex')
                 ELSE encode(sha512((gf.uuid || s.g)::bytea), 'hex')
               END,
               gf.id,
               gf.created_at + (s.g / ${4 * f}) * interval '1 day',
               gf.created_at + (s.g / ${4 * f}) * interval '1 day'
          FROM (SELECT g, (g - 1) % 4 AS algorithm, 1 + ((g - 1) / 4) % ${f} AS file_id FROM generate_series($1::int, $2::int) g) s
          JOIN generic_files gf ON gf.id = s.file_id`,
    },
    {
      label: 'storage_records',
      rows: f,
      sql: `
        INSERT INTO storage_records (generic_file_id, url)
        SELECT gf.id, 'https://s3.amazonaws.com/aptrust.preservation.storage/' || gf.uuid
          FROM generic_files gf WHERE gf.id BETWEEN $1 AND $2
        UNION ALL
        SELECT gf.id, 'https://s3.us-west-2.amazonaws.com/aptrust.preservation.oregon/' || gf.uuid
          FROM generic_files gf WHERE gf.id BETWEEN $1 AND $2 AND gf.storage_option = 'Standard'`,
    },
    {
      label: 'premis_events (files)',
      rows: fileEvents,
      sql: `
        INSERT INTO premis_events (id, identifier, event_type, date_time, outcome_detail, detail, outcome_information, object, agent,
          intellectual_object_id, generic_file_id, created_at, updated_at, outcome, institution_id)
        SELECT s.g,
               gen_random_uuid()::text,
               e.event_type,
               e.date_time,
               CASE WHEN e.event_type IN ('fixity check', 'message digest calculation') THEN 'sha256:' || encode(sha256(gf.uuid::bytea), 'hex')
                    WHEN e.event_type = 'identifier assignment' THEN gf.identifier
                    ELSE gf.uuid END,
               CASE e.event_type
                 WHEN 'ingestion' THEN 'Completed copy to preservation storage'
                 WHEN 'identifier assignment' THEN 'Assigned new institution.bag/path identifier'
                 WHEN 'message digest calculation' THEN 'Calculated fixity value'
                 WHEN 'replication' THEN 'Copied to replication storage and assigned replication URL identifier'
                 ELSE 'Fixity check against registry checksum' END,
               CASE WHEN s.r_outcome < 0.001 AND e.event_type = 'fixity check' THEN 'Fixity did not match' ELSE 'Fixity matches' END,
               'Go language crypto/sha256',
               'https://github.com/APTrust/preservation-services',
               gf.intellectual_object_id,
               gf.id,
               e.date_time,
               e.date_time,
               CASE WHEN s.r_outcome < 0.001 AND e.event_type = 'fixity check' THEN 'Failure' ELSE 'Success' END,
               gf.institution_id
          FROM (SELECT g, 1 + (g - 1) % ${f} AS file_id, (g - 1) / ${f} AS cycle, random() AS r_outcome
                  FROM generate_series($1::int, $2::int) g) s
          JOIN generic_files gf ON gf.id = s.file_id
          CROSS JOIN LATERAL (
            SELECT CASE s.cycle WHEN 0 THEN 'ingestion' WHEN 1 THEN 'identifier assignment' WHEN 2 THEN 'message digest calculation'
                                WHEN 3 THEN 'replication' ELSE 'fixity check' END AS event_type,
                   CASE WHEN s.cycle < 4 THEN gf.created_at + s.cycle * interval '1 minute'
                        ELSE least(gf.created_at + (s.cycle - 3) * interval '90 days', gf.last_fixity_check) END AS date_time
          ) e`,
    },
    {
      label: 'premis_events (objects)',
      rows: scale.events - fileEvents,
      parameters: [fileEvents],
      sql: `
        INSERT INTO premis_events (id, identifier, event_type, date_time, outcome_detail, detail, outcome_information, object, agent,
          intellectual_object_id, generic_file_id, created_at, updated_at, outcome, institution_id)
        SELECT $3::int + s.g,
               gen_random_uuid()::text,
               e.event_type,
               e.date_time,
               io.identifier,
               CASE e.event_type WHEN 'ingestion' THEN 'Copied all files to perservation bucket' WHEN 'deletion' THEN 'Object deleted at the request of the depositor'
                    ELSE 'Assigned bag identifier' END,
               'Object ' || e.event_type || ' completed',
               'APTrust preservation services',
               'https://github.com/APTrust/preservation-services',
               io.id,
               NULL,
               e.date_time,
               e.date_time,
               'Success',
               io.institution_id
          FROM (SELECT g, 1 + (g - 1) % ${n} AS object_id, (g - 1) / ${n} AS cycle FROM generate_series($1::int, $2::int) g) s
          JOIN intellectual_objects io ON io.id = s.object_id
          CROSS JOIN LATERAL (
            SELECT CASE s.cycle WHEN 0 THEN 'ingestion' WHEN 1 THEN 'identifier assignment' WHEN 2 THEN 'access assignment' WHEN 3 THEN 'creation'
                                ELSE CASE WHEN io.state = 'D' THEN 'deletion' ELSE 'validation' END END AS event_type,
                   CASE WHEN s.cycle < 4 THEN io.created_at + s.cycle * interval '1 minute' ELSE io.updated_at END AS date_time
          ) e`,
    },
    {
      label: 'work_items (ingests)',
      rows: ingests,
      sql: `
        INSERT INTO work_items (id, created_at, updated_at, intellectual_object_id, name, etag, bucket, "user", note, action, stage, status,
          outcome, bag_date, date_processed, retry, node, pid, needs_admin_review, institution_id, queued_at, size, stage_started_at)
        SELECT io.id,
               io.created_at - interval '3 hours',
               CASE WHEN s.done THEN io.created_at ELSE io.created_at + interval '1 hour' END,
               io.id,
               io.bag_name || '.tar',
               io.etag,
               'aptrust.receiving.test.' || i.identifier,
               'user@' || i.identifier,
               CASE WHEN s.done THEN 'Finished cleanup. Ingest complete.' ELSE 'Ingest in progress' END,
               'Ingest',
               CASE WHEN s.done THEN 'Cleanup'
                    ELSE (ARRAY['Receive', 'Validate', 'Reingest Check', 'Copy To Staging', 'Format Identification', 'Store',
                                'Storage Validation', 'Record'])[1 + io.id % 8] END,
               CASE WHEN s.done THEN 'Success' ELSE (ARRAY['Pending', 'Started', 'Failed', 'Suspended'])[1 + io.id % 4] END,
               CASE WHEN s.done THEN 'Ingest complete' ELSE '' END,
               io.created_at - interval '1 day',
               io.created_at,
               true,
               CASE WHEN NOT s.done THEN 'ip-10-0-1-' || io.id % 20 END,
               CASE WHEN NOT s.done THEN 1000 + io.id % 30000 ELSE 0 END,
               false,
               io.institution_id,
               io.created_at - interval '3 hours',
               floor(exp(15 + random() * 8))::bigint,
               io.created_at - interval '1 hour'
          FROM (SELECT g, random() >= 0.03 AS done FROM generate_series($1::int, $2::int) g) s
          JOIN intellectual_objects io ON io.id = s.g
          JOIN institutions i ON i.id = io.institution_id`,
    },
    {
      label: 'work_items (restores, deletions)',
      rows: scale.workItems - ingests,
      parameters: [ingests],
      sql: `
        INSERT INTO work_items (id, created_at, updated_at, intellectual_object_id, generic_file_id, name, etag, bucket, "user", note, action,
          stage, status, outcome, bag_date, date_processed, retry, node, pid, needs_admin_review, institution_id, queued_at, size,
          stage_started_at, inst_approver)
        SELECT $3::int + s.g,
               t.at,
               t.at + interval '20 minutes',
               io.id,
               CASE WHEN s.action = 'Restore File' THEN gf.id END,
               io.bag_name || '.tar',
               io.etag,
               'aptrust.restore.test.' || i.identifier,
               'user@' || i.identifier,
               s.action || ' ' || lower(s.status),
               s.action,
               CASE s.status WHEN 'Success' THEN 'Cleanup' WHEN 'Pending' THEN 'Requested'
                    ELSE CASE WHEN s.action = 'Delete' THEN 'Resolve' ELSE 'Restoring' END END,
               s.status,
               CASE WHEN s.status = 'Failed' THEN 'Could not reach storage' ELSE '' END,
               io.created_at - interval '1 day',
               t.at + interval '20 minutes',
               s.status <> 'Failed',
               CASE WHEN s.status = 'Started' THEN 'ip-10-0-2-' || s.g % 20 END,
               0,
               false,
               io.institution_id,
               t.at,
               gf.size,
               t.at,
               CASE WHEN s.action = 'Delete' THEN 'admin@' || i.identifier END
          FROM (SELECT g, 1 + floor(${f} * random())::int AS file_id,
                       CASE WHEN r_action < 0.4 THEN 'Restore Object' WHEN r_action < 0.6 THEN 'Restore File' WHEN r_action < 0.8 THEN 'Delete'
                            WHEN r_action < 0.9 THEN 'Glacier Restore' ELSE 'Ingest' END AS action,
                       CASE WHEN r_status < 0.85 THEN 'Success' WHEN r_status < 0.9 THEN 'Failed' WHEN r_status < 0.95 THEN 'Pending'
                            WHEN r_status < 0.98 THEN 'Started' ELSE 'Cancelled' END AS status,
                       r_at
                  FROM (SELECT g, random() AS r_action, random() AS r_status, random() AS r_at FROM generate_series($1::int, $2::int) g) r) s
          JOIN generic_files gf ON gf.id = s.file_id
          JOIN intellectual_objects io ON io.id = gf.intellectual_object_id
          JOIN institutions i ON i.id = io.institution_id
          CROSS JOIN LATERAL (SELECT io.created_at + s.r_at * (${NOW} - io.created_at) AS at) t`,
    },
  ];
}
