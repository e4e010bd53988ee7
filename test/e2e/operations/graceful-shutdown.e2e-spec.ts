import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../../src/app.factory.js';
import { loadAppConfig } from '../../../src/config/app-config.js';
import { gracefulShutdown, ShutdownState } from '../../../src/contexts/operations/index.js';
import { OutboxRelay } from '../../../src/shared/messaging/outbox-relay.service.js';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';

describe('graceful shutdown', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let base: string;
  let markStarted!: () => void;
  const slowStarted = new Promise<void>((resolve) => (markStarted = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: false });
    app = await createApp(loadAppConfig({ APT_ENV: 'test' }), db.url, { logger: false });
    app.getHttpAdapter().getInstance().get('/slow', async () => {
      markStarted();
      await released;
      return { finished: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await db.drop();
  });

  it('turns readiness off, finishes the in-flight request, closes the pool and the relay, then exits 0', async () => {
    const events: string[] = [];
    const exits: number[] = [];
    const relay = app.get(OutboxRelay);
    const relayShutdown = jest.spyOn(relay, 'onApplicationShutdown');
    const appDataSource = app.get(DataSource);

    const inFlight = fetch(`${base}/slow`).then(async (r) => ({ status: r.status, connection: r.headers.get('connection'), body: await r.json() }));
    await slowStarted;

    const handler = gracefulShutdown({
      begin: () => {
        app.get(ShutdownState).begin();
        events.push('begin');
      },
      closeApp: async () => {
        events.push('closing');
        await app.close();
        events.push('closed');
      },
      afterClose: async () => void events.push('afterClose'),
      graceMs: 10_000,
      log: () => undefined,
      exit: (code) => void exits.push(code),
    });
    const done = handler('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(app.get(ShutdownState).shuttingDown).toBe(true);
    expect(events).toEqual(['begin', 'closing']);

    release();
    expect(await inFlight).toEqual({ status: 200, connection: 'close', body: { finished: true } });
    await done;
    expect(events).toEqual(['begin', 'closing', 'closed', 'afterClose']);
    expect(exits).toEqual([0]);
    expect(relayShutdown).toHaveBeenCalled();
    expect(appDataSource.isInitialized).toBe(false);
    await expect(fetch(`${base}/health/live`)).rejects.toThrow();
  });
});
