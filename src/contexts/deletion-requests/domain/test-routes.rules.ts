/** What decides whether the test-only deletion routes may fabricate deletion preconditions. */
export interface TestRouteConditions {
  readonly environment: string;
  /** APP_TEST_ROUTES. */
  readonly enabled: boolean;
  readonly databaseHost: string | null;
  readonly databaseName: string | null;
}

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '::1', '[::1]'];

/**
 * They bypass every deletion rule, so all must hold: the setting is on, the environment is test or
 * integration, and the database is local and named like a test database. Otherwise 405.
 */
export function testRoutesAllowed(c: TestRouteConditions): boolean {
  return (
    c.enabled &&
    (c.environment === 'test' || c.environment === 'integration') &&
    c.databaseHost !== null && LOCAL_HOSTS.includes(c.databaseHost) &&
    c.databaseName !== null && (c.databaseName.endsWith('_test') || c.databaseName.endsWith('_integration'))
  );
}
