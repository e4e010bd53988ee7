import { openDataSource } from '../shared/persistence/data-source.js';
import { requireDatabaseUrl, runCli } from './run-cli.js';

runCli(async (config) => {
  const dataSource = await openDataSource({ url: requireDatabaseUrl(config), ssl: config.database.ssl });
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length === 0 ? 'No pending migrations.' : applied.map((m) => `Applied ${m.name}`).join('\n'));
  } finally {
    await dataSource.destroy();
  }
});
