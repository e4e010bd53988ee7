import { createServer } from 'node:net';
import { ShutdownState } from '../../../src/contexts/operations/index.js';
import { TestNsqd } from '../../support/nsqd.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('health probes', () => {
  describe('with PostgreSQL only', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ fixtures: false });
    });
    afterAll(async () => {
      await t.close();
    });

    it('GET /health keeps answering 200 {"status":"ok"} without credentials', async () => {
      const response = await t.request('anonymous', '/health');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    });

    it('GET /health/live answers 200 while the process runs', async () => {
      const response = await t.request('anonymous', '/health/live');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'ok', details: { process: { status: 'up' } } });
    });

    it('GET /health/ready answers 200 when PostgreSQL answers and every migration is applied', async () => {
      const response = await t.request('anonymous', '/health/ready');
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.status).toBe('ok');
      expect(body.details.database.status).toBe('up');
      expect(body.details.migrations).toMatchObject({ status: 'up', applied: expect.any(Number) });
      expect(body.details.redis).toBeUndefined();
      expect(body.details.nsqd).toBeUndefined();
    });

    it('GET /health/ready answers 503 naming the pending migration when one is missing', async () => {
      const [last] = await t.db.dataSource.query('SELECT id, timestamp, name FROM typeorm_migrations ORDER BY id DESC LIMIT 1');
      await t.db.dataSource.query('DELETE FROM typeorm_migrations WHERE id = $1', [last.id]);
      try {
        const response = await t.request('anonymous', '/health/ready');
        expect(response.statusCode).toBe(503);
        expect(response.json()).toMatchObject({ status: 'error', error: { migrations: { status: 'down', pending: [last.name] } }, details: { database: { status: 'up' } } });
      } finally {
        await t.db.dataSource.query('INSERT INTO typeorm_migrations (id, timestamp, name) VALUES ($1, $2, $3)', [last.id, last.timestamp, last.name]);
      }
      expect((await t.request('anonymous', '/health/ready')).statusCode).toBe(200);
    });
  });

  // Redis is covered by src/contexts/operations/application/probes.int-spec.ts: configuring REDIS_URL
  // here would also start the background-job queues against the stand-in.
  describe('with nsqd configured', () => {
    let t: TestApp;
    let nsqd: TestNsqd;
    beforeAll(async () => {
      nsqd = await TestNsqd.start();
      t = await createTestApp({ fixtures: false, env: { NSQD_HTTP_ADDRESS: nsqd.httpAddress } });
    });
    afterAll(async () => {
      await t.close();
      await nsqd.stop();
    });

    it('reports it as up', async () => {
      const response = await t.request('anonymous', '/health/ready');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'ok', details: { nsqd: { status: 'up' } } });
    });
  });

  describe('with nsqd configured but unreachable', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ fixtures: false, env: { NSQD_TCP_ADDRESS: `127.0.0.1:${await closedPort()}` } });
    });
    afterAll(async () => {
      await t.close();
    });

    it('stays ready (200) and reports it as degraded', async () => {
      const response = await t.request('anonymous', '/health/ready');
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.status).toBe('degraded');
      expect(body.details.database.status).toBe('up');
      expect(body.details.nsqd).toMatchObject({ status: 'degraded', message: expect.any(String) });
    });
  });

  describe('during shutdown', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ fixtures: false });
    });
    afterAll(async () => {
      await t.close();
    });

    it('answers 503 on both probes as soon as the shutdown begins', async () => {
      t.app.get(ShutdownState).begin();
      for (const path of ['/health/live', '/health/ready']) {
        const response = await t.request('anonymous', path);
        expect(response.statusCode).toBe(503);
        expect(response.json()).toMatchObject({ status: 'shutting_down' });
      }
    });
  });
});
