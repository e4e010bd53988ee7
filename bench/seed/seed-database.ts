import { SingleBar } from 'cli-progress';
import { Client } from 'pg';
import { openDataSource } from '../../src/shared/persistence/data-source.js';
import { compactRowCounts } from '../../src/database/statistics.js';
import type { DatasetScale } from '../bench-config.js';
import { institutionsAndUsersSql, seedSteps } from './dataset-sql.js';

/** The ar_internal_metadata key that marks a database as a bench dataset, with its scale. */
export const DATASET_KEY = 'bench dataset';
/** Bump when the generated data changes, so that older datasets are rebuilt. */
const GENERATOR_VERSION = 1;

/** The tables the seeder fills, whose secondary indexes and foreign keys it builds after loading. */
const SEEDED_TABLES = ['intellectual_objects', 'generic_files', 'checksums', 'storage_records', 'premis_events', 'work_items'];

/** Ids per INSERT statement: small enough for a lively progress bar, large enough to stay fast. */
const CHUNK = 250_000;

interface DatasetMarker {
  readonly version: number;
  readonly scale: DatasetScale;
  readonly complete: boolean;
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/**
 * Makes `databaseUrl` hold a complete dataset of `scale`, migrated to the latest schema: reuses it
 * when its marker matches, otherwise drops and recreates it (only if it is empty or a bench dataset,
 * never any other database) and seeds it.
 */
export async function ensureDataset(databaseUrl: string, scale: DatasetScale): Promise<'reused' | 'seeded'> {
  const name = databaseName(databaseUrl);
  if (name === '' || name === 'postgres' || name.startsWith('template')) {
    throw new Error(`BENCH_DATABASE_URL must name a database of its own, not "${name}"`);
  }
  const wanted: DatasetMarker = { version: GENERATOR_VERSION, scale, complete: true };
  const state = await inspect(databaseUrl);
  if (state.kind === 'dataset' && sameMarker(state.marker, wanted)) {
    log(`Reusing the bench dataset in ${databaseName(databaseUrl)} (${describe(scale)})`);
    await migrate(databaseUrl);
    await tidyAfterEarlierRuns(databaseUrl);
    return 'reused';
  }
  if (state.kind === 'foreign') {
    throw new Error(`${databaseName(databaseUrl)} holds tables but no bench dataset marker; refusing to drop it. Name another database in BENCH_DATABASE_URL.`);
  }
  log(`${state.kind === 'missing' ? 'Creating' : 'Recreating'} ${databaseName(databaseUrl)} and seeding ${describe(scale)}`);
  await recreateDatabase(databaseUrl);
  await migrate(databaseUrl);
  await seed(databaseUrl, scale, wanted);
  return 'seeded';
}

type DatabaseState = { kind: 'missing' } | { kind: 'empty' } | { kind: 'foreign' } | { kind: 'dataset'; marker: DatasetMarker };

async function inspect(databaseUrl: string): Promise<DatabaseState> {
  const exists = await withClient(maintenanceUrl(databaseUrl), async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName(databaseUrl)]);
    return (rowCount ?? 0) > 0;
  });
  if (!exists) return { kind: 'missing' };
  return withClient(databaseUrl, async (client) => {
    const { rows: tables } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if ((tables[0]?.n ?? 0) === 0) return { kind: 'empty' };
    const { rows } = await client
      .query<{ value: string }>(`SELECT value FROM ar_internal_metadata WHERE key = $1`, [DATASET_KEY])
      .catch(() => ({ rows: [] as { value: string }[] }));
    if (!rows[0]) return { kind: 'foreign' };
    return { kind: 'dataset', marker: JSON.parse(rows[0].value) as DatasetMarker };
  });
}

function sameMarker(a: DatasetMarker, b: DatasetMarker): boolean {
  return a.complete && a.version === b.version && JSON.stringify(sortedScale(a.scale)) === JSON.stringify(sortedScale(b.scale));
}

const sortedScale = (scale: DatasetScale) => Object.fromEntries(Object.entries(scale).sort(([x], [y]) => x.localeCompare(y)));

