import { Writable } from 'node:stream';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../../src/app.factory.js';
import { loadAppConfig } from '../../../src/config/app-config.js';
import { createRootLogger } from '../../../src/shared/observability/index.js';
import { apiHeaders } from '../../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';

// One application per file: nestjs-pino keeps its request logger per process.
describe('structured logs', () => {
  const lines: Record<string, any>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  let db: TestDatabase;
  let app: NestFastifyApplication;

  const linesOf = (requestId: string) => lines.filter((l) => l.reqId === requestId);
  const completionOf = (requestId: string) => linesOf(requestId).find((l) => l.msg === 'request completed');

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
    const config = loadAppConfig({ APT_ENV: 'test', LOG_LEVEL: 'debug' });
    app = await createApp(config, db.url, { rootLogger: createRootLogger({ level: config.logLevel, destination }) });
    app.getHttpAdapter().getInstance().post('/log-probe', async (request) => {
      new Logger('Probe').log({ body: request.body }, 'inside the request');
      return { ok: true };
    });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('replaces Nest’s logger from the start: start-up lines are JSON too', () => {
    expect(lines.some((l) => l.context === 'RoutesResolver' && l.level === 'info')).toBe(true);
    expect(lines.every((l) => l.service === 'registry' && typeof l.time === 'string')).toBe(true);
  });

  it('logs each request once on completion, with the incoming X-Request-Id and credentials redacted', async () => {
    const response = await app.inject({ url: '/member-api/v3/objects?per_page=1', headers: { ...apiHeaders('sysAdmin'), 'x-request-id': 'log-test-1', cookie: 'aptrust_session=abc' } });
    expect(response.statusCode).toBe(200);
    expect(linesOf('log-test-1').filter((l) => l.msg === 'request completed')).toHaveLength(1);
    const line = completionOf('log-test-1');
    expect(line).toMatchObject({
      level: 'info',
      reqId: 'log-test-1',
      req: { id: 'log-test-1', method: 'GET', url: '/member-api/v3/objects?per_page=1' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(line!.req.headers['x-pharos-api-user']).toBe('system@aptrust.org');
    expect(line!.req.headers['x-pharos-api-key']).toBe('[Redacted]');
    expect(line!.req.headers.cookie).toBe('[Redacted]');
    expect(JSON.stringify(lines)).not.toContain('aptrust_session=abc');
  });

  it('puts the request id on lines logged while handling the request, with bodies redacted', async () => {
    const response = await app.inject({ method: 'POST', url: '/log-probe', headers: { 'x-request-id': 'log-test-2' }, payload: { email: 'a@b.c', password: 'hunter2', token: 't0k3n' } });
    expect(response.statusCode).toBe(200);
    const inside = linesOf('log-test-2').find((l) => l.msg === 'inside the request');
    expect(inside).toMatchObject({ context: 'Probe', body: { email: 'a@b.c', password: '[Redacted]', token: '[Redacted]' } });
    expect(JSON.stringify(lines)).not.toContain('hunter2');
  });

  it('generates a request id when none comes in, and logs client errors as warnings', async () => {
    const response = await app.inject({ url: '/member-api/v3/objects' });
    expect(response.statusCode).toBe(401);
    const line = completionOf(String(response.headers['x-request-id']));
    expect(line).toMatchObject({ level: 'warn', res: { statusCode: 401 } });
  });

  it('masks secret query parameters in logged URLs', async () => {
    await app.inject({ url: '/users/complete_password_reset/1?token=s3cr3t', headers: { 'x-request-id': 'log-test-3' } });
    expect(completionOf('log-test-3')!.req.url).toBe('/users/complete_password_reset/1?token=%5BRedacted%5D');
    expect(JSON.stringify(lines)).not.toContain('s3cr3t');
  });

  it('does not log successful probes and scrapes', async () => {
    for (const url of ['/health/live', '/health/ready', '/metrics']) await app.inject({ url, headers: { 'x-request-id': `probe-${url}` } });
    expect(lines.filter((l) => String(l.reqId).startsWith('probe-'))).toEqual([]);
  });
});
