import type { DataSource } from 'typeorm';
import { NOW_UTC } from '../shared/persistence/sql-time.js';

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

/** Refreshes the count caches now; false when another refresh held the lock (it is doing the same work). */
export async function refreshCountCaches(dataSource: DataSource): Promise<boolean> {
  const rows = await dataSource.query<{ refreshed: number }[]>('SELECT update_counts(true) AS refreshed');
  return rows[0]?.refreshed === 1;
}

/** Refreshes current_deposit_stats now; false when another refresh held the lock. */
export async function refreshCurrentDepositStats(dataSource: DataSource): Promise<boolean> {
  const rows = await dataSource.query<{ refreshed: number }[]>('SELECT update_current_deposit_stats(true) AS refreshed');
  return rows[0]?.refreshed === 1;
}

/** First-of-month dates (`YYYY-MM-DD`, UTC) from January 2014 through the current month that have no snapshot. */
export async function missingDepositMonths(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<{ month: string }[]>(`
    SELECT to_char(m, 'YYYY-MM-DD') AS month
      FROM generate_series(timestamp '2014-01-01', date_trunc('month', ${NOW_UTC}), interval '1 month') AS m
     WHERE NOT EXISTS (SELECT 1 FROM historical_deposit_stats h WHERE h.end_date = m::date)
     ORDER BY m`);
  return rows.map((r) => r.month);
}

/**
 * Adds the snapshot of every month that lacks one (normally just the month that began) and then the
 * explicit zero rows, in one transaction so that readers never see a month without them. Months
 * already present are never recomputed. Returns the months added.
 */
export async function fillDepositHistory(dataSource: DataSource): Promise<string[]> {
  const missing = await missingDepositMonths(dataSource);
  if (missing.length === 0) return [];
  await dataSource.transaction(async (manager) => {
    await manager.query('SELECT populate_all_historical_deposit_stats()');
    await manager.query('SELECT populate_empty_deposit_stats()');
  });
  const stillMissing = new Set(await missingDepositMonths(dataSource));
  return missing.filter((month) => !stillMissing.has(month));
}
