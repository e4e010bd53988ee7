import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { AppConfig } from '../../config/app-config.js';
import { redisConnection } from '../redis-connection.js';

/** A Redis that stops answering costs a rate-limit check at most this long. */
const COMMAND_TIMEOUT_MS = 1000;
const CONNECT_TIMEOUT_MS = 2000;
/** While Redis is away, reconnection attempts back off to one every this many milliseconds. */
const MAX_RECONNECT_DELAY_MS = 5000;
/** ioredis waits this long for a closed socket's `close` event (which a refused connection never sends) before letting go. */
const DISCONNECT_TIMEOUT_MS = 200;

/**
 * Where @fastify/rate-limit keeps its counters. With REDIS_URL they are in Redis (the URL's
 * database), under `SIGN_IN_REDIS_PREFIX:`, so every instance sharing that Redis and prefix counts
 * together; without it (no options) each process counts in its own memory.
 *
 * The connection is opened in the background: start-up never waits for it, a check made while it
 * is being opened waits for it (up to COMMAND_TIMEOUT_MS), and while Redis is away checks fail at
 * once and the client keeps reconnecting. Those failures reach the limiter's callers (see
 * SignInThrottle); the connection's own errors are logged once per outage. The connection is closed
 * when Fastify closes (app.close()).
 */
export function rateLimitStoreOptions(fastify: FastifyInstance, config: AppConfig): { redis?: Redis; nameSpace?: string } {
  if (!config.redis.url) return {};
  const logger = new Logger('SignInThrottle');
  const { url, ...auth } = redisConnection(config.redis.url, config.redis.password);
  const redis = new Redis(url, {
    ...auth,
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    disconnectTimeout: DISCONNECT_TIMEOUT_MS,
    // A check fails as soon as a connection attempt does, instead of waiting for Redis to come back.
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, MAX_RECONNECT_DELAY_MS),
  });
  let unavailable = false;
  redis.on('error', (error: Error) => {
    if (unavailable) return;
    unavailable = true;
    logger.warn(`Redis is unavailable (${error.message}): failed sign-ins are not counted until it is back`);
  });
  redis.on('ready', () => {
    if (!unavailable) return;
    unavailable = false;
    logger.log('Redis is back: failed sign-ins are counted again');
  });
  fastify.addHook('onClose', async () => redis.disconnect());
  return { redis, nameSpace: `${config.signInThrottle.redisPrefix}:` };
}
