import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { projectRoot } from '../shared/project-root.js';
import { compactRowCounts, refreshStatistics } from './statistics.js';

/** The reference fixture tables in foreign-key order (the fixtures README's load order). */
export const FIXTURE_TABLES = [
  'storage_options',
  'institutions',
  'users',
  'intellectual_objects',
  'generic_files',
  'checksums',
  'storage_records',
  'premis_events',
  'work_items',
  'deletion_requests',
  'deletion_requests_generic_files',
  'deletion_requests_intellectual_objects',
  'alerts',
  'alerts_premis_events',
  'alerts_users',
  'alerts_work_items',
] as const;

export type FixtureTable = (typeof FIXTURE_TABLES)[number];

export const defaultFixtureDir = (): string => path.join(projectRoot(), 'test', 'fixtures', 'registry');

/**
 * Drops and recreates the schema, migrates it, and loads the reference fixtures: the exact state
 * the reference's own tests start from. Returns the number of rows loaded per table.
 */
export async function resetToFixtures(dataSource: DataSource, fixtureDir = defaultFixtureDir()): Promise<Map<FixtureTable, number>> {
  await dataSource.query('DROP SCHEMA IF EXISTS public CASCADE');
  await dataSource.query('CREATE SCHEMA public');
  await dataSource.runMigrations({ transaction: 'each' });
  return loadFixtures(dataSource, fixtureDir);
}

/** Loads the fixture CSVs into an empty, migrated database in one transaction. */
export async function loadFixtures(dataSource: DataSource, fixtureDir = defaultFixtureDir()): Promise<Map<FixtureTable, number>> {
  const counts = new Map<FixtureTable, number>();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const client = (await runner.connect()) as PoolClient;
    await client.query(`SET LOCAL DateStyle = 'ISO, MDY'`);
    for (const table of FIXTURE_TABLES) {
      counts.set(table, await copyCsv(client, table, path.join(fixtureDir, `${table}.csv`)));
    }
    await resetIdSequences(client);
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
  await refreshStatistics(dataSource, { rebuildHistory: true });
  await compactRowCounts(dataSource);
  return counts;
}

/**
 * COPY ... CSV fills columns by position and ignores the header, so the header's column names are
 * passed as the column list; the CSV quirks (US dates, `{a,b}` arrays, TRUE/FALSE, unquoted empty
 * = NULL) are exactly what COPY reads natively.
 */
async function copyCsv(client: PoolClient, table: FixtureTable, file: string): Promise<number> {
  const header = (await readFile(file, 'utf8')).split(/\r?\n/, 1)[0];
  const columns = header.split(',').map((c) => `"${c.replace(/^"|"$/g, '')}"`).join(', ');
  const stream = client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN WITH (FORMAT csv, HEADER true)`));
  await pipeline(createReadStream(file), stream);
  return stream.rowCount ?? 0;
}

/** Moves every serial/bigserial sequence of the public schema past the largest id in its table. */
async function resetIdSequences(client: PoolClient): Promise<void> {
  const { rows } = await client.query<{ table_name: string; column_name: string; sequence: string }>(`
    SELECT c.table_name, c.column_name, pg_get_serial_sequence(format('%I', c.table_name), c.column_name) AS sequence
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
       AND pg_get_serial_sequence(format('%I', c.table_name), c.column_name) IS NOT NULL`);
  for (const { table_name, column_name, sequence } of rows) {
    await client.query(
      `SELECT setval($1, COALESCE((SELECT max(${quoteIdent(column_name)}) FROM ${quoteIdent(table_name)}), 0) + 1, false)`,
      [sequence],
    );
  }
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
