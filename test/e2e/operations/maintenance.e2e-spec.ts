import { createServer } from 'node:net';
import { createTestApp, type TestApp } from '../../support/test-app.js';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('maintenance mode', () => {
  describe('when MAINTENANCE_MODE is on', () => {
    let t: TestApp;
    beforeAll(async () => {
      // A relay that ran would fail against this address and count an attempt on the queued row.
      t = await createTestApp({ fixtures: true, env: { MAINTENANCE_MODE: 'true', NSQD_TCP_ADDRESS: `127.0.0.1:${await closedPort()}` } });
    });
    afterAll(async () => {
      await t.close();
    });

    it.each([
      ['/dashboard', '/maintenance'],
      ['/users/sign_in', '/maintenance'],
      ['/static/css/app.css', '/maintenance'],
      ['/maintenance/', '/maintenance'],
      ['/no/such/page', '/maintenance'],
      ['/member-api/v3/objects', '/maintenance?format=json'],
      ['/admin-api/v3/items?page=2', '/maintenance?format=json'],
    ])('redirects %s to %s (302), even with valid credentials', async (url, location) => {
      const response = await t.request('sysAdmin', url);
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe(location);
    });

    it('redirects writes too', async () => {
      const response = await t.request('sysAdmin', { method: 'POST', url: '/admin-api/v3/items/create', payload: {} });
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/maintenance?format=json');
    });

    it('answers GET /maintenance?format=json with 503 and StatusCode as a string', async () => {
      const response = await t.request('anonymous', '/maintenance?format=json');
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      // The reference's Go map, written with its keys sorted.
      expect(response.body).toBe('{"Error":"APTrust Registry is currently undergoing maintenance.","Message":"","StatusCode":"503"}');
    });

    it('answers GET /maintenance with the HTML page and 503', async () => {
      const response = await t.request('anonymous', '/maintenance');
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('The APTrust Registry is undergoing system maintenance.');
    });

    it('does not redirect /', async () => {
      expect((await t.request('anonymous', '/')).statusCode).not.toBe(302);
    });

    it.each(['/health', '/health/live', '/health/ready', '/metrics'])('keeps answering %s', async (url) => {
      expect((await t.request('anonymous', url)).statusCode).toBe(200);
    });

    it('keeps the outbox relay paused', async () => {
      await t.db.dataSource.query(`INSERT INTO queue_outbox (topic, body) VALUES ('restore_object', '1')`);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      const [row] = await t.db.dataSource.query('SELECT attempts, sent_at FROM queue_outbox');
      expect(row).toEqual({ attempts: 0, sent_at: null });
    });
  });

  describe('when MAINTENANCE_MODE is off', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ fixtures: false });
    });
    afterAll(async () => {
      await t.close();
    });

    it('answers GET /maintenance?format=json with 200', async () => {
      const response = await t.request('anonymous', '/maintenance?format=json');
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe('{"Error":"","Message":"Registry is operating normally.","StatusCode":"200"}');
    });

    it('answers GET /maintenance with the normal-operation page', async () => {
      const response = await t.request('anonymous', '/maintenance');
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Normal Operation Mode');
      expect(response.body).toContain('The APTrust Registry is operating as expected.');
    });

    it('redirects nothing', async () => {
      for (const url of ['/member-api/v3/objects', '/dashboard']) expect((await t.request('anonymous', url)).headers.location ?? '').not.toMatch(/^\/maintenance/);
    });
  });
});
