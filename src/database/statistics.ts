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

/**
 * Folds the row counters' deltas into one row per group (migration CreateRowCounters). Counts stay
 * exact without it; it keeps the counter reads short. Safe while writers run; a call that overlaps
 * another returns at once. Returns the number of delta rows removed (-1 when another call was running).
 */
export async function compactRowCounts(dataSource: DataSource): Promise<number> {
  const rows = await dataSource.query<{ removed: string }[]>('SELECT compact_row_count_deltas() AS removed');
  return Number(rows[0]?.removed ?? 0);
}
