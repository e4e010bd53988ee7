import { resetToFixtures } from '../database/fixtures.js';
import { openDataSource } from '../shared/persistence/data-source.js';
import { requireDatabaseUrl, runCli } from './run-cli.js';

runCli(async (config) => {
  const started = Date.now();
  const dataSource = await openDataSource({ url: requireDatabaseUrl(config), ssl: config.database.ssl });
  try {
    const counts = await resetToFixtures(dataSource);
    const width = Math.max(...[...counts.keys()].map((t) => t.length));
    for (const [table, rows] of counts) console.log(`${table.padEnd(width)}  ${String(rows).padStart(5)}`);
    console.log(`Database reset to the reference fixtures in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await dataSource.destroy();
  }
});
