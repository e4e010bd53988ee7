import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/**
 * The rows of one recorder batch (100 files, each with 4 checksums, 2 storage records and 8 events),
 * inserted by one statement straight into PostgreSQL: no server, no HTTP, no JSON. What this reaches
 * is the most files per second the database can take on this machine, whatever the server does.
 */
const BATCH_SQL = `
WITH f AS (
  INSERT INTO generic_files (file_format, size, identifier, intellectual_object_id, institution_id, state, storage_option, uuid,
                             last_fixity_check, created_at, updated_at)
  SELECT 'text/plain', 1024 + g, $1 || '/data/file-' || g || '.txt', $2, $3, 'A', 'Standard', gen_random_uuid()::text,
         now(), now(), now()
  FROM generate_series(0, 99) g
  RETURNING id, intellectual_object_id, institution_id),
c AS (
  INSERT INTO checksums (algorithm, datetime, digest, generic_file_id, created_at, updated_at)
  SELECT a, now(), repeat(md5(random()::text), CASE a WHEN 'md5' THEN 1 ELSE 2 END), f.id, now(), now()
  FROM f, unnest(ARRAY['md5', 'sha1', 'sha256', 'sha512']) a
  RETURNING 1),
s AS (
  INSERT INTO storage_records (generic_file_id, url)
  SELECT f.id, bucket || gen_random_uuid() FROM f,
    unnest(ARRAY['https://s3.amazonaws.com/aptrust.preservation.storage/', 'https://s3.us-west-2.amazonaws.com/aptrust.preservation.oregon/']) bucket
  RETURNING 1),
e AS (
  INSERT INTO premis_events (identifier, event_type, date_time, detail, outcome, outcome_detail, outcome_information, object, agent,
                             intellectual_object_id, generic_file_id, institution_id, created_at, updated_at)
  SELECT gen_random_uuid()::text, t, now(), t || ' of file ' || f.id, 'Success', gen_random_uuid()::text, 'Recorded by the bench',
         'APTrust preservation services', 'https://github.com/APTrust/preservation-services', f.intellectual_object_id, f.id, f.institution_id,
         now(), now()
  FROM f, unnest(ARRAY['ingestion', 'message digest calculation', 'message digest calculation', 'identifier assignment',
                       'identifier assignment', 'replication', 'validation', 'access assignment']) t
  RETURNING 1)
SELECT (SELECT count(*) FROM c) + (SELECT count(*) FROM s) + (SELECT count(*) FROM e) AS children`;

const FILES_PER_BATCH = 100;

export interface RecorderTarget {
  readonly institutionId: number;
  readonly institutionIdentifier: string;
  readonly objectId: number;
}

/** Batches from `connections` sessions for `seconds`; answers the files per second PostgreSQL took. */
export async function recorderDatabaseAloneFilesPerSecond(databaseUrl: string, connections: number, seconds: number, target: RecorderTarget): Promise<number> {
  const run = randomUUID().slice(0, 8);
  let batches = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, session) => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        for (let bag = 0; performance.now() < until; bag++) {
          const prefix = `${target.institutionIdentifier}/bench-sql-${run}-${session}-${bag}`;
          await client.query(BATCH_SQL, [prefix, target.objectId, target.institutionId]);
          batches++;
        }
      } finally {
        await client.end();
      }
    }),
  );
  return Math.round((batches * FILES_PER_BATCH) / ((performance.now() - started) / 1000));
}
