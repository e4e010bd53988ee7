import './resolve-ts.cjs';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadFixtures } from '../../src/database/fixtures.js';
import { openDataSource } from '../../src/shared/persistence/data-source.js';
import { startEmbeddedPostgres } from '../../src/shared/persistence/embedded-postgres.js';
import { serverUrlOf, withDatabase } from '../support/pg-server.js';
import { testState } from './test-state.js';

/**
 * Runs once per jest run that includes int or e2e tests: reaches the PostgreSQL server named by
 * DATABASE_URL (only its server part is used; its database is never touched) or starts an embedded
 * one, then builds two template databases, one migrated and empty, one holding the reference
 * fixtures. Every test file clones one of them (test/support/test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${process.pid}_${randomBytes(3).toString('hex')}`;
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = serverUrlOf(process.env.DATABASE_URL);
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'registry-test-pg-'));
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: 20000 + Math.floor(Math.random() * 20000), persistent: false });
    testState.embedded = { stop: server.stop, dir };
    serverUrl = server.serverUrl;
  }
  const emptyTemplate = `registry_tpl_${runId}_empty`;
  const fixturesTemplate = `registry_tpl_${runId}_fixtures`;
  await createTemplate(serverUrl, emptyTemplate, false);
  await createTemplate(serverUrl, fixturesTemplate, true);
  testState.templates = [emptyTemplate, fixturesTemplate];
  testState.serverUrl = serverUrl;
  process.env.TEST_PG_SERVER_URL = serverUrl;
  process.env.TEST_TEMPLATE_EMPTY = emptyTemplate;
  process.env.TEST_TEMPLATE_FIXTURES = fixturesTemplate;
}

async function createTemplate(serverUrl: string, name: string, withFixtures: boolean): Promise<void> {
  await withDatabase(serverUrl, 'postgres', (admin: Client) => admin.query(`CREATE DATABASE "${name}"`));
  const dataSource = await openDataSource({ url: `${serverUrl}/${name}` });
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    if (withFixtures) await loadFixtures(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
