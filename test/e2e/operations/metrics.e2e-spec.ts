import { createTestApp, PERSONAS, type TestApp } from '../../support/test-app.js';

/** The value of one sample line, e.g. `http_requests_total{group="member-api",...}`, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = /\{(.*)\}/.exec(line)?.[1] ?? '';
    const found = Object.fromEntries([...labelText.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('GET /metrics', () => {
  let t: TestApp;
  let text: string;
  beforeAll(async () => {
    t = await createTestApp({ fixtures: true });
    await t.request('sysAdmin', '/member-api/v3/objects?per_page=1');
    await t.request('sysAdmin', '/member-api/v3/objects?per_page=2');
    await t.request('instUser', '/member-api/v3/items/show/1');
    await t.request('anonymous', '/admin-api/v3/institutions');
    await t.request('anonymous', '/no/such/page/12345');
    await t.request('anonymous', { method: 'GET', url: '/member-api/v3/objects', headers: { 'x-pharos-api-user': PERSONAS.instUser.email, 'x-pharos-api-key': 'wrong' } });
    await t.db.dataSource.query(`INSERT INTO queue_outbox (topic, body, created_at) VALUES ('restore_object', '1', (now() AT TIME ZONE 'UTC') - interval '90 seconds')`);
    const response = await t.request('anonymous', '/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    text = response.body;
  });
  afterAll(async () => {
    await t.close();
  });

  it('times requests by route group and route pattern, never by raw URL', () => {
    expect(sample(text, 'http_request_duration_seconds_count', { group: 'member-api', method: 'GET', route: '/member-api/v3/objects' })).toBe(3);
    expect(sample(text, 'http_request_duration_seconds_count', { group: 'admin-api', route: '/admin-api/v3/institutions' })).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_bucket', { group: 'member-api', route: '/member-api/v3/objects', le: '+Inf' })).toBe(3);
    expect(text).not.toContain('per_page');
    expect(text).not.toContain('12345');
    expect(sample(text, 'http_request_duration_seconds_count', { group: 'web', route: 'unmatched' })).toBe(1);
  });

  it('counts responses by status code', () => {
    expect(sample(text, 'http_requests_total', { route: '/member-api/v3/objects', status_code: '200' })).toBe(2);
    expect(sample(text, 'http_requests_total', { route: '/member-api/v3/objects', status_code: '401' })).toBe(1);
    expect(sample(text, 'http_requests_total', { group: 'admin-api', status_code: '401' })).toBe(1);
    // An unknown web path, signed out: the 401 "Please log in" page (api.md §1.6).
    expect(sample(text, 'http_requests_total', { group: 'web', route: 'unmatched', status_code: '401' })).toBe(1);
  });

  it('counts API-key cache hits and misses', () => {
    // sysAdmin: bcrypt once, then the cache; instUser: bcrypt for the right key and for the wrong one.
    expect(sample(text, 'registry_api_key_cache_lookups_total', { result: 'hit' })).toBe(1);
    expect(sample(text, 'registry_api_key_cache_lookups_total', { result: 'miss' })).toBe(3);
  });

  it('reports the database pool', () => {
    expect(sample(text, 'registry_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'registry_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'registry_db_pool_connections', { state: 'waiting' })).toBe(0);
    expect(sample(text, 'registry_db_pool_max_connections')).toBe(t.config.database.poolSize);
  });

  it('reports the outbox backlog and the age of its oldest message', () => {
    expect(sample(text, 'registry_outbox_pending_messages')).toBe(1);
    expect(sample(text, 'registry_outbox_oldest_pending_seconds')).toBeGreaterThanOrEqual(89);
  });

  it('includes the default process metrics', () => {
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });
});
