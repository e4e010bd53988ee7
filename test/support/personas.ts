import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sessionIdOf } from '../../src/contexts/identity/application/web-sessions.js';
import type { TestApp } from './test-app.js';
import { WebClient } from './web-client.js';

/**
 * A web session for `userId` without going through the sign-in form (for users who cannot sign in,
 * such as deactivated ones): a user_sessions row and the encrypted cookie that names it.
 */
export async function forgedSession(t: TestApp, userId: number, options: { secondFactorCompleted?: boolean } = {}): Promise<WebClient> {
  const token = randomBytes(32).toString('base64url');
  await t.db.dataSource.query(
    `INSERT INTO user_sessions (id, user_id, created_at, last_seen_at, expires_at, second_factor_completed_at)
     VALUES ($1, $2, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', (now() AT TIME ZONE 'UTC') + interval '1 hour', CASE WHEN $3 THEN now() AT TIME ZONE 'UTC' END)`,
    [sessionIdOf(token), userId, options.secondFactorCompleted ?? true],
  );
  const fastify = t.app.getHttpAdapter().getInstance() as FastifyInstance;
  const client = new WebClient(t);
  client.cookies.set(t.config.cookies.sessionName, fastify.encodeSecureSession(fastify.createSecureSession({ sid: token })));
  return client;
}
