import { Client } from 'pg';
import type { AppConfig } from '../config/app-config.js';
import { openDataSource } from '../shared/persistence/data-source.js';
import { startEmbeddedPostgres } from '../shared/persistence/embedded-postgres.js';
import { loadFixtures } from './fixtures.js';

export interface PreparedDatabase {
  readonly url: string;
  /** True when the embedded database was created by this start and filled with the demo fixtures. */
  readonly demoDataLoaded: boolean;
  /** Stops the embedded PostgreSQL, if one was started. */
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'registry';

/**
 * With DATABASE_URL (or the DB_* settings that make it): migrates it and uses it as it is. Without: starts
 * the embedded PostgreSQL under .data/, migrates, and loads the reference fixtures as demo data the first time only.
 */
export async function prepareDatabase(config: AppConfig, log: (message: string) => void): Promise<PreparedDatabase> {
  if (config.database.url) {
    if (config.database.migrateOnStart) await migrate(config.database.url, config, log);
    else log('MIGRATE_ON_START is off: migrations are left to `node dist/src/cli/db-migrate.js`');
    return { url: config.database.url, demoDataLoaded: false, stop: async () => undefined };
  }
  log(`Starting the embedded PostgreSQL in ${config.database.embedded.dataDir} (port ${config.database.embedded.port})`);
  const server = await startEmbeddedPostgres({ dataDir: config.database.embedded.dataDir, port: config.database.embedded.port, persistent: true }).catch(
    (error: unknown) => {
      // The container image leaves out the embedded server's binaries (optional dependencies).
      throw new Error(`Neither DATABASE_URL nor DB_HOST is set and the embedded PostgreSQL could not start; set DATABASE_URL or DB_HOST (${error instanceof Error ? error.message : String(error)})`);
    },
  );
  try {
    const created = await ensureDatabase(server.urlFor('postgres'), EMBEDDED_DATABASE);
    const url = server.urlFor(EMBEDDED_DATABASE);
    await migrate(url, config, log);
    if (created) await loadDemoData(url, log);
    return { url, demoDataLoaded: created, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function ensureDatabase(maintenanceUrl: string, name: string): Promise<boolean> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name}"`);
    return true;
  } finally {
    await client.end();
  }
}

async function migrate(url: string, config: AppConfig, log: (message: string) => void): Promise<void> {
  const dataSource = await openDataSource({ url, ssl: config.database.ssl });
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) log(`Applied ${applied.length} migration(s)`);
  } finally {
    await dataSource.destroy();
  }
}

async function loadDemoData(url: string, log: (message: string) => void): Promise<void> {
  const dataSource = await openDataSource({ url });
  try {
    const counts = await loadFixtures(dataSource);
    log(`Loaded the demo data: ${[...counts.values()].reduce((a, b) => a + b, 0)} rows from the reference fixtures`);
  } finally {
    await dataSource.destroy();
  }
}
