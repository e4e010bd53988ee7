import type { DataSource } from 'typeorm';

/**
 * Refreshes the count caches and the current deposit statistics now, and optionally rebuilds the
 * monthly history (with the explicit zero rows the timeline charts need).
 */
export async function refreshStatistics(dataSource: DataSource, options: { rebuildHistory: boolean }): Promise<void> {
  await dataSource.query('SELECT update_counts(true)');
  await dataSource.query('SELECT update_current_deposit_stats(true)');
  if (!options.rebuildHistory) return;
  await dataSource.transaction(async (manager) => {
    await manager.query('DELETE FROM historical_deposit_stats');
    await manager.query('SELECT populate_all_historical_deposit_stats()');
    await manager.query('SELECT populate_empty_deposit_stats()');
  });
}
