import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, Response } from 'light-my-request';
import { createApp } from '../../src/app.factory.js';
import { loadAppConfig, type AppConfig } from '../../src/config/app-config.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** Fixture users and their API keys (every fixture key is "password"). */
export const PERSONAS = {
  sysAdmin: { email: 'system@aptrust.org', institutionId: 1, userId: 1 },
  instAdmin: { email: 'admin@inst1.edu', institutionId: 2, userId: 2 },
  instUser: { email: 'user@inst1.edu', institutionId: 2, userId: 3 },
  inactiveUser: { email: 'inactive@inst1.edu', institutionId: 2, userId: 4 },
  otherInstAdmin: { email: 'admin@inst2.edu', institutionId: 3, userId: 5 },
  otherInstUser: { email: 'user@inst2.edu', institutionId: 3, userId: 7 },
} as const;

export type Persona = keyof typeof PERSONAS;

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly db: TestDatabase;
  readonly config: AppConfig;
  /** A request as `persona` with its API key (or with no credentials for `anonymous`). */
  request(persona: Persona | 'anonymous', options: InjectOptions | string): Promise<Response>;
  /** GET as `persona`, parsed as JSON. */
  getJson<T = any>(persona: Persona | 'anonymous', url: string): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export const apiHeaders = (persona: Persona, key = 'password') => ({ 'x-pharos-api-user': PERSONAS[persona].email, 'x-pharos-api-key': key });

/**
 * The whole application on a fresh database cloned from the fixtures template (or the empty one),
 * or on `database`, another instance's, which closing this one then leaves in place.
 */
export async function createTestApp(
  options: { fixtures?: boolean; env?: Record<string, string>; databaseNameSuffix?: string; database?: TestDatabase } = {},
): Promise<TestApp> {
  const db = options.database ?? (await createTestDatabase({ fixtures: options.fixtures ?? true, nameSuffix: options.databaseNameSuffix }));
  // Background jobs would refresh statistics under the tests' feet; job tests turn them on.
  const config = loadAppConfig({ APT_ENV: 'test', JOBS_ENABLED: 'false', ...options.env });
  const app = await createApp(config, db.url, { logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();

  const request = (persona: Persona | 'anonymous', opts: InjectOptions | string) => {
    const injectOptions: InjectOptions = typeof opts === 'string' ? { method: 'GET', url: opts } : opts;
    const headers = persona === 'anonymous' ? {} : apiHeaders(persona);
    return app.inject({ ...injectOptions, headers: { ...headers, ...injectOptions.headers } });
  };
  return {
    app,
    db,
    config,
    request,
    async getJson(persona, url) {
      const response = await request(persona, url);
      return { status: response.statusCode, body: response.json() };
    },
    async close() {
      await app.close();
      if (!options.database) await db.drop();
    },
  };
}
