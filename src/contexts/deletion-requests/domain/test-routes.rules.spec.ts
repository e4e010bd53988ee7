import { testRoutesAllowed, type TestRouteConditions } from './test-routes.rules.js';

const allowed: TestRouteConditions = { environment: 'test', enabled: true, databaseHost: '127.0.0.1', databaseName: 'apt_registry_test' };
const check = (changes: Partial<TestRouteConditions>) => testRoutesAllowed({ ...allowed, ...changes });

describe(testRoutesAllowed.name, () => {
  it('allows a local test or integration database in a test or integration environment with the setting on', () => {
    expect(check({})).toBe(true);
    expect(check({ environment: 'integration', databaseHost: 'localhost', databaseName: 'apt_registry_integration' })).toBe(true);
    expect(check({ databaseHost: '::1' })).toBe(true);
  });

  it('refuses when any condition fails', () => {
    expect(check({ enabled: false })).toBe(false);
    expect(check({ environment: 'production' })).toBe(false);
    expect(check({ environment: 'dev' })).toBe(false);
    expect(check({ databaseHost: 'db.example.org' })).toBe(false);
    expect(check({ databaseHost: null })).toBe(false);
    expect(check({ databaseName: 'apt_registry' })).toBe(false);
    expect(check({ databaseName: 'apt_test_registry' })).toBe(false);
  });
});
