import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import type { AppConfig } from '../../../../config/app-config.js';
import { APP_CONFIG } from '../../../../config/config.module.js';

/** Redis is not configured or cannot be reached: 503 with the reason. */
export class InterimDataUnavailableError extends ServiceUnavailableException {}

const TIMEOUT_MS = 3000;

/**
 * The interim processing data Preserv keeps in Redis (workflows.md §9.2): one hash per work item,
 * keyed by the work item id in decimal, in the REDIS_DEFAULT_DB database. The registry reads it for
 * sys admins and deletes it.
 * A connection is opened per call: the operation is a rare sys-admin action.
 */
@Injectable()
export class PreservInterimDataStore {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Deletes the work item's data; returns how many keys were deleted (0 when it had none). */
  async deleteWorkItemData(workItemId: number): Promise<number> {
    return this.withClient('nothing was deleted', (client) => client.del(String(workItemId)));
  }

  /**
   * The item's hash fields named `fields` that are present, by field name; null when the item has no
   * data at all (`EXISTS` is false).
   */
  async readWorkItemFields(workItemId: number, fields: readonly string[]): Promise<Record<string, string> | null> {
    return this.withClient('nothing could be read', async (client) => {
      const key = String(workItemId);
      if ((await client.exists(key)) === 0) return null;
      const values = fields.length === 0 ? [] : await client.hmget(key, ...fields);
      const found: Record<string, string> = {};
      fields.forEach((field, i) => {
        const value = values[i];
        if (value !== null && value !== undefined) found[field] = value;
      });
      return found;
    });
  }

  /**
   * The ids of the work items that have data, from the first keys SCAN returns (up to `limit`
   * work item ids; keys that are not ids are skipped). Unordered, as Redis keeps them.
   */
  async workItemIds(limit: number): Promise<number[]> {
    return this.withClient('the work items with data cannot be listed', async (client) => {
      const ids = new Set<number>();
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', '*', 'COUNT', limit);
        for (const key of keys) if (/^[1-9]\d{0,17}$/.test(key) && ids.size < limit) ids.add(Number(key));
        cursor = next;
      } while (cursor !== '0' && ids.size < limit);
      return [...ids];
    });
  }

  private async withClient<T>(consequence: string, use: (client: Redis) => Promise<T>): Promise<T> {
    const options = connectionOptions(this.config.redis);
    const client = new Redis(options);
    // Failures surface through connect() and the command; the client's error events would otherwise go unhandled.
    client.on('error', () => undefined);
    try {
      await client.connect();
      return await use(client);
    } catch (error) {
      throw new InterimDataUnavailableError(`Redis is unavailable (${error instanceof Error ? error.message : String(error)}); ${consequence}`);
    } finally {
      client.disconnect();
    }
  }
}

/** Host, port and credentials come from REDIS_URL; the database is always Preserv's (REDIS_DEFAULT_DB), whatever the URL's path says. */
function connectionOptions(redis: AppConfig['redis']): RedisOptions {
  if (!redis.url) throw new InterimDataUnavailableError('Redis is not configured (REDIS_URL is not set), so Preserv\'s interim data cannot be reached');
  const url = new URL(redis.url);
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : 6379,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : redis.password,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    db: redis.preservDb,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: TIMEOUT_MS,
    commandTimeout: TIMEOUT_MS,
  };
}
