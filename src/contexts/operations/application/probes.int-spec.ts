import { createServer, type Server } from 'node:net';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { loadAppConfig } from '../../../config/app-config.js';
import { ConfigModule } from '../../../config/config.module.js';
import { JobsModule } from '../../../shared/jobs/index.js';
import { MessagingModule } from '../../../shared/messaging/messaging.module.js';
import { dataSourceOptions } from '../../../shared/persistence/data-source.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { OperationsModule } from '../operations.module.js';
import { ProbesService } from './probes.service.js';

/** A stand-in Redis that answers every command with +PONG. */
async function fakeRedis(): Promise<{ server: Server; url: string }> {
  const server = createServer((socket) => socket.on('data', () => socket.write('+PONG\r\n')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `redis://127.0.0.1:${(server.address() as { port: number }).port}` };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Readiness with Redis configured, on the operations module alone (the whole app would also start its job queues on Redis). */
describe(ProbesService.name, () => {
  let db: TestDatabase;
  let redis: { server: Server; url: string };
  const modules: TestingModule[] = [];

  const probesWith = async (env: Record<string, string>): Promise<ProbesService> => {
    const config = loadAppConfig({ APT_ENV: 'test', JOBS_ENABLED: 'false', ...env });
    const module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions({ url: db.url, poolSize: 2 }) }),
        MessagingModule,
        JobsModule.forRoot(config),
        OperationsModule,
      ],
    }).compile();
    modules.push(module);
    return module.get(ProbesService);
  };

  beforeAll(async () => {
    [db, redis] = await Promise.all([createTestDatabase(), fakeRedis()]);
  });
  afterAll(async () => {
    await Promise.all(modules.map((m) => m.close()));
    await new Promise((resolve) => redis.server.close(resolve));
    await db.drop();
  });

  it('reports a reachable Redis as up', async () => {
    const outcome = await (await probesWith({ REDIS_URL: redis.url })).ready();
    expect(outcome.httpStatus).toBe(200);
    expect(outcome.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, migrations: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('stays ready with an unreachable Redis, reporting it as degraded', async () => {
    const outcome = await (await probesWith({ REDIS_URL: `127.0.0.1:${await closedPort()}` })).ready();
    expect(outcome.httpStatus).toBe(200);
    expect(outcome.body.status).toBe('degraded');
    expect(outcome.body.details.redis).toMatchObject({ status: 'degraded', message: expect.stringContaining('ECONNREFUSED') });
  });

  it('leaves Redis out when it is not configured', async () => {
    const outcome = await (await probesWith({})).ready();
    expect(outcome.body.details.redis).toBeUndefined();
  });
});
