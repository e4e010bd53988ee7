import { createTestApp, type TestApp } from '../../support/test-app.js';

const CSP = "default-src 'self'; font-src 'self' fonts.gstatic.com; style-src 'self' 'unsafe-inline' fonts.googleapis.com; script-src 'self' 'unsafe-inline'";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('response headers (api.md §0.2)', () => {
  describe('without HTTPS_COOKIES', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ fixtures: true });
    });
    afterAll(async () => {
      await t.close();
    });

    it.each([
      ['an API list', 'sysAdmin', '/member-api/v3/objects', 200],
      ['an API error', 'anonymous', '/member-api/v3/objects', 401],
      ['an unknown API route', 'sysAdmin', '/member-api/v3/nothing-here', 404],
      // Unknown web paths are not exempt from signing in (api.md §1.6): the 401 "Please log in" page.
      ['an unknown web route', 'anonymous', '/nothing-here', 401],
      ['the health check', 'anonymous', '/health', 200],
      ['the metrics', 'anonymous', '/metrics', 200],
    ] as const)('are exact on %s', async (_, persona, url, status) => {
      const response = await t.request(persona, url);
      expect(response.statusCode).toBe(status);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers.pragma).toBe('no-store');
      expect(response.headers['x-xss-protection']).toBe('1');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toBe(CSP);
      expect(response.headers['strict-transport-security']).toBeUndefined();
    });

    it('leaves Cache-Control and Pragma off /static and /favicon', async () => {
      for (const url of ['/static/no-such-file.css', '/favicon.ico']) {
        const response = await t.request('anonymous', url);
        expect(response.headers['cache-control']).not.toBe('no-cache');
        expect(response.headers.pragma).toBeUndefined();
        expect(response.headers['content-security-policy']).toBe(CSP);
        expect(response.headers['x-content-type-options']).toBe('nosniff');
      }
    });

    it('echoes an incoming X-Request-Id', async () => {
      const response = await t.request('anonymous', { method: 'GET', url: '/health', headers: { 'x-request-id': 'trace-42' } });
      expect(response.headers['x-request-id']).toBe('trace-42');
    });

    it('generates a request id otherwise, one per request', async () => {
      const [a, b] = await Promise.all([t.request('anonymous', '/health'), t.request('anonymous', '/health')]);
      expect(a.headers['x-request-id']).toMatch(UUID);
      expect(b.headers['x-request-id']).toMatch(UUID);
      expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
    });
  });

  describe('with HTTPS_COOKIES', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ fixtures: false, env: { HTTPS_COOKIES: 'true' } });
    });
    afterAll(async () => {
      await t.close();
    });

    it('adds Strict-Transport-Security', async () => {
      expect((await t.request('anonymous', '/health')).headers['strict-transport-security']).toBe('max-age=31536000');
      expect((await t.request('anonymous', '/nothing-here')).headers['strict-transport-security']).toBe('max-age=31536000');
    });
  });
});
