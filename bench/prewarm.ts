import type { Client } from 'pg';

/**
 * Reads every table and index of the dataset into the operating system's cache (pg_prewarm's
 * `read` mode), so that a scenario measures the server and not the first reads of a cold disk.
 * Some hosts give back cache memory that stays unused for a few minutes, so this runs before
 * each group of scenarios. Returns the megabytes read, or null without the pg_prewarm extension.
 */
export async function prewarmDataset(client: Client): Promise<number | null> {
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
  } catch {
    return null;
  }
  const { rows } = await client.query<{ blocks: string }>(
    `SELECT coalesce(sum(pg_prewarm(c.oid, 'read')), 0) AS blocks
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i', 'm')`,
  );
  return Math.round((Number(rows[0]!.blocks) * 8) / 1024);
}