async function recreateDatabase(databaseUrl: string): Promise<void> {
  const name = databaseName(databaseUrl).replace(/"/g, '""');
  await withClient(maintenanceUrl(databaseUrl), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

async function migrate(databaseUrl: string): Promise<void> {
  const dataSource = await openDataSource({ url: databaseUrl, poolSize: 1 });
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

async function seed(databaseUrl: string, scale: DatasetScale, marker: DatasetMarker): Promise<void> {
  const started = Date.now();
  await withClient(databaseUrl, async (client) => {
    await client.query(`SET work_mem = '256MB'`);
    await client.query(`SET maintenance_work_mem = '1GB'`);
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SELECT setseed(0.4242)`);
    await writeMarker(client, { ...marker, complete: false });

    for (const sql of institutionsAndUsersSql(scale.institutions)) await client.query(sql);

    // Loading into tables without secondary indexes and foreign keys, then building them, is several
    // times faster than maintaining them row by row. The definitions are read back from the
    // migrated schema, so the result is exactly the migrated schema.
    const deferred = await deferIndexesAndForeignKeys(client);

    const steps = seedSteps(scale).filter((step) => step.rows > 0);
    const bar = new SingleBar({
      format: 'Seeding {bar} {percentage}% | {value}/{total} rows | {step} | {duration_formatted}',
      noTTYOutput: true,
      notTTYSchedule: 5000,
      hideCursor: true,
      stream: process.stderr,
    });
    bar.start(steps.reduce((sum, step) => sum + step.rows, 0), 0, { step: steps[0]?.label ?? '' });
    try {
      for (const step of steps) {
        bar.update({ step: step.label });
        for (let first = 1; first <= step.rows; first += CHUNK) {
          const last = Math.min(step.rows, first + CHUNK - 1);
          await client.query(step.sql, [first, last, ...(step.parameters ?? [])]);
          bar.increment(last - first + 1);
        }
      }
    } finally {
      bar.stop();
    }

    await timed('Resetting id sequences', () => resetSequences(client));
    await timed(`Building ${deferred.indexes.length} indexes and ${deferred.foreignKeys.length} foreign keys`, async () => {
      await client.query('SET max_parallel_maintenance_workers = 2');
      for (const index of deferred.indexes) await client.query(index.definition);
      for (const fk of deferred.foreignKeys) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${fk.definition}`);
    });
    await timed('VACUUM ANALYZE', () => client.query('VACUUM (ANALYZE)'));
    await writeMarker(client, marker);
  });

  const dataSource = await openDataSource({ url: databaseUrl, poolSize: 1 });
  try {
    await timed('Compacting the row counters', () => compactRowCounts(dataSource));
    await dataSource.query('VACUUM (ANALYZE) row_count_deltas');
  } finally {
    await dataSource.destroy();
  }
  log(`Seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

interface Deferred {
  readonly indexes: readonly { name: string; definition: string }[];
  readonly foreignKeys: readonly { table: string; name: string; definition: string }[];
}

async function deferIndexesAndForeignKeys(client: Client): Promise<Deferred> {
  const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($1) ORDER BY 1, 2`,
    [SEEDED_TABLES],
  );
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition
       FROM pg_index
      WHERE indrelid::regclass::text = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = pg_index.indexrelid)
      ORDER BY 1`,
    [SEEDED_TABLES],
  );
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  return { indexes, foreignKeys };
}

async function resetSequences(client: Client): Promise<void> {
  for (const table of ['institutions', 'users', ...SEEDED_TABLES]) {
    await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), COALESCE((SELECT max(id) FROM ${table}), 0) + 1, false)`, [table]);
  }
}

async function writeMarker(client: Client, marker: DatasetMarker): Promise<void> {
  await client.query(
    `INSERT INTO ar_internal_metadata (key, value, created_at, updated_at)
     VALUES ($1, $2, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    [DATASET_KEY, JSON.stringify(marker)],
  );
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  process.stderr.write(`${label} … `);
  const result = await work();
  process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

/**
 * Earlier runs' writes leave row-counter deltas (the server's compaction job does not run under the
 * bench), dead rows and stale statistics behind, and autovacuum may be off (it is on the CI
 * machines): tidied, the tables read as they would in service.
 */
async function tidyAfterEarlierRuns(databaseUrl: string): Promise<void> {
  const started = Date.now();
  await withClient(databaseUrl, async (client) => {
    await client.query('SELECT compact_row_count_deltas()');
    await client.query('VACUUM (ANALYZE) row_count_deltas, work_items, generic_files, premis_events, checksums, storage_records, intellectual_objects');
  });
  log(`Compacted the row counters and vacuumed the tables earlier runs wrote … ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, options: '-c TimeZone=UTC' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

function maintenanceUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  return parsed.toString();
}

const describe = (scale: DatasetScale): string =>
  `${scale.institutions} institutions, ${scale.objects} objects, ${scale.files} files, ${scale.checksums} checksums, ` +
  `${scale.events} events, ${scale.workItems} work items`;
