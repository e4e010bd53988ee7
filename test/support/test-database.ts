import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openDataSource } from '../../src/shared/persistence/data-source.js';
import { withDatabase } from './pg-server.js';

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  /** An initialized DataSource on the database. */
  readonly dataSource: DataSource;
  drop(): Promise<void>;
}

/**
 * A throwaway database for one test file, cloned from the template the global setup built:
 * migrated and empty, or holding the reference fixtures. Never touches demo data. `nameSuffix` ends
 * the database name (e.g. `_test`, which the test-only routes require).
 */
export async function createTestDatabase(options: { fixtures?: boolean; nameSuffix?: string } = {}): Promise<TestDatabase> {
  const serverUrl = requiredEnv('TEST_PG_SERVER_URL');
  const template = requiredEnv(options.fixtures ? 'TEST_TEMPLATE_FIXTURES' : 'TEST_TEMPLATE_EMPTY');
  const name = `registry_t_${process.pid}_${randomBytes(4).toString('hex')}${options.nameSuffix ?? ''}`;
  await withDatabase(serverUrl, 'postgres', (admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = `${serverUrl}/${name}`;
  const dataSource = await openDataSource({ url, poolSize: 4 });
  return {
    name,
    url,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await withDatabase(serverUrl, 'postgres', (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: int and e2e tests run under the jest global setup (npm test)`);
  return value;
}
